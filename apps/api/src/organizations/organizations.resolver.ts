import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessLevel, AccessService, OrganizationMember, OrganizationMembersService } from '@prongsai/auth';
import { ErrorReason, NotFoundError } from '@prongsai/common';
import { Organization, OrganizationsService } from '@prongsai/organizations';
import { Authenticated, OrganizationAccess } from '../auth/access-policy.decorator';
import { ActorContext } from '../auth/actor-context';
import { GqlContext } from '../graphql/request-loaders';
import { DistrictModel } from './models/district.model';
import { OrganizationMemberModel } from './models/organization-member.model';
import { OrganizationModel } from './models/organization.model';
import { ProvinceModel } from './models/province.model';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(
    private readonly organizationsService: OrganizationsService,
    private readonly members: OrganizationMembersService,
    private readonly access: AccessService,
    private readonly actorContext: ActorContext,
  ) {}

  @Authenticated()
  @Query(() => [OrganizationModel], { description: 'Those the caller may see, ordered by code' })
  organizations(@Args('provinceCode') provinceCode: string): Promise<Organization[]> {
    const actor = this.actorContext.actor;
    const wholeProvince = this.access.canAccessProvince(actor, provinceCode);
    return this.organizationsService.listByProvince(
      provinceCode,
      wholeProvince ? null : this.access.memberOrganizationIds(actor),
    );
  }

  /** Null both for an organization that does not exist and for one the caller may not see. */
  @Authenticated()
  @Query(() => OrganizationModel, { nullable: true })
  async organization(@Args('id', { type: () => ID }) id: string): Promise<Organization | null> {
    if (!(await this.access.canAccessOrganization(this.actorContext.actor, id, AccessLevel.READ)))
      return null;
    return this.organizationsService.findById(id);
  }

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Query(() => [OrganizationMemberModel], {
    description: 'ITA leads first, then members, by name; disabled accounts left out',
  })
  organizationMembers(
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<OrganizationMember[]> {
    return this.members.list(organizationId);
  }

  @ResolveField(() => ProvinceModel)
  async province(@Parent() org: Organization, @Context() ctx: GqlContext) {
    return (
      (await ctx.loaders.province.load(org.provinceCode)) ??
      this.missing(ErrorReason.PROVINCE_NOT_FOUND, 'Province')
    );
  }

  @ResolveField(() => DistrictModel)
  async district(@Parent() org: Organization, @Context() ctx: GqlContext) {
    return (
      (await ctx.loaders.district.load(org.districtCode)) ??
      this.missing(ErrorReason.DISTRICT_NOT_FOUND, 'District')
    );
  }

  private missing(reason: ErrorReason, what: string): never {
    throw new NotFoundError(reason, what);
  }
}
