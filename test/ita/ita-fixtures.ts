import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { GqlResponse, TestApp } from '../setup/test-app';
import { dbUrl } from '../setup/test-env';

/** The LAO most ITA tests work on: เทศบาลเมืองอโยธยา, which has a demo lead. */
export const OWN_CODE = '4140103';
/** Another LAO of the same province, whose lead plays the stranger. */
export const OTHER_CODE = '4140602';

export type ActorName = 'lead' | 'member' | 'supervisor' | 'stranger' | 'outsider' | 'admin';

export interface ItaWorld {
  orgId: string;
  otherOrgId: string;
  /**
   * Access tokens: the lead and a member of `orgId`, the supervisor of province 14, the lead of `otherOrgId`
   * (the stranger), a supervisor of another province (the outsider), and the admin.
   */
  tokens: Record<ActorName, string>;
}

/**
 * Signs access tokens directly (same secret and claims as TokenService): argon2 logins are deliberately slow
 * and the login path has its own tests.
 */
export function accessToken(t: TestApp, userId: string): Promise<string> {
  return new JwtService({ secret: t.config.auth.jwtSecret }).signAsync(
    // A session id of its own, as TokenService gives every login (tokens without one are refused).
    { sub: userId, typ: 'access', sid: randomUUID() },
    { expiresIn: 600, algorithm: 'HS256' },
  );
}

/**
 * One owner connection kept open for a whole file: `t.db.ownerQuery` connects per call, which is too slow
 * for checks that run twice per row of a table.
 */
export class OwnerProbe {
  private constructor(private readonly client: Client) {}

