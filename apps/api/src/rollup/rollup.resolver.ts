import { Args, Context, Info, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { visibilityKey } from '@prongsai/auth';
import { BadInputError, ErrorReason, Role } from '@prongsai/common';
import { Organization } from '@prongsai/organizations';
import {
  AtRiskOrganization,
  MAX_AT_RISK,
  NationalRollup,
  ProvinceRollup,
  RollupService,
} from '@prongsai/rollup';
import { round2 } from '@prongsai/scoring';
import { ProvinceAccess, RequireRoles } from '../auth/access-policy.decorator';
import { ActorContext } from '../auth/actor-context';
import { OrganizationType } from '../graphql/enums';
import { GqlContext } from '../graphql/request-loaders';
import { OrganizationProgressModel } from '../progress/models/organization-progress.model';
import { AT_RISK_DEFAULT, rollupRequestFrom } from './rollup-selection';
import { NationalRollupModel } from './models/national-rollup.model';
import { ProvinceRollupModel } from './models/province-rollup.model';

type AtRiskProgress = Omit<OrganizationProgressModel, 'organization'>;

const roundOrNull = (x: number | null) => (x === null ? null : round2(x));

@Resolver(() => ProvinceRollupModel)
export class RollupResolver {
  constructor(
    private readonly rollups: RollupService,
    private readonly actors: ActorContext,
  ) {}

  /** What a roll-up asks for, and for whom row-level security answers (callers alike share the cache). */
  private request(info: GraphQLResolveInfo) {
    return { ...rollupRequestFrom(info), audience: visibilityKey(this.actors.actor) };
  }

  @ProvinceAccess('provinceCode')
  @Query(() => ProvinceRollupModel, {
    description:
      'The province’s LAOs for a fiscal year, with the previous year beside (supervisors of the province, ADMIN)',
  })
  provinceRollup(
    @Args('provinceCode') provinceCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Info() info: GraphQLResolveInfo,
    @Args('districtCode', {
      type: () => String,
      nullable: true,
      description: 'Only the LAOs of this district (of the province): every figure, group and list',
    })
    districtCode?: string | null,
    @Args('organizationType', {
      type: () => OrganizationType,
      nullable: true,
      description: 'Only the LAOs of this type: every figure, group and list',
    })
    organizationType?: OrganizationType | null,
  ): Promise<ProvinceRollup> {
    return this.rollups.province(provinceCode, fiscalYear, this.request(info), {
      districtCode,
      organizationType,
    });
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => NationalRollupModel, { description: 'Every province and the whole country (ADMIN)' })
  nationalRollup(
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NationalRollup> {
    return this.rollups.national(fiscalYear, this.request(info));
  }

  /**
   * From the list the roll-up statement returned (it fetched the largest `first` of the operation). The
   * organizations, their districts and the province are primed into the request's loaders, so the nested
   * `organization { district { … } }` costs no further query.
   */
  @ResolveField(() => [OrganizationProgressModel], { description: 'Not passing, largest gap first' })
  atRisk(
    @Parent() rollup: ProvinceRollup,
    @Args('first', { type: () => Int, nullable: true, defaultValue: AT_RISK_DEFAULT })
    requested: number | null,
    @Context() ctx: GqlContext,
  ): AtRiskProgress[] {
    const first = requested ?? AT_RISK_DEFAULT;
    if (!Number.isInteger(first) || first < 0 || first > MAX_AT_RISK) {
      throw new BadInputError(
        'first',
        ErrorReason.OUT_OF_RANGE,
        `must be a whole number between 0 and ${MAX_AT_RISK}`,
      );
    }
    ctx.loaders.province.prime(rollup.province.code, rollup.province);
    return rollup.atRisk.slice(0, first).map((r) => this.toProgress(r, ctx));
  }

  private toProgress(r: AtRiskOrganization, ctx: GqlContext): AtRiskProgress {
    ctx.loaders.organization.prime(r.organizationId, Object.assign(new Organization(), r.organization));
    ctx.loaders.district.prime(r.organization.districtCode, {
      code: r.organization.districtCode,
      provinceCode: r.organization.provinceCode,
      nameTh: r.districtNameTh,
    });
    return {
      organizationId: r.organizationId,
      fiscalYear: r.fiscalYear,
      estimatedScore: r.estimatedScore,
      passThreshold: r.passThreshold,
      gapToPass: r.gapToPass,
      passing: r.passing,
      grade: r.grade,
      measuresTotal: r.measuresTotal,
      measuresCompleted: r.measuresCompleted,
      measuresOverdue: r.measuresOverdue,
      computedAt: r.computedAt,
      frameworkRevision: r.frameworkRevision,
      toolScores: r.toolScores.map((t) => ({ ...t, score: roundOrNull(t.score) })),
      indicators: r.indicators.map((i) => ({ ...i, score: roundOrNull(i.score) })),
    };
  }
}
