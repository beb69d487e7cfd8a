import { addDays, bangkokToday } from '@prongsai/thai';
import { GqlResponse, TestApp, mintAccessToken } from '../setup/test-app';

export const FY = 2566;
export const PREVIOUS = 2565;
export const GRADES = ['AA', 'A', 'B', 'C', 'D', 'E', 'F'];
export const OIT_ITEMS_PER_ORGANIZATION = 43;

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export function firstError(res: GqlResponse): { code?: string; field?: string } {
  const e = res.errors?.[0];
  return { code: e?.extensions?.code, field: e?.extensions?.field };
}

/** One stored `organization_progress` row, as ProgressService would have written it. */
export interface ProgressFixture {
  code: string;
  fiscalYear: number;
  estimatedScore: number | null;
  grade: string | null;
  passing: boolean | null;
  gapToPass: number | null;
  measuresTotal?: number;
  measuresCompleted?: number;
  /** The stored (possibly stale) count; the roll-up must count afresh instead. */
  measuresOverdue?: number;
}

export interface MeasureFixture {
  code: string;
  fiscalYear: number;
  status: 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';
  /** Days from today (Asia/Bangkok): -1 = yesterday. */
  dueInDays: number;
}

export interface OitFixture {
  code: string;
  fiscalYear: number;
  item: string;
  status: 'NOT_STARTED' | 'DRAFT' | 'PUBLISHED';
  review: 'ACCEPTED' | 'RETURNED' | null;
}

export interface SurveyFixture {
  code: string;
  fiscalYear: number;
  tool: 'IIT' | 'EIT';
  minimum: number | null;
  responses: number;
}

export const today = () => bangkokToday();

/** Inserts as the owner (no API, no recompute): the roll-up must read exactly what is stored. */
export async function insertProgress(t: TestApp, rows: ProgressFixture[]): Promise<void> {
  await t.db.ownerQuery(
    `INSERT INTO organization_progress (organization_id, fiscal_year, estimated_score, grade, passing, gap_to_pass,
       pass_threshold, tool_scores, indicators, measures_total, measures_completed, measures_overdue, computed_at)
     SELECT o.id, r.fiscal_year, r.estimated_score, r.grade, r.passing, r.gap_to_pass, 85,
       '[{"tool":"IIT","nameTh":"IIT","weight":0.3,"score":80.123}]', '[]',
       r.measures_total, r.measures_completed, r.measures_overdue, now()
     FROM jsonb_to_recordset($1::jsonb) AS r(code text, fiscal_year int, estimated_score numeric, grade text,
       passing boolean, gap_to_pass numeric, measures_total int, measures_completed int, measures_overdue int)
     JOIN organizations o ON o.code = r.code`,
    [
      JSON.stringify(
        rows.map((r) => ({
          code: r.code,
          fiscal_year: r.fiscalYear,
          estimated_score: r.estimatedScore,
          grade: r.grade,
          passing: r.passing,
          gap_to_pass: r.gapToPass,
          measures_total: r.measuresTotal ?? 0,
          measures_completed: r.measuresCompleted ?? 0,
          measures_overdue: r.measuresOverdue ?? 0,
        })),
      ),
    ],
  );
}

export async function insertMeasures(t: TestApp, rows: MeasureFixture[]): Promise<void> {
  await t.db.ownerQuery(
    `INSERT INTO measures (organization_id, fiscal_year, title, responsible, due_date, status)
     SELECT o.id, r.fiscal_year, 'มาตรการ', 'ปลัด', r.due_date, r.status::measure_status
     FROM jsonb_to_recordset($1::jsonb) AS r(code text, fiscal_year int, due_date date, status text)
     JOIN organizations o ON o.code = r.code`,
    [
      JSON.stringify(
        rows.map((r) => ({
          code: r.code,
          fiscal_year: r.fiscalYear,
          due_date: addDays(today(), r.dueInDays),
          status: r.status,
        })),
      ),
    ],
  );
}

export async function insertOitItems(t: TestApp, rows: OitFixture[]): Promise<void> {
  await t.db.ownerQuery(
    `INSERT INTO oit_item_statuses (organization_id, fiscal_year, item_code, status, review)
     SELECT o.id, r.fiscal_year, r.item, r.status::oit_item_status, r.review::oit_review
     FROM jsonb_to_recordset($1::jsonb) AS r(code text, fiscal_year int, item text, status text, review text)
     JOIN organizations o ON o.code = r.code`,
    [JSON.stringify(rows.map((r) => ({ ...r, fiscal_year: r.fiscalYear })))],
  );
}

export async function insertSurveys(t: TestApp, rows: SurveyFixture[]): Promise<void> {
  await t.db.ownerQuery(
    `INSERT INTO survey_targets (organization_id, fiscal_year, tool, minimum_responses, responses_so_far)
     SELECT o.id, r.fiscal_year, r.tool::survey_tool, r.minimum, r.responses
     FROM jsonb_to_recordset($1::jsonb) AS r(code text, fiscal_year int, tool text, minimum int, responses int)
     JOIN organizations o ON o.code = r.code`,
    [JSON.stringify(rows.map((r) => ({ ...r, fiscal_year: r.fiscalYear })))],
  );
}