  static async open(t: TestApp): Promise<OwnerProbe> {
    const client = new Client({ connectionString: dbUrl(t.db.name) });
    await client.connect();
    return new OwnerProbe(client);
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.client.query(sql, params)).rows as T[];
  }

  /** Row counts of the ITA tables and the audit log, to show a refused input wrote nothing. */
  async rowCounts(): Promise<Record<string, number>> {
    const [row] = await this.query<Record<string, number>>(`SELECT
      (SELECT count(*)::int FROM measures) AS measures,
      (SELECT count(*)::int FROM measure_steps) AS measure_steps,
      (SELECT count(*)::int FROM measure_evidence) AS measure_evidence,
      (SELECT count(*)::int FROM measure_assignees) AS measure_assignees,
      (SELECT count(*)::int FROM indicator_scores) AS indicator_scores,
      (SELECT count(*)::int FROM oit_item_statuses) AS oit_item_statuses,
      (SELECT count(*)::int FROM survey_targets) AS survey_targets,
      (SELECT count(*)::int FROM organization_progress) AS organization_progress,
      (SELECT count(*)::int FROM audit_log) AS audit_log`);
    return row;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

/** The cast of every access test (see `ItaWorld.tokens`), arranged as the owner over one connection. */
export async function itaWorld(t: TestApp, ownCode = OWN_CODE, otherCode = OTHER_CODE): Promise<ItaWorld> {
  const db = await OwnerProbe.open(t);
  try {
    const orgIdOf = async (code: string) =>
      (await db.query<{ id: string }>(`SELECT id FROM organizations WHERE code = $1`, [code]))[0].id;
    const userIdOf = async (email: string) =>
      (await db.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [email]))[0].id;
    // Users made here cannot log in (unusable hash): their tokens are minted.
    const createUser = async (
      email: string,
      role: string,
      organizationId: string | null,
      province: string | null,
    ) => {
      const [user] = await db.query<{ id: string }>(
        `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $1, 'test-only-no-login') RETURNING id`,
        [email],
      );
      await db.query(
        `INSERT INTO memberships (user_id, role, organization_id, province_code) VALUES ($1, $2, $3, $4)`,
        [user.id, role, organizationId, province],
      );
      return user.id;
    };
    const orgId = await orgIdOf(ownCode);
    const otherOrgId = await orgIdOf(otherCode);
    await db.query(`INSERT INTO provinces (code, name_th) VALUES ('15', 'อ่างทอง') ON CONFLICT DO NOTHING`);
    const ids: Record<ActorName, string> = {
      lead: await userIdOf(`lead.${ownCode}@prongsai.example`),
      member: await createUser(`member.${ownCode}@test.example`, 'ORG_MEMBER', orgId, null),
      supervisor: await userIdOf('supervisor.14@prongsai.example'),
      stranger: await userIdOf(`lead.${otherCode}@prongsai.example`),
      outsider: await createUser(`supervisor.15.${ownCode}@test.example`, 'PROVINCE_SUPERVISOR', null, '15'),
      admin: await userIdOf('admin@prongsai.example'),
    };
    const tokens = {} as Record<ActorName, string>;
    for (const [name, id] of Object.entries(ids)) tokens[name as ActorName] = await accessToken(t, id);
    return { orgId, otherOrgId, tokens };
  } finally {
    await db.close();
  }
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** `code` and `field` of the first error, for compact expectations. */
export function firstError(res: GqlResponse): { code?: string; field?: string } {
  const e = res.errors?.[0];
  return { code: e?.extensions?.code, field: e?.extensions?.field };
}

export const MEASURE_FIELDS = `id fiscalYear title responsible dueDate status isOverdue result completedAt indicatorCodes
  provinceMeasureId steps { id order description } evidence { id url label } organization { id code }`;

export const CREATE_MEASURE = `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { ${MEASURE_FIELDS} } }`;

export const PROGRESS_FIELDS = `fiscalYear estimatedScore passThreshold gapToPass passing grade measuresTotal
  measuresCompleted measuresOverdue computedAt organization { code }
  toolScores { tool weight score } indicators { indicatorCode score basis fiscalYear }`;

export const PROGRESS = `query($o: ID!, $y: Int!) { organizationProgress(organizationId: $o, fiscalYear: $y) { ${PROGRESS_FIELDS} } }`;

export const RECORD_SCORE = `mutation($input: RecordIndicatorScoreInput!) {
  recordIndicatorScore(input: $input) { id indicatorCode score source fiscalYear recordedAt } }`;

/** A valid measure input for `orgId` in FY2566 (the first measure of the example report). */
export function measureInput(
  orgId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    organizationId: orgId,
    fiscalYear: 2566,
    title: 'ให้ความรู้เรื่องการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ',
    steps: ['จัดประชุมชี้แจงแนวทางการดำเนินงาน ITA แก่บุคลากร'],
    responsible: 'สำนักปลัด',
    dueDate: '2023-02-10',
    indicatorCodes: ['9', '10'],
    ...overrides,
  };
}

/** The demo supervisor of province 14 (พระนครศรีอยุธยา), who records the NACC's OFFICIAL scores of its LAOs. */
export const SUPERVISOR_14 = 'supervisor.14@prongsai.example';

/**
 * Records the listed indicator scores as `token`: OFFICIAL scores need a province supervisor's (or an
 * admin's) token, SELF_ASSESSMENT the LAO lead's.
 */
export async function recordScores(
  t: TestApp,
  token: string,
  orgId: string,
  fiscalYear: number,
  source: 'OFFICIAL' | 'SELF_ASSESSMENT',
  scores: Record<string, number>,
): Promise<void> {
  for (const [indicatorCode, score] of Object.entries(scores)) {
    ok(
      await t.gql(
        RECORD_SCORE,
        { input: { organizationId: orgId, fiscalYear, indicatorCode, score, source } },
        token,
      ),
    );
  }
}

/** Bangkok's published FY2566 figures as ten indicator scores: IIT 82.44, EIT (79.40 + 82.24) / 2, OIT 100. */
// prettier-ignore
export const BANGKOK_2566 = { '1': 82.44, '2': 82.44, '3': 82.44, '4': 82.44, '5': 82.44, '6': 80.82, '7': 80.82, '8': 80.82, '9': 100, '10': 100 };
