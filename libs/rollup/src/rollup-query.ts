/**
 * The roll-up as ONE SQL statement, whatever the number of organizations: every figure of a province (or of
 * the whole country) for the requested fiscal year and the one before, by district, by organization type
 * and by grade (GROUPING SETS over one row per organization and year), the at-risk list, the province
 * names and the two years' framework facts. PostgreSQL returns one row (three JSON columns and the as-of
 * date); the API only reshapes it (assemble-rollup.ts), it never loops over organizations.
 *
 * Sources:
 *  - `organization_progress` (the stored standing, kept current by ProgressService.recompute): estimate,
 *    grade, passing, gap, measures total/completed — read from the covering IDX_organization_progress_rollup.
 *  - `measures`, counted at read time for `measures_overdue`: overdue-ness moves at midnight in Bangkok
 *    without any write, so a stored count is stale until the nightly recompute has run (the same rule
 *    `ProgressService.get` follows). The partial index IDX_measures_open_due keeps this an index-only scan
 *    of open measures.
 *  - `oit_item_counts` (published / accepted items per organization and year, kept by triggers on
 *    `oit_item_statuses`) and `survey_targets` (responses vs minimum).
 *
 * Row-level security applies to every tenant table read here: the statement runs inside
 * `TenantTransaction.run`, as the caller.
 *
 * Parameters: $1 province codes (text[]; NULL = every province), $2 fiscal year, $3 today (Asia/Bangkok,
 * 'YYYY-MM-DD'), $4 at-risk organizations per province (0 = none), $5 a district code and $6 an
 * organization type (NULL = all): a filtered roll-up is the same statement over fewer organizations, so
 * every part of it (figures, groups, grades, at-risk list) describes exactly the chosen LAOs. The statement text depends only on the
 * `RollupParts` (a handful of combinations), never on the data.
 */

import { openMeasureSql } from '@prongsai/measures/status';

/**
 * Which parts of a roll-up the request needs (the API derives them from the GraphQL selection): PostgreSQL
 * computes exactly those. A national dashboard that shows per-province totals does not pay for 76 × 16
 * districts, and a lookup whose columns nobody reads is left out of the statement.
 */
export interface RollupParts {
  /** Every province (national statement shape, country-wide grouping sets) instead of the given ones. */
  readonly national: boolean;
  /** Per province: by district, by organization type, the grade distribution. */
  readonly byDistrict: boolean;
  readonly byType: boolean;
  readonly grades: boolean;
  /** Country-wide (national only): by organization type, the grade distribution. */
  readonly nationalByType: boolean;
  readonly nationalGrades: boolean;
  /** The sources beyond the stored progress. */
  readonly overdue: boolean;
  readonly oit: boolean;
  readonly surveys: boolean;
  /** The per-indicator detail (tool scores, indicators) of the at-risk organizations. */
  readonly atRiskDetails: boolean;
}

/** Every part (the default; `national` is set by the caller). */
export const ALL_PARTS: RollupParts = {
  national: false,
  byDistrict: true,
  byType: true,
  grades: true,
  nationalByType: true,
  nationalGrades: true,
  overdue: true,
  oit: true,
  surveys: true,
  atRiskDetails: true,
};

/**
 * Per organization and year, one row with everything the figures need — whether or not the organization
 * has any data yet (it still counts).
 *
 * Two shapes, because row-level security makes the planner's usual choice wrong for a supervisor: the
 * policy check (`organization_id = ANY (<the caller's visible ids>)`) runs on every row a scan reads, and
 * the planner cannot know how long that array is. A province roll-up therefore drives every lookup from
 * the province's organizations (LATERAL → parameterized index scans: only the province's rows are ever
 * read; the `LIMIT 1` on these unique-key lookups keeps PostgreSQL from flattening them back into hash
 * joins over whole tables), while the national roll-up (ADMIN, whose check short-circuits) reads each table
 * once with hash joins, which beats 15,700 index probes.
 */
function perOrgSql(parts: RollupParts): string {
  const columns = [
    `o.id, o.code, o.province_code, o.district_code, o.org_type, y.fiscal_year`,
    `p.estimated_score, p.passing, p.grade, p.gap_to_pass, p.pass_threshold, p.computed_at`,
    `coalesce(p.measures_total, 0) AS measures_total, coalesce(p.measures_completed, 0) AS measures_completed`,
    parts.overdue ? `coalesce(d.measures_overdue, 0) AS measures_overdue` : `0 AS measures_overdue`,
  ];
  if (parts.oit) {
    columns.push(`coalesce(i.published, 0) AS oit_published, coalesce(i.accepted, 0) AS oit_accepted`);
  }
  if (parts.surveys) {
    // Responses count only against a minimum. National: one joined row per tool; province: one lookup
    // that returns both tools (see provinceJoins).
    const column = (tool: string, c: 'minimum' | 'responses') =>
      parts.national
        ? `${tool}.${c === 'minimum' ? 'minimum_responses' : 'responses_so_far'}`
        : `s.${tool}_${c}`;
    for (const tool of TOOLS) {
      columns.push(`${column(tool, 'minimum')} AS ${tool}_minimum,
         CASE WHEN ${column(tool, 'minimum')} IS NOT NULL THEN ${column(tool, 'responses')} END AS ${tool}_responses`);
    }
  }
  const joins = parts.national ? nationalJoins(parts) : provinceJoins(parts);
  return `per_org AS (
  SELECT ${columns.join(',\n         ')}
  FROM orgs o
  CROSS JOIN years y
  ${joins.join('\n  ')}
)`;
}