/**
 * A second, small province (15, อ่างทอง): `size` LAOs in two districts, a supervisor, and progress rows for
 * both years (every third one failing at 80.5, the others passing at 90). Returns the supervisor's token.
 */
export async function addSmallProvince(t: TestApp, size: number): Promise<string> {
  await t.db.ownerQuery(`INSERT INTO provinces (code, name_th) VALUES ('15', 'อ่างทอง')`);
  await t.db.ownerQuery(
    `INSERT INTO districts (code, province_code, name_th) VALUES ('1501', '15', 'เมืองอ่างทอง'), ('1502', '15', 'ไชโย')`,
  );
  await t.db.ownerQuery(
    `INSERT INTO organizations (code, name_th, type, province_code, district_code)
     SELECT '615' || lpad(n::text, 4, '0'), 'อบต.ทดสอบ ' || n, 'SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION', '15',
            CASE WHEN n % 2 = 0 THEN '1501' ELSE '1502' END
     FROM generate_series(1, $1::int) AS n`,
    [size],
  );
  await t.db.ownerQuery(
    `INSERT INTO organization_progress (organization_id, fiscal_year, estimated_score, grade, passing, gap_to_pass,
       pass_threshold, tool_scores, indicators, measures_total, measures_completed, measures_overdue, computed_at)
     SELECT o.id, y, s, CASE WHEN s >= 85 THEN 'A' ELSE 'B' END, s >= 85, greatest(0, 85 - s), 85, '[]', '[]', 0, 0, 0, now()
     FROM organizations o CROSS JOIN (VALUES (2565), (2566)) AS v(y)
     CROSS JOIN LATERAL (SELECT CASE WHEN substring(o.code FROM 4)::int % 3 = 0 THEN 80.5 ELSE 90.0 END AS s) x
     WHERE o.province_code = '15'`,
  );
  return mintAccessToken(t, await addSupervisor(t, 'supervisor.15@test.example', 'ผู้กำกับ 15', '15'));
}

/** A user who supervises one province (no password to sign in with: tests mint its tokens). Its id. */
export async function addSupervisor(
  t: TestApp,
  email: string,
  displayName: string,
  provinceCode: string,
): Promise<string> {
  const [user] = await t.db.ownerQuery<{ id: string }>(
    `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, 'x') RETURNING id`,
    [email, displayName],
  );
  await t.db.ownerQuery(
    `INSERT INTO memberships (user_id, role, province_code) VALUES ($1, 'PROVINCE_SUPERVISOR', $2)`,
    [user.id, provinceCode],
  );
  return user.id;
}

export async function tokenOf(t: TestApp, email: string): Promise<string> {
  const [row] = await t.db.ownerQuery<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [email]);
  if (!row) throw new Error(`no user ${email}`);
  return mintAccessToken(t, row.id);
}

export const ROLLUP_FIELDS = `
  province { code nameTh } fiscalYear organizationCount estimatedCount passingCount passingPercent averageScore
  gradeDistribution { grade count }
  measuresTotal measuresCompleted measuresOverdue
  oitItems { itemsPerOrganization itemsExpected published accepted publishedPercent acceptedPercent }
  surveys { tool organizationsWithMinimum minimumResponses responses organizationsMeetingMinimum }
  byDistrict { district { code nameTh } fiscalYear organizationCount estimatedCount passingCount averageScore
               measuresTotal measuresCompleted measuresOverdue
               previousYear { fiscalYear organizationCount estimatedCount passingCount averageScore measuresOverdue } }
  byType { type organizationCount estimatedCount passingCount averageScore measuresOverdue
           previousYear { fiscalYear organizationCount passingCount averageScore } }
  previousYear { fiscalYear organizationCount estimatedCount passingCount passingPercent averageScore
                 gradeDistribution { grade count } measuresTotal measuresCompleted measuresOverdue
                 oitItems { published accepted } surveys { tool organizationsWithMinimum } }`;

export const AT_RISK_FIELDS = `organization { id code nameTh type province { code nameTh } district { code nameTh } }
  fiscalYear estimatedScore passThreshold gapToPass passing grade measuresTotal measuresCompleted measuresOverdue
  computedAt toolScores { tool score }`;

export const PROVINCE_ROLLUP = `query($p: String!, $fy: Int!, $first: Int) {
  provinceRollup(provinceCode: $p, fiscalYear: $fy) { ${ROLLUP_FIELDS} atRisk(first: $first) { ${AT_RISK_FIELDS} } }
}`;

export const NATIONAL_ROLLUP = `query($fy: Int!) {
  nationalRollup(fiscalYear: $fy) {
    fiscalYear organizationCount estimatedCount passingCount averageScore gradeDistribution { grade count }
    measuresTotal measuresCompleted measuresOverdue oitItems { published accepted itemsExpected }
    byType { type organizationCount passingCount }
    previousYear { fiscalYear organizationCount passingCount averageScore }
    provinces { province { code } organizationCount passingCount averageScore atRisk(first: 2) { organization { code } gapToPass } }
  }
}`;
