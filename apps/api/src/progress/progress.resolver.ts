import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessLevel } from '@prongsai/auth';
import { ErrorReason, NotFoundError } from '@prongsai/common';
import { FrameworkDefinition, FrameworksService } from '@prongsai/frameworks';
import { Organization } from '@prongsai/organizations';
import { ProgressService, ToolScoreEntry } from '@prongsai/progress';
import { Estimate, round2 } from '@prongsai/scoring';
import { OrganizationAccess } from '../auth/access-policy.decorator';
import { GqlContext } from '../graphql/request-loaders';
import { OrganizationModel } from '../organizations/models/organization.model';
import { IndicatorScoreChangeInput } from './dto/indicator-score-change.input';
import {
  IndicatorProgressModel,
  OrganizationProgressModel,
  ToolScoreModel,
} from './models/organization-progress.model';
import { ScoreEstimateModel, ScoreSimulationModel } from './models/score-simulation.model';

const roundOrNull = (x: number | null) => (x === null ? null : round2(x));

function toolScoreModels(entries: readonly ToolScoreEntry[]): ToolScoreModel[] {
  return entries.map((t) => ({ ...t, score: roundOrNull(t.score) }));
}

function estimateModel(framework: FrameworkDefinition, e: Estimate): ScoreEstimateModel {
  return {
    totalScore: e.totalScore,
    grade: e.grade,
    passing: e.passing,
    gapToPass: e.gapToPass,
    toolScores: toolScoreModels(
      framework.tools.map((t) => ({
        tool: t.code,
        nameTh: t.nameTh,
        weight: t.weight,
        score: e.toolScores[t.code],
      })),
    ),
  };
}

@Resolver(() => OrganizationProgressModel)
export class ProgressResolver {
  constructor(
    private readonly progress: ProgressService,
    private readonly frameworks: FrameworksService,
  ) {}

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Query(() => OrganizationProgressModel)
  async organizationProgress(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<Omit<OrganizationProgressModel, 'organization'>> {
    const p = await this.progress.get(organizationId, fiscalYear);
    return {
      ...p,
      toolScores: toolScoreModels(p.toolScores),
      indicators: p.indicators.map((i): IndicatorProgressModel => ({ ...i, score: roundOrNull(i.score) })),
    };
  }

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Query(() => ScoreSimulationModel, {
    description:
      'What-if from the current estimate: metOitItems is the complete set of items met (replaces indicators 9 and 10); indicatorScores are applied last',
  })
  async simulateScore(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('metOitItems', { type: () => [String], nullable: true }) metOitItems?: string[] | null,
    @Args('indicatorScores', { type: () => [IndicatorScoreChangeInput], nullable: true })
    indicatorScores?: IndicatorScoreChangeInput[] | null,
  ): Promise<ScoreSimulationModel> {
    const framework = await this.frameworks.get(fiscalYear);
    const s = await this.progress.simulate(organizationId, fiscalYear, { metOitItems, indicatorScores });
    return {
      before: estimateModel(framework, s.before),
      after: estimateModel(framework, s.after),
      delta: s.delta,
    };
  }

  @ResolveField(() => OrganizationModel)
  async organization(
    @Parent() p: { organizationId: string },
    @Context() ctx: GqlContext,
  ): Promise<Organization> {
    const org = await ctx.loaders.organization.load(p.organizationId);
    if (!org) throw new NotFoundError(ErrorReason.ORGANIZATION_NOT_FOUND, 'Organization');
    return org;
  }
}