const OPEN_AND_OVERDUE = `${openMeasureSql('m')} AND m.due_date < $3::date`;
const TOOLS = ['iit', 'eit'] as const;

function provinceJoins(parts: RollupParts): string[] {
  const sameKey = (alias: string) =>
    `${alias}.organization_id = o.id AND ${alias}.fiscal_year = y.fiscal_year`;
  const joins = [
    `LEFT JOIN LATERAL (
    SELECT p.estimated_score, p.passing, p.grade, p.gap_to_pass, p.pass_threshold, p.computed_at,
           p.measures_total, p.measures_completed
    FROM organization_progress p WHERE ${sameKey('p')} LIMIT 1
  ) p ON true`,
  ];
  if (parts.overdue) {
    joins.push(`CROSS JOIN LATERAL (
    SELECT count(*)::int AS measures_overdue FROM measures m WHERE ${sameKey('m')} AND ${OPEN_AND_OVERDUE}
  ) d`);
  }
  if (parts.oit) {
    joins.push(`LEFT JOIN LATERAL (
    SELECT i.published, i.accepted FROM oit_item_counts i WHERE ${sameKey('i')} LIMIT 1
  ) i ON true`);
  }
  if (parts.surveys) {
    // Both tools in one lookup: every table a statement reads evaluates the row-level-security functions
    // once more (the caller's visible organizations), so fewer references are cheaper.
    joins.push(`LEFT JOIN LATERAL (
    SELECT max(t.minimum_responses) FILTER (WHERE t.tool = 'IIT') AS iit_minimum,
           max(t.responses_so_far) FILTER (WHERE t.tool = 'IIT') AS iit_responses,
           max(t.minimum_responses) FILTER (WHERE t.tool = 'EIT') AS eit_minimum,
           max(t.responses_so_far) FILTER (WHERE t.tool = 'EIT') AS eit_responses
    FROM survey_targets t WHERE ${sameKey('t')}
  ) s ON true`);
  }
  return joins;
}

function nationalJoins(parts: RollupParts): string[] {
  const sameKey = (alias: string) =>
    `${alias}.organization_id = o.id AND ${alias}.fiscal_year = y.fiscal_year`;
  const joins = [`LEFT JOIN organization_progress p ON ${sameKey('p')}`];
  if (parts.overdue) {
    joins.push(`LEFT JOIN (
    SELECT m.organization_id, m.fiscal_year, count(*)::int AS measures_overdue
    FROM measures m WHERE m.fiscal_year IN ($2::int, $2::int - 1) AND ${OPEN_AND_OVERDUE}
    GROUP BY m.organization_id, m.fiscal_year
  ) d ON ${sameKey('d')}`);
  }
  if (parts.oit) joins.push(`LEFT JOIN oit_item_counts i ON ${sameKey('i')}`);
  if (parts.surveys) {
    for (const tool of TOOLS) {
      joins.push(
        `LEFT JOIN survey_targets ${tool} ON ${sameKey(tool)} AND ${tool}.tool = '${tool.toUpperCase()}'`,
      );
    }
  }
  return joins;
}

