import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../graphql/enums';
import { OrganizationModel } from '../../organizations/models/organization.model';
import { ProvinceModel } from '../../organizations/models/province.model';

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => Role) role: Role;
  @Field(() => OrganizationModel, { nullable: true }) organization?: OrganizationModel | null;
  @Field(() => ProvinceModel, { nullable: true }) province?: ProvinceModel | null;
  organizationId: string | null;
  provinceCode: string | null;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => [MembershipModel]) memberships: MembershipModel[];
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field() accessToken: string;
  @Field() refreshToken: string;
  @Field(() => UserModel) user: UserModel;
}
