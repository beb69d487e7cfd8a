import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessLevel } from '@prongsai/auth';
import { SurveyTarget, SurveysService, surveyUrl } from '@prongsai/surveys';
import { OrganizationAccess } from '../auth/access-policy.decorator';
import { ActorContext } from '../auth/actor-context';
import { SetSurveyTargetInput } from './dto/set-survey-target.input';
import { SurveyTargetModel } from './models/survey-target.model';

@Resolver(() => SurveyTargetModel)
export class SurveysResolver {
  constructor(
    private readonly surveys: SurveysService,
    private readonly actorContext: ActorContext,
  ) {}

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Query(() => [SurveyTargetModel], { description: 'The targets set so far (IIT first)' })
  surveyTargets(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<SurveyTarget[]> {
    return this.surveys.list(organizationId, fiscalYear);
  }

  @OrganizationAccess('input.organizationId', AccessLevel.MANAGE)
  @Mutation(() => SurveyTargetModel)
  setSurveyTarget(@Args('input') input: SetSurveyTargetInput): Promise<SurveyTarget> {
    return this.surveys.set(this.actorContext.actor, input);
  }

  @ResolveField(() => String, { nullable: true })
  surveyUrl(@Parent() t: SurveyTarget): string | null {
    return surveyUrl(t.tool, t.accessCode);
  }
}
