import { OrganizationType } from '@prongsai/common';
import type { IndicatorEntry, ToolScoreEntry } from '@prongsai/progress';
import { round2 } from '@prongsai/scoring';
import { SurveyTool } from '@prongsai/surveys';
import type {
  AtRiskOrganization,
  DistrictRollup,
  GradedRollupFigures,
  NationalRollup,
  ProvinceRollup,
  RollupFigures,
  TypeRollup,
} from './rollup-figures';
import { AtRiskRow, FigureRow, FrameworkRow, RollupLevel, RollupQueryResult } from './rollup-query';

/**
 * Pure reshaping of the roll-up statement's result: figure rows are keyed by (level, group, year) and put
 * in place. Work is proportional to the number of groups (districts, types, grades, provinces), never to
 * the number of organizations — PostgreSQL has already aggregated those.
 */

const ORGANIZATION_TYPES = Object.values(OrganizationType);

const percent = (part: number, whole: number | null): number | null =>
  whole ? round2((part * 100) / whole) : null;

/** Which group of organizations: the columns a grouping set keeps (absent = not grouped by it). */
interface Group {
  readonly province?: string | null;
  readonly district?: string | null;
  readonly type?: string | null;
  readonly grade?: string | null;
}

// Equivalent mutants below: any filler for a missing part (or any separator: codes have fixed lengths) keys the
// same rows, as long as writing and reading use the same one.
// Stryker disable StringLiteral: equivalent (see above)
const key = (level: RollupLevel, year: number, g: Group): string =>
  [level, year, g.province ?? '', g.district ?? '', g.type ?? '', g.grade ?? ''].join('|');
// Stryker restore StringLiteral

class FigureIndex {
  private readonly rows = new Map<string, FigureRow>();
  /** Province → district code → name, for the districts that have organizations. */
  private readonly districts = new Map<string, Map<string, string>>();
  private readonly frameworks: Map<number, FrameworkRow>;

  constructor(result: RollupQueryResult) {
    for (const r of result.figures) {
      const group = {
        province: r.province_code,
        district: r.district_code,
        type: r.org_type,
        grade: r.grade,
      };
      this.rows.set(key(r.level, r.fiscal_year, group), r);
      if (r.level === RollupLevel.District) {
        const names = this.districts.get(r.province_code!) ?? new Map<string, string>();
        names.set(r.district_code!, r.district_name_th ?? r.district_code!);
        this.districts.set(r.province_code!, names);
      }
    }
    this.frameworks = new Map(result.frameworks.map((f) => [f.fiscal_year, f]));
  }

  /** The figures of a group in a year; all zeros when the group has no organization. */
  figures(level: RollupLevel, year: number, group: Group): RollupFigures {
    const r = this.rows.get(key(level, year, group));
    const organizationCount = r?.organization_count ?? 0;
    const itemsPerOrganization = this.frameworks.get(year)?.oit_item_count ?? null;
    const itemsExpected = itemsPerOrganization === null ? null : itemsPerOrganization * organizationCount;
    const published = r?.oit_published ?? 0;
    const accepted = r?.oit_accepted ?? 0;
    return {
      fiscalYear: year,
      organizationCount,
      estimatedCount: r?.estimated_count ?? 0,
      passingCount: r?.passing_count ?? 0,
      passingPercent: percent(r?.passing_count ?? 0, organizationCount),
      averageScore: r?.average_score ?? null,
      measuresTotal: r?.measures_total ?? 0,
      measuresCompleted: r?.measures_completed ?? 0,
      measuresOverdue: r?.measures_overdue ?? 0,
      oitItems: {
        itemsPerOrganization,
        itemsExpected,
        published,
        accepted,
        publishedPercent: percent(published, itemsExpected),
        acceptedPercent: percent(accepted, itemsExpected),
      },
      surveys: [
        {
          tool: SurveyTool.IIT,
          organizationsWithMinimum: r?.iit_organizations ?? 0,
          minimumResponses: r?.iit_minimum ?? 0,
          responses: r?.iit_responses ?? 0,
          organizationsMeetingMinimum: r?.iit_meeting ?? 0,
        },
        {
          tool: SurveyTool.EIT,
          organizationsWithMinimum: r?.eit_organizations ?? 0,
          minimumResponses: r?.eit_minimum ?? 0,
          responses: r?.eit_responses ?? 0,
          organizationsMeetingMinimum: r?.eit_meeting ?? 0,
        },
      ],
    };
  }

