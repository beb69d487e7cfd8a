import type { OrganizationType } from '@prongsai/common';
import type { IndicatorEntry, ToolScoreEntry } from '@prongsai/progress';
import type { SurveyTool } from '@prongsai/surveys';

/** Responses against the ITAS minimum, over the organizations whose target has a minimum. */
export interface SurveyFigures {
  readonly tool: SurveyTool;
  readonly organizationsWithMinimum: number;
  readonly minimumResponses: number;
  readonly responses: number;
  readonly organizationsMeetingMinimum: number;
}

/** OIT items against what the year's framework asks of every organization. */
export interface OitFigures {
  /** Items in the year's framework; null when the year has none. */
  readonly itemsPerOrganization: number | null;
  /** organizationCount × itemsPerOrganization. */
  readonly itemsExpected: number | null;
  readonly published: number;
  /** Published and accepted by a supervisor (what the estimate counts as met). */
  readonly accepted: number;
  /** Of itemsExpected, 2 decimals; null when nothing is expected. */
  readonly publishedPercent: number | null;
  readonly acceptedPercent: number | null;
}

export interface GradeCount {
  readonly grade: string;
  readonly count: number;
}

/** The figures of one group of organizations (a province, a district, a type, the country) in one year. */
export interface RollupFigures {
  readonly fiscalYear: number;
  readonly organizationCount: number;
  /** Organizations with an estimated score (the others lack data for some tool). */
  readonly estimatedCount: number;
  readonly passingCount: number;
  /** passingCount / organizationCount in %, 2 decimals; null without organizations. */
  readonly passingPercent: number | null;
  /** Mean estimated score of the organizations that have one, 2 decimals. */
  readonly averageScore: number | null;
  readonly measuresTotal: number;
  readonly measuresCompleted: number;
  /** Open and due before today (Asia/Bangkok), counted when read. */
  readonly measuresOverdue: number;
  readonly oitItems: OitFigures;
  readonly surveys: readonly SurveyFigures[];
}

export interface GradedRollupFigures extends RollupFigures {
  /** Every grade of the year's framework, best first, zeros included. */
  readonly gradeDistribution: readonly GradeCount[];
}

export interface DistrictRollup extends RollupFigures {
  readonly district: { readonly code: string; readonly nameTh: string };
  readonly previousYear: RollupFigures;
}

export interface TypeRollup extends RollupFigures {
  readonly type: OrganizationType;
  readonly previousYear: RollupFigures;
}

/** An organization of the at-risk list: its stored progress with today's overdue count. */
export interface AtRiskOrganization {
  readonly organization: {
    readonly id: string;
    readonly code: string;
    readonly nameTh: string;
    readonly type: OrganizationType;
    readonly provinceCode: string;
    readonly districtCode: string;
    readonly createdAt: Date;
  };
  readonly districtNameTh: string;
  readonly organizationId: string;
  readonly fiscalYear: number;
  readonly estimatedScore: number | null;
  readonly passThreshold: number;
  readonly gapToPass: number | null;
  readonly passing: boolean | null;
  readonly grade: string | null;
  readonly measuresTotal: number;
  readonly measuresCompleted: number;
  readonly measuresOverdue: number;
  readonly computedAt: Date;
  /** The framework revision the estimate was computed with. */
  readonly frameworkRevision: number;
  readonly toolScores: readonly ToolScoreEntry[];
  readonly indicators: readonly IndicatorEntry[];
}

export interface ProvinceRollup extends GradedRollupFigures {
  readonly province: { readonly code: string; readonly nameTh: string };
  readonly byDistrict: readonly DistrictRollup[];
  readonly byType: readonly TypeRollup[];
  /** At most the requested number, largest gap first. */
  readonly atRisk: readonly AtRiskOrganization[];
  readonly previousYear: GradedRollupFigures;
}

export interface NationalRollup extends GradedRollupFigures {
  readonly byType: readonly TypeRollup[];
  readonly previousYear: GradedRollupFigures;
  /** Every province, by code. */
  readonly provinces: readonly ProvinceRollup[];
}
