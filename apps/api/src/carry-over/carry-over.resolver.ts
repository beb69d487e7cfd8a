import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessLevel } from '@prongsai/auth';
import { CarryOverResult, Measure, MeasureCarryOverService } from '@prongsai/measures';
import { OitService } from '@prongsai/oit';
import { SurveyTarget, SurveysService } from '@prongsai/surveys';
import { OrganizationAccess } from '../auth/access-policy.decorator';
import { ActorContext } from '../auth/actor-context';
import { MeasureModel } from '../measures/models/measure.model';
import { SurveyTargetModel } from '../surveys/models/survey-target.model';
import { CarryOverMeasuresInput, CarryOverResultModel } from './carry-over.inputs';

/**
 * Starting a fiscal year from the last one (issue 15), for the LAO's lead: see the previous year's
 * unfinished measures and carry chosen ones over; prefill the OIT checklist; start the survey targets
 * (without access codes). Each is idempotent: a second run copies nothing twice.
 */
@Resolver()
export class CarryOverResolver {
  constructor(
    private readonly measures: MeasureCarryOverService,
    private readonly oit: OitService,
    private readonly surveys: SurveysService,
    private readonly actorContext: ActorContext,
  ) {}

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Query(() => [MeasureModel], {
    description:
      'Unfinished (PLANNED, IN_PROGRESS) measures of fiscalYear - 1 not yet carried over into fiscalYear',
  })
  carryOverCandidates(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<Measure[]> {
    return this.measures.candidates(organizationId, fiscalYear);
  }

  @OrganizationAccess('input.organizationId', AccessLevel.MANAGE)
  @Mutation(() => CarryOverResultModel, {
    description:
      'Copies each measure (steps, done marks, assignees kept) into fiscalYear, linked by carriedOverFromId; the origin becomes CARRIED_OVER',
  })
  carryOverMeasures(@Args('input') input: CarryOverMeasuresInput): Promise<CarryOverResult> {
    return this.measures.carryOver(
      this.actorContext.actor,
      input.organizationId,
      input.fiscalYear,
      input.measureIds,
    );
  }

  @OrganizationAccess('organizationId', AccessLevel.MANAGE)
  @Mutation(() => [String], {
    description:
      "Prefills fiscalYear's OIT items from last year's answers (links, note) as DRAFT where the item (code and Thai name) is unchanged; returns the codes prefilled",
  })
  prefillOitItems(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<string[]> {
    return this.oit.prefillFromPreviousYear(this.actorContext.actor, organizationId, fiscalYear);
  }

  @OrganizationAccess('organizationId', AccessLevel.MANAGE)
  @Mutation(() => [SurveyTargetModel], {
    description:
      "Starts fiscalYear's survey targets from last year's (staff count, minimum responses) without access codes; returns those created",
  })
  carryOverSurveyTargets(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<SurveyTarget[]> {
    return this.surveys.carryOverFromPreviousYear(this.actorContext.actor, organizationId, fiscalYear);
  }
}
