import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessLevel } from '@prongsai/auth';
import { IndicatorScoreRecord, ScoresService } from '@prongsai/scores';
import { OrganizationAccess } from '../auth/access-policy.decorator';
import { ActorContext } from '../auth/actor-context';
import { RecordIndicatorScoreInput } from './dto/record-indicator-score.input';
import { IndicatorScoreModel } from './models/indicator-score.model';

@Resolver(() => IndicatorScoreModel)
export class ScoresResolver {
  constructor(
    private readonly scores: ScoresService,
    private readonly actorContext: ActorContext,
  ) {}

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Query(() => [IndicatorScoreModel], {
    description:
      "The score that counts per indicator of the year: latest self-assessment, else the year's official",
  })
  indicatorScores(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<IndicatorScoreRecord[]> {
    return this.scores.current(organizationId, fiscalYear);
  }

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Query(() => [IndicatorScoreModel], { description: 'Every score recorded for the year, newest first' })
  indicatorScoreHistory(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<IndicatorScoreRecord[]> {
    return this.scores.history(organizationId, fiscalYear);
  }

  // READ here; the service then asks REVIEW (province supervisor, admin) for OFFICIAL and MANAGE (the LAO's
  // lead, admin) for SELF_ASSESSMENT, as the level depends on an argument's value.
  @OrganizationAccess('input.organizationId', AccessLevel.READ)
  @Mutation(() => IndicatorScoreModel, {
    description:
      "Appends to the history; earlier scores are kept. OFFICIAL: province supervisors and admins only; SELF_ASSESSMENT: the LAO's lead and admins",
  })
  recordIndicatorScore(@Args('input') input: RecordIndicatorScoreInput): Promise<IndicatorScoreRecord> {
    return this.scores.record(this.actorContext.actor, input);
  }
}
