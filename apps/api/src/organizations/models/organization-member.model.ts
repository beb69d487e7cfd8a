import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../graphql/enums';

@ObjectType('OrganizationMember', {
  description: 'A person of the organization (ITA lead or member): whom a measure can be assigned to',
})
export class OrganizationMemberModel {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field() email: string;
  @Field(() => Role, { description: 'ORG_LEAD or ORG_MEMBER (ORG_LEAD when both)' }) role: Role;
}
