import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ErrorReason, NotFoundError } from '@prongsai/common';
import { Organization } from '@prongsai/organizations';
import { OitReviewQueue, OitService, PendingOitReview } from '@prongsai/oit';
import { ProvinceAccess } from '../auth/access-policy.decorator';
import { GqlContext } from '../graphql/request-loaders';
import { OrganizationModel } from '../organizations/models/organization.model';
import { OitReviewQueueModel } from './models/oit-review-queue.model';
import { PendingOitReviewModel } from './models/pending-oit-review.model';

/** The province supervisor's review queue (the web app's /provinces/:code/reviews). */
@Resolver(() => PendingOitReviewModel)
export class OitReviewQueueResolver {
  constructor(private readonly oit: OitService) {}

  @ProvinceAccess('provinceCode')
  @Query(() => OitReviewQueueModel, {
    description:
      "Every OIT item of the province's LAOs that is PUBLISHED and not reviewed, oldest first (supervisors of the province, ADMIN)",
  })
  oitReviewQueue(
    @Args('provinceCode') provinceCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('districtCode', {
      type: () => String,
      nullable: true,
      description: 'Only the LAOs of this district',
    })
    districtCode?: string | null,
    @Args('subIndicatorCode', {
      type: () => String,
      nullable: true,
      description: 'Only the items of this sub-indicator, e.g. "9.1"',
    })
    subIndicatorCode?: string | null,
    @Args('first', { type: () => Int, defaultValue: 100, description: '1..500' }) first = 100,
  ): Promise<OitReviewQueue> {
    return this.oit.reviewQueue(provinceCode, fiscalYear, { districtCode, subIndicatorCode }, first);
  }

  @ResolveField(() => OrganizationModel)
  async organization(@Parent() p: PendingOitReview, @Context() ctx: GqlContext): Promise<Organization> {
    const org = await ctx.loaders.organization.load(p.organizationId);
    if (!org) throw new NotFoundError(ErrorReason.ORGANIZATION_NOT_FOUND, 'Organization');
    return org;
  }
}
