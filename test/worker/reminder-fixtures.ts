import { randomBytes } from 'node:crypto';
import { runId } from '../setup/test-env';
import { TestApp } from '../setup/test-app';

/** Each test file gets its own queue prefix (under the run's, so teardown removes it): files run in parallel. */
export function isolatedQueueEnv(): Record<string, string> {
  return { QUEUE_PREFIX: `prongsai-t-${runId()}-${randomBytes(3).toString('hex')}` };
}

/** Worker timings for tests: retries within a second, a dead worker's jobs recovered within seconds. */
export const FAST_JOBS_ENV = {
  MAIL_RETRY_BASE_DELAY_MS: '100',
  MAIL_MAX_ATTEMPTS: '10',
  MAIL_CONCURRENCY: '8',
  JOB_LOCK_DURATION_MS: '2000',
  JOB_STALLED_INTERVAL_MS: '1000',
  OUTBOX_SWEEP_INTERVAL_MS: '1500',
  PROGRESS_DEBOUNCE_MS: '200',
};

export interface MeasureRow {
  organizationId: string;
  title: string;
  dueDate: string;
  status?: 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';
  fiscalYear?: number;
}

/** Inserts measures as the owner (bypassing the API: these tests are about what happens after). */
export async function insertMeasures(t: TestApp, rows: MeasureRow[]): Promise<string[]> {
  const inserted = await t.db.ownerQuery<{ id: string }>(
    `INSERT INTO measures (organization_id, fiscal_year, title, responsible, due_date, status)
     SELECT r.organization_id, r.fiscal_year, r.title, 'ปลัด อบต.', r.due_date, r.status::measure_status
     FROM jsonb_to_recordset($1::jsonb) AS r(organization_id uuid, fiscal_year int, title text, due_date date, status text)
     RETURNING id`,
    [
      JSON.stringify(
        rows.map((r) => ({
          organization_id: r.organizationId,
          fiscal_year: r.fiscalYear ?? 2566,
          title: r.title,
          due_date: r.dueDate,
          status: r.status ?? 'PLANNED',
        })),
      ),
    ],
  );
  return inserted.map((r) => r.id);
}

/** A user with a membership (no password: tests mint access tokens). Returns the user id. */
export async function insertMember(
  t: TestApp,
  email: string,
  displayName: string,
  membership: { role: 'ORG_LEAD' | 'ORG_MEMBER'; organizationId: string },
): Promise<string> {
  const [{ id }] = await t.db.ownerQuery<{ id: string }>(
    `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, 'x') RETURNING id`,
    [email, displayName],
  );
  await t.db.ownerQuery(`INSERT INTO memberships (user_id, role, organization_id) VALUES ($1, $2, $3)`, [
    id,
    membership.role,
    membership.organizationId,
  ]);
  return id;
}

export async function outboxCounts(t: TestApp): Promise<Record<string, number>> {
  const rows = await t.db.ownerQuery<{ status: string; n: number }>(
    `SELECT status::text, count(*)::int AS n FROM notifications GROUP BY status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
