import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@prongsai/common';
import { SurveyShortfall, SurveyWindow, SurveyWindowsService, surveyWindowState } from '@prongsai/surveys';
import { bangkokToday } from '@prongsai/thai';
import { Authenticated, ProvinceAccess, RequireRoles } from '../auth/access-policy.decorator';
import { ActorContext } from '../auth/actor-context';
import { OrganizationType } from '../graphql/enums';
import { SetSurveyWindowInput, SurveyShortfallModel, SurveyWindowModel } from './survey-windows.models';

/** A stored window with where today stands in it. */
function view(window: SurveyWindow, today: string): SurveyWindowModel {
  return { ...window, ...surveyWindowState(window, today) };
}

/**
 * The survey drive's calendar and its laggards (issue 14): the NACC's survey windows of a year (read by
 * everyone, set by an admin) and, for a province, the LAOs still below their minimum responses.
 */
@Resolver()
export class SurveyWindowsResolver {
  constructor(
    private readonly windows: SurveyWindowsService,
    private readonly actorContext: ActorContext,
  ) {}

  @Authenticated()
  @Query(() => [SurveyWindowModel], { description: "The year's survey windows, IIT first (none until set)" })
  async surveyWindows(
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<SurveyWindowModel[]> {
    const today = bangkokToday();
    return (await this.windows.list(fiscalYear)).map((w) => view(w, today));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => SurveyWindowModel, {
    description:
      "ADMIN: sets or moves a survey's window in a fiscal year (inside the year, closing not before opening)",
  })
  async setSurveyWindow(@Args('input') input: SetSurveyWindowInput): Promise<SurveyWindowModel> {
    return view(await this.windows.set(this.actorContext.actor, input), bangkokToday());
  }

  @ProvinceAccess('provinceCode')
  @Query(() => [SurveyShortfallModel], {
    description:
      "The province's LAOs below their minimum responses to a survey, furthest behind first (supervisors of the province, ADMIN)",
  })
  provinceSurveyShortfalls(
    @Args('provinceCode') provinceCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('districtCode', { type: () => String, nullable: true }) districtCode?: string | null,
    @Args('organizationType', { type: () => OrganizationType, nullable: true })
    organizationType?: OrganizationType | null,
  ): Promise<SurveyShortfall[]> {
    return this.windows.shortfalls(provinceCode, fiscalYear, { districtCode, organizationType });
  }
}
