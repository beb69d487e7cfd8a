import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessLevel, AuthResult, AuthService, OrganizationMember } from '@prongsai/auth';
import { ErrorReason, NotFoundError } from '@prongsai/common';
import { Invitation, InvitationsService, MembersService, PasswordsService } from '@prongsai/people';
import { Authenticated, OrganizationAccess, Public, ResourceAccess } from '../auth/access-policy.decorator';
import { ActorContext } from '../auth/actor-context';
import { AuthPayloadModel, UserModel } from '../auth/models/user.model';
import { Role } from '../graphql/enums';
import { GqlContext } from '../graphql/request-loaders';
import { OrganizationMemberModel } from '../organizations/models/organization-member.model';
import { InviteUserInput } from './dto/invite-user.input';
import { InvitationModel } from './models/invitation.model';

@Resolver(() => InvitationModel)
export class PeopleResolver {
  constructor(
    private readonly invitationsService: InvitationsService,
    private readonly passwords: PasswordsService,
    private readonly members: MembersService,
    private readonly auth: AuthService,
    private readonly actorContext: ActorContext,
  ) {}

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Query(() => [InvitationModel], {
    description: 'Pending invitations of an LAO, newest first; for those who may invite there',
  })
  invitations(@Args('organizationId', { type: () => ID }) organizationId: string): Promise<Invitation[]> {
    return this.invitationsService.pending(this.actorContext.actor, organizationId);
  }

  @Authenticated()
  @Mutation(() => InvitationModel, {
    description:
      'ADMIN invites anyone; a PROVINCE_SUPERVISOR leads, members and supervisors of its province; an ORG_LEAD members of its LAO. Re-inviting replaces the pending invitation',
  })
  inviteUser(@Args('input') input: InviteUserInput): Promise<Invitation> {
    return this.invitationsService.invite(this.actorContext.actor, input);
  }

  @ResourceAccess()
  @Mutation(() => InvitationModel)
  revokeInvitation(@Args('id', { type: () => ID }) id: string): Promise<Invitation> {
    return this.invitationsService.revoke(this.actorContext.actor, id);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Signs the person in; an existing account gives its own password and gets the membership',
  })
  async acceptInvitation(
    @Args('token') token: string,
    @Args('password') password: string,
  ): Promise<AuthResult> {
    return this.assume(await this.invitationsService.accept(token, password));
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Always true; mails a link (APP_URL/reset-password/<token>, 1 hour) only to a known active account',
  })
  requestPasswordReset(@Args('email') email: string, @Context() ctx: GqlContext): Promise<boolean> {
    const req = ctx.req as { ip?: string } | undefined;
    return this.passwords.requestReset(email, req?.ip ?? 'unknown');
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Once; revokes every refresh token of the account' })
  async resetPassword(@Args('token') token: string, @Args('password') password: string): Promise<AuthResult> {
    return this.assume(await this.passwords.reset(token, password));
  }

  @Authenticated()
  @Mutation(() => Boolean)
  changePassword(
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    return this.passwords.change(this.actorContext.actor, currentPassword, newPassword);
  }

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Mutation(() => Boolean, {
    description:
      'The person loses access there at once; their open assignments are released and the leads told. The last lead needs a successorUserId (a member, who becomes lead)',
  })
  removeMember(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('successorUserId', { type: () => ID, nullable: true }) successorUserId?: string | null,
  ): Promise<boolean> {
    return this.members.remove(this.actorContext.actor, organizationId, userId, successorUserId);
  }

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Mutation(() => OrganizationMemberModel, {
    description:
      'ORG_LEAD ↔ ORG_MEMBER within an LAO, by whoever may give both roles there (a lead may step down); the last lead needs a successorUserId',
  })
  changeMemberRole(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
    @Args('successorUserId', { type: () => ID, nullable: true }) successorUserId?: string | null,
  ): Promise<OrganizationMember> {
    return this.members.changeRole(this.actorContext.actor, organizationId, userId, role, successorUserId);
  }

  @ResolveField(() => UserModel)
  async invitedBy(@Parent() invitation: Invitation) {
    // Only an ADMIN invitation (admin:create) has no inviter, and `invitations` lists an LAO's only.
    const user = invitation.invitedByUserId ? await this.auth.findUser(invitation.invitedByUserId) : null;
    if (!user) throw new NotFoundError(ErrorReason.USER_NOT_FOUND, 'User');
    return user;
  }

  @ResolveField()
  organization(@Parent() invitation: Invitation, @Context() ctx: GqlContext) {
    return invitation.organizationId ? ctx.loaders.organization.load(invitation.organizationId) : null;
  }

  @ResolveField()
  province(@Parent() invitation: Invitation, @Context() ctx: GqlContext) {
    return invitation.provinceCode ? ctx.loaders.province.load(invitation.provinceCode) : null;
  }

  private async assume(result: AuthResult): Promise<AuthResult> {
    this.actorContext.assume(await this.auth.loadActor(result.user.id));
    return result;
  }
}
