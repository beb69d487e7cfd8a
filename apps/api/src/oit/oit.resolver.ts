import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessLevel } from '@prongsai/auth';
import { OitItemView, OitService } from '@prongsai/oit';
import { OrganizationAccess } from '../auth/access-policy.decorator';
import { ActorContext } from '../auth/actor-context';
import { ReviewOitItemInput } from './dto/review-oit-item.input';
import { UpdateOitItemInput } from './dto/update-oit-item.input';
import { OitItemModel } from './models/oit-item.model';

@Resolver(() => OitItemModel)
export class OitResolver {
  constructor(
    private readonly oit: OitService,
    private readonly actorContext: ActorContext,
  ) {}

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Query(() => [OitItemModel], { description: 'Every item of the framework, NOT_STARTED where untouched' })
  oitItems(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<OitItemView[]> {
    return this.oit.list(organizationId, fiscalYear);
  }

  @OrganizationAccess('input.organizationId', AccessLevel.CONTRIBUTE)
  @Mutation(() => OitItemModel)
  updateOitItem(@Args('input') input: UpdateOitItemInput): Promise<OitItemView> {
    return this.oit.update(this.actorContext.actor, input);
  }

  @OrganizationAccess('input.organizationId', AccessLevel.REVIEW)
  @Mutation(() => OitItemModel, { description: "Province supervisors' pre-check of a PUBLISHED item" })
  reviewOitItem(@Args('input') input: ReviewOitItemInput): Promise<OitItemView> {
    return this.oit.review(this.actorContext.actor, input);
  }
}