/** GROUPING SETS and the matching level bits; a column no set groups by reads as "not grouped" (1). */
function figuresSql(parts: RollupParts): string {
  const sets = [`(fiscal_year, province_code)`];
  if (parts.byDistrict) sets.push(`(fiscal_year, province_code, district_code)`);
  if (parts.byType) sets.push(`(fiscal_year, province_code, org_type)`);
  if (parts.grades) sets.push(`(fiscal_year, province_code, grade)`);
  if (parts.national) sets.push(`(fiscal_year)`);
  if (parts.national && parts.nationalByType) sets.push(`(fiscal_year, org_type)`);
  if (parts.national && parts.nationalGrades) sets.push(`(fiscal_year, grade)`);
  const grouped = (column: string) => sets.some((set) => set.includes(column));
  const bit = (column: string) => (grouped(column) ? `grouping(${column})` : '1');
  const key = (column: string, cast = '') =>
    grouped(column) ? `${column}${cast} AS ${column}` : `NULL::text AS ${column}`;
  const columns = [
    `${bit('province_code')} * 8 + ${bit('district_code')} * 4 + ${bit('org_type')} * 2 + ${bit('grade')} AS level`,
    `fiscal_year, province_code, ${key('district_code')}, ${key('org_type', '::text')}, ${key('grade')}`,
    `count(*)::int AS organization_count`,
    `count(estimated_score)::int AS estimated_count`,
    `count(*) FILTER (WHERE passing)::int AS passing_count`,
    `round(avg(estimated_score), 2)::float8 AS average_score`,
    `sum(measures_total)::int AS measures_total`,
    `sum(measures_completed)::int AS measures_completed`,
  ];
  if (parts.overdue) columns.push(`sum(measures_overdue)::int AS measures_overdue`);
  if (parts.oit) {
    columns.push(`sum(oit_published)::int AS oit_published`, `sum(oit_accepted)::int AS oit_accepted`);
  }
  if (parts.surveys) {
    for (const tool of TOOLS) {
      columns.push(
        `count(${tool}_minimum)::int AS ${tool}_organizations`,
        `coalesce(sum(${tool}_minimum), 0)::int AS ${tool}_minimum`,
        `coalesce(sum(${tool}_responses), 0)::int AS ${tool}_responses`,
        `count(*) FILTER (WHERE ${tool}_responses >= ${tool}_minimum)::int AS ${tool}_meeting`,
      );
    }
  }
  return `figures AS (
  SELECT ${columns.join(',\n         ')}
  FROM per_org
  GROUP BY GROUPING SETS (${sets.join(', ')})
)`;
}

const cache = new Map<string, string>();

/** The statement for these parts (built once per combination). */
export function rollupSql(parts: RollupParts): string {
  const cacheKey = JSON.stringify(parts);
  let sql = cache.get(cacheKey);
  if (!sql) {
    sql = buildRollupSql(parts);
    cache.set(cacheKey, sql);
  }
  return sql;
}

function buildRollupSql(parts: RollupParts): string {
  // The per-indicator detail is the only thing the at-risk list needs beyond per_org: read it (one more
  // table reference, one more evaluation of the RLS functions) only when asked for.
  // The framework revision of each at-risk estimate is read the same way (a lookup per listed row, at most
  // `first` of them), so per_org stays within the covering index of organization_progress.
  const details = parts.atRiskDetails
    ? `'tool_scores', d.tool_scores, 'indicators', d.indicators, 'framework_revision', d.framework_revision`
    : `'tool_scores', '[]'::json, 'indicators', '[]'::json, 'framework_revision', d.framework_revision`;
  const detailsJoin = parts.atRiskDetails
    ? `LEFT JOIN LATERAL (
    SELECT p.tool_scores, p.indicators, p.framework_revision FROM organization_progress p
    WHERE p.organization_id = r.id AND p.fiscal_year = r.fiscal_year LIMIT 1
  ) d ON true`
    : `LEFT JOIN LATERAL (
    SELECT p.framework_revision FROM organization_progress p
    WHERE p.organization_id = r.id AND p.fiscal_year = r.fiscal_year LIMIT 1
  ) d ON true`;
  return `WITH orgs AS (
  SELECT o.id, o.code, o.name_th, o.type AS org_type, o.province_code, o.district_code, o.created_at
  FROM organizations o
  WHERE ($1::text[] IS NULL OR o.province_code = ANY ($1::text[]))
    AND ($5::text IS NULL OR o.district_code = $5::text)
    AND ($6::text IS NULL OR o.type::text = $6::text)
),
years (fiscal_year) AS (VALUES ($2::int), ($2::int - 1)),
${perOrgSql(parts)},
${figuresSql(parts)},
ranked AS (
  -- Not passing (an estimate below the pass mark), largest gap first; ties by lower score, then DLA code.
  SELECT po.id, po.province_code, po.fiscal_year, po.estimated_score, po.pass_threshold, po.gap_to_pass,
         po.passing, po.grade, po.measures_total, po.measures_completed, po.measures_overdue, po.computed_at,
         row_number() OVER (PARTITION BY po.province_code
                            ORDER BY po.gap_to_pass DESC, po.estimated_score, po.code) AS rank
  FROM per_org po
  WHERE $4::int > 0 AND po.fiscal_year = $2::int AND po.passing = false
),
at_risk AS (
  SELECT r.province_code,
         json_agg(json_build_object(
           'organization_id', o.id, 'code', o.code, 'name_th', o.name_th, 'type', o.org_type,
           'district_code', o.district_code, 'district_name_th', dn.name_th,
           'created_at', o.created_at, 'fiscal_year', r.fiscal_year,
           'estimated_score', r.estimated_score, 'pass_threshold', r.pass_threshold,
           'gap_to_pass', r.gap_to_pass, 'passing', r.passing, 'grade', r.grade,
           'measures_total', r.measures_total, 'measures_completed', r.measures_completed,
           'measures_overdue', r.measures_overdue, 'computed_at', r.computed_at,
           ${details}
         ) ORDER BY r.rank) AS items
  FROM ranked r
  JOIN orgs o ON o.id = r.id
  JOIN districts dn ON dn.code = o.district_code
  ${detailsJoin}
  WHERE r.rank <= $4::int
  GROUP BY r.province_code
)
SELECT
  (SELECT coalesce(json_agg(f), '[]') FROM (
     SELECT f.*, d.name_th AS district_name_th FROM figures f LEFT JOIN districts d ON d.code = f.district_code
   ) f) AS figures,
  (SELECT coalesce(json_agg(json_build_object('code', pr.code, 'name_th', pr.name_th,
                                              'at_risk', coalesce(a.items, '[]')) ORDER BY pr.code), '[]')
   FROM provinces pr LEFT JOIN at_risk a ON a.province_code = pr.code
   WHERE $1::text[] IS NULL OR pr.code = ANY ($1::text[])) AS provinces,
  (SELECT coalesce(json_agg(json_build_object(
            'fiscal_year', fw.fiscal_year,
            'oit_item_count', jsonb_array_length(fw.definition -> 'oitItems'),
            'grades', (SELECT json_agg(b.band ->> 'grade' ORDER BY b.n)
                       FROM jsonb_array_elements(fw.definition -> 'gradeBands') WITH ORDINALITY AS b(band, n)))),
          '[]')
   FROM frameworks fw WHERE fw.fiscal_year IN ($2::int, $2::int - 1)) AS frameworks,
  $3::date::text AS as_of`;
}

