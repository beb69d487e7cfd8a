import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../graphql/enums';
import { UserModel } from '../../auth/models/user.model';
import { OrganizationModel } from '../../organizations/models/organization.model';
import { ProvinceModel } from '../../organizations/models/province.model';

@ObjectType('Invitation', {
  description: 'An invitation to hold a role in an LAO or a province; its link works once, for 7 days',
})
export class InvitationModel {
  @Field(() => ID) id: string;
  @Field({ description: 'Lower-cased' }) email: string;
  @Field() displayName: string;
  @Field(() => Role) role: Role;
  @Field(() => OrganizationModel, { nullable: true, description: 'For ORG_LEAD / ORG_MEMBER' })
  organization?: OrganizationModel | null;
  @Field(() => ProvinceModel, { nullable: true, description: 'For PROVINCE_SUPERVISOR' })
  province?: ProvinceModel | null;
  @Field(() => UserModel) invitedBy?: UserModel;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) acceptedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt: Date | null;
  organizationId: string | null;
  provinceCode: string | null;
  invitedByUserId: string | null;
}
