import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '../../graphql/enums';

/** Checked by InvitationsService (field and reason on every refusal), not by class-validator. */
@InputType()
export class InviteUserInput {
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => Role) role: Role;
  @Field(() => ID, { nullable: true, description: 'Required for ORG_LEAD / ORG_MEMBER' })
  organizationId?: string | null;
  @Field(() => String, { nullable: true, description: 'Required for PROVINCE_SUPERVISOR' })
  provinceCode?: string | null;
}
