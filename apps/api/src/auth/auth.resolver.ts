import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { AuthResult, AuthService, Membership, User } from '@prongsai/auth';
import { ErrorReason, UnauthenticatedError } from '@prongsai/common';
import { GqlContext } from '../graphql/request-loaders';
import { Authenticated, Public } from './access-policy.decorator';
import { ActorContext } from './actor-context';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { AuthPayloadModel, MembershipModel, UserModel } from './models/user.model';

@Resolver(() => UserModel)
@UseGuards(LoginThrottlerGuard)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly actorContext: ActorContext,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Unknown user and wrong password give the same UNAUTHENTICATED error',
  })
  async login(@Args('email') email: string, @Args('password') password: string): Promise<AuthResult> {
    return this.assume(await this.auth.login(email, password));
  }

  /** Rotates the refresh token; presenting a used one revokes every token of that login. */
  @Public()
  @SkipThrottle({ 'login-email': true })
  @Mutation(() => AuthPayloadModel)
  async refreshToken(@Args('refreshToken') refreshToken: string): Promise<AuthResult> {
    return this.assume(await this.auth.refresh(refreshToken));
  }

  private async assume(result: AuthResult): Promise<AuthResult> {
    this.actorContext.assume(await this.auth.loadActor(result.user.id));
    return result;
  }

  @Authenticated()
  @SkipThrottle({ 'login-email': true, 'login-ip': true })
  @Query(() => UserModel)
  async me(): Promise<User> {
    const user = await this.auth.findUser(this.actorContext.actor.userId);
    if (!user) throw new UnauthenticatedError(ErrorReason.TOKEN_INVALID);
    return user;
  }

  @ResolveField(() => [MembershipModel])
  memberships(@Parent() user: User): Promise<Membership[]> {
    return this.auth.membershipsOf(user.id);
  }
}

@Resolver(() => MembershipModel)
export class MembershipResolver {
  @ResolveField()
  organization(@Parent() m: MembershipModel, @Context() ctx: GqlContext) {
    return m.organizationId ? ctx.loaders.organization.load(m.organizationId) : null;
  }

  @ResolveField()
  province(@Parent() m: MembershipModel, @Context() ctx: GqlContext) {
    return m.provinceCode ? ctx.loaders.province.load(m.provinceCode) : null;
  }
}