  /** Figures plus the grade distribution: every grade of the year's framework, zeros included. */
  graded(level: RollupLevel, gradeLevel: RollupLevel, year: number, group: Group): GradedRollupFigures {
    const grades = this.frameworks.get(year)?.grades ?? [];
    return {
      ...this.figures(level, year, group),
      gradeDistribution: grades.map((grade) => ({
        grade,
        count: this.rows.get(key(gradeLevel, year, { ...group, grade }))?.organization_count ?? 0,
      })),
    };
  }

  /** The districts that have organizations in a province, by code. */
  districtsOf(provinceCode: string): { code: string; nameTh: string }[] {
    // Equivalent mutants: district codes are the keys of a Map, never equal, so `<=` / `>=` sort the same;
    // and V8's Array#sort only asks whether the comparator is negative, so the `a > b ? 1 : 0` part may answer
    // 1 or 0 for a code after another (`true ? 1 : 0`, `false ? 1 : 0`) with the same order. The order
    // itself is tested (districts inserted out of order come out by code).
    // Stryker disable EqualityOperator,ConditionalExpression: equivalent (see above)
    return [...(this.districts.get(provinceCode) ?? [])]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([code, nameTh]) => ({ code, nameTh }));
    // Stryker restore EqualityOperator,ConditionalExpression
  }
}

function atRiskOrganization(r: AtRiskRow, provinceCode: string): AtRiskOrganization {
  const type = r.type as OrganizationType;
  return {
    organization: {
      id: r.organization_id,
      code: r.code,
      nameTh: r.name_th,
      type,
      provinceCode,
      districtCode: r.district_code,
      createdAt: new Date(r.created_at),
    },
    districtNameTh: r.district_name_th,
    organizationId: r.organization_id,
    fiscalYear: r.fiscal_year,
    estimatedScore: r.estimated_score,
    passThreshold: r.pass_threshold,
    gapToPass: r.gap_to_pass,
    passing: r.passing,
    grade: r.grade,
    measuresTotal: r.measures_total,
    measuresCompleted: r.measures_completed,
    measuresOverdue: r.measures_overdue,
    computedAt: new Date(r.computed_at),
    frameworkRevision: r.framework_revision ?? 1,
    toolScores: r.tool_scores as ToolScoreEntry[],
    indicators: r.indicators as IndicatorEntry[],
  };
}

/** Every organization type, in the enum's order (largest first), zeros included. */
function typeRollups(index: FigureIndex, level: RollupLevel, fiscalYear: number, scope: Group): TypeRollup[] {
  return ORGANIZATION_TYPES.map((type) => ({
    type,
    ...index.figures(level, fiscalYear, { ...scope, type }),
    previousYear: index.figures(level, fiscalYear - 1, { ...scope, type }),
  }));
}

/** One roll-up per province the statement covered, by province code. */
export function assembleProvinceRollups(result: RollupQueryResult, fiscalYear: number): ProvinceRollup[] {
  const index = new FigureIndex(result);
  return result.provinces.map((p): ProvinceRollup => {
    const byDistrict = index.districtsOf(p.code).map((district): DistrictRollup => ({
      district,
      ...index.figures(RollupLevel.District, fiscalYear, { province: p.code, district: district.code }),
      previousYear: index.figures(RollupLevel.District, fiscalYear - 1, {
        province: p.code,
        district: district.code,
      }),
    }));
    return {
      province: { code: p.code, nameTh: p.name_th },
      ...index.graded(RollupLevel.Province, RollupLevel.Grade, fiscalYear, { province: p.code }),
      byDistrict,
      byType: typeRollups(index, RollupLevel.Type, fiscalYear, { province: p.code }),
      atRisk: p.at_risk.map((r) => atRiskOrganization(r, p.code)),
      previousYear: index.graded(RollupLevel.Province, RollupLevel.Grade, fiscalYear - 1, {
        province: p.code,
      }),
    };
  });
}

/** The whole country plus every province (the statement must have run with `national: true`). */
export function assembleNationalRollup(result: RollupQueryResult, fiscalYear: number): NationalRollup {
  const index = new FigureIndex(result);
  return {
    ...index.graded(RollupLevel.National, RollupLevel.NationalGrade, fiscalYear, {}),
    byType: typeRollups(index, RollupLevel.NationalType, fiscalYear, {}),
    previousYear: index.graded(RollupLevel.National, RollupLevel.NationalGrade, fiscalYear - 1, {}),
    provinces: assembleProvinceRollups(result, fiscalYear),
  };
}
