import { Injectable } from '@nestjs/common';
import { Actor, BadInputError, ErrorReason, OrganizationType } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworksService } from '@prongsai/frameworks';
import { fiscalYearRange } from '@prongsai/thai';
import { SurveyTool } from './survey-tool';
import { SurveyWindow } from './survey-window.entity';

export interface SetSurveyWindow {
  fiscalYear: number;
  tool: SurveyTool;
  /** 'YYYY-MM-DD' (the API's Date scalar has checked the form). */
  opensOn: string;
  closesOn: string;
}

/** An LAO of a province whose responses to one survey are still below the minimum it must reach. */
export interface SurveyShortfall {
  organizationId: string;
  organizationCode: string;
  organizationName: string;
  districtName: string;
  tool: SurveyTool;
  minimumResponses: number;
  responsesSoFar: number;
  /** minimumResponses - responsesSoFar, at least 1. */
  missing: number;
}

export interface SurveyShortfallFilter {
  districtCode?: string | null;
  organizationType?: OrganizationType | null;
}

/**
 * The survey windows the NACC announces (one per year and tool, set by an admin, read by everyone), and the
 * province's list of LAOs still short of their minimum responses — the two things a survey drive steers by.
 */
@Injectable()
export class SurveyWindowsService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly frameworks: FrameworksService,
  ) {}

  /** The year's windows, IIT first; a tool without one is simply absent. */
  list(fiscalYear: number): Promise<SurveyWindow[]> {
    return this.tx.run((em) => em.find(SurveyWindow, { where: { fiscalYear }, order: { tool: 'ASC' } }));
  }

  /** Sets (or moves) a window. Row-level security lets only an admin write; the API asks for ADMIN too. */
  async set(actor: Actor, input: SetSurveyWindow): Promise<SurveyWindow> {
    await this.frameworks.get(input.fiscalYear);
    if (!Object.values(SurveyTool).includes(input.tool))
      throw new BadInputError('input.tool', ErrorReason.INVALID_VALUE, 'must be IIT or EIT');
    if (input.closesOn < input.opensOn)
      throw new BadInputError(
        'input.closesOn',
        ErrorReason.SURVEY_WINDOW_INVERTED,
        `closes ${input.closesOn}, before it opens (${input.opensOn})`,
      );
    const year = fiscalYearRange(input.fiscalYear);
    for (const field of ['opensOn', 'closesOn'] as const) {
      if (input[field] < year.start || input[field] > year.end)
        throw new BadInputError(
          `input.${field}`,
          ErrorReason.SURVEY_WINDOW_OUTSIDE_YEAR,
          `must fall in fiscal year ${input.fiscalYear}: ${year.start} to ${year.end}`,
        );
    }
    return this.tx.run(async (em) => {
      await em.upsert(
        SurveyWindow,
        {
          fiscalYear: input.fiscalYear,
          tool: input.tool,
          opensOn: input.opensOn,
          closesOn: input.closesOn,
          updatedBy: actor.userId,
        },
        ['fiscalYear', 'tool'],
      );
      return em.findOneOrFail(SurveyWindow, { where: { fiscalYear: input.fiscalYear, tool: input.tool } });
    });
  }

  /**
   * The province's LAOs whose responses to a survey are below the minimum their target sets, furthest behind
   * first. Targets without a minimum are not listed (nothing to be short of). Read under row-level security.
   */
  shortfalls(
    provinceCode: string,
    fiscalYear: number,
    filter: SurveyShortfallFilter,
  ): Promise<SurveyShortfall[]> {
    const params: unknown[] = [provinceCode, fiscalYear];
    let where = `o.province_code = $1 AND s.fiscal_year = $2 AND s.minimum_responses IS NOT NULL
      AND s.responses_so_far < s.minimum_responses`;
    if (filter.districtCode) {
      params.push(filter.districtCode);
      where += ` AND o.district_code = $${params.length}`;
    }
    if (filter.organizationType) {
      params.push(filter.organizationType);
      where += ` AND o.type = $${params.length}::organization_type`;
    }
    return this.tx.run((em) =>
      em.query<SurveyShortfall[]>(
        `SELECT o.id AS "organizationId", o.code AS "organizationCode", o.name_th AS "organizationName",
                d.name_th AS "districtName", s.tool, s.minimum_responses AS "minimumResponses",
                s.responses_so_far AS "responsesSoFar",
                (s.minimum_responses - s.responses_so_far) AS missing
         FROM survey_targets s
         JOIN organizations o ON o.id = s.organization_id
         JOIN districts d ON d.code = o.district_code
         WHERE ${where}
         ORDER BY missing DESC, o.code, s.tool`,
        params,
      ),
    );
  }
}