/** `grouping(province_code, district_code, org_type, grade)`: a bit is set for each column NOT grouped. */
export enum RollupLevel {
  Province = 0b0111,
  District = 0b0011,
  Type = 0b0101,
  Grade = 0b0110,
  National = 0b1111,
  NationalType = 0b1101,
  NationalGrade = 0b1110,
}

export interface FigureRow {
  level: RollupLevel;
  fiscal_year: number;
  province_code: string | null;
  district_code: string | null;
  district_name_th: string | null;
  org_type: string | null;
  grade: string | null;
  organization_count: number;
  estimated_count: number;
  passing_count: number;
  average_score: number | null;
  measures_total: number;
  measures_completed: number;
  /** Present when the parts asked for them. */
  measures_overdue?: number;
  oit_published?: number;
  oit_accepted?: number;
  iit_organizations?: number;
  iit_minimum?: number;
  iit_responses?: number;
  iit_meeting?: number;
  eit_organizations?: number;
  eit_minimum?: number;
  eit_responses?: number;
  eit_meeting?: number;
}

export interface AtRiskRow {
  organization_id: string;
  code: string;
  name_th: string;
  type: string;
  district_code: string;
  district_name_th: string;
  created_at: string;
  fiscal_year: number;
  estimated_score: number | null;
  pass_threshold: number;
  gap_to_pass: number | null;
  passing: boolean | null;
  grade: string | null;
  measures_total: number;
  measures_completed: number;
  measures_overdue: number;
  computed_at: string;
  /** Null only if the row vanished between the two reads of one statement (it cannot; typed for safety). */
  framework_revision: number | null;
  tool_scores: unknown;
  indicators: unknown;
}

export interface ProvinceRow {
  code: string;
  name_th: string;
  at_risk: AtRiskRow[];
}

export interface FrameworkRow {
  fiscal_year: number;
  oit_item_count: number;
  grades: string[];
}

/** The column definition list of the statement's one row (TenantTransaction.queryAlone needs it). */
export const ROLLUP_COLUMNS = 'figures json, provinces json, frameworks json, as_of text';

/** The one row the statement returns. */
export interface RollupQueryResult {
  figures: FigureRow[];
  provinces: ProvinceRow[];
  frameworks: FrameworkRow[];
  /** The day overdue measures are counted for (also declares $3 when no part counts them). */
  as_of?: string;
}

/** Narrows a roll-up to some of the organizations (both may be given: the LAOs of that type in that district). */
export interface RollupFilter {
  readonly districtCode?: string | null;
  readonly organizationType?: string | null;
}

/** Parameters in statement order. */
export function rollupParams(
  provinceCodes: readonly string[] | null,
  fiscalYear: number,
  today: string,
  atRiskLimit: number,
  filter: RollupFilter = {},
): unknown[] {
  return [
    provinceCodes,
    fiscalYear,
    today,
    atRiskLimit,
    filter.districtCode ?? null,
    filter.organizationType ?? null,
  ];
}
