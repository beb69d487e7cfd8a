import { duplicatesIn, recordFaultFigures } from '../setup/fault-figures';
import { SmtpSink } from '../setup/smtp-sink';
import { ADMIN, leadEmail, TestApp } from '../setup/test-app';
import { dbUrl } from '../setup/test-env';
import { WorkerProcess } from '../setup/worker-process';
import { FAST_JOBS_ENV, insertMeasures, isolatedQueueEnv, outboxCounts, until } from './reminder-fixtures';

const SCAN = `mutation($asOf: Date!) { runReminderScan(asOf: $asOf) }`;
const MEASURES_PER_ORG = 4;
/** 126 × 4 = 504 reminders a batch: at least 500, and the suite stays quick. */
const ORGANIZATIONS = 126;

/** Every notification of `asOf` arrived exactly once, and nothing else of that date arrived. */
async function expectExactlyOnce(t: TestApp, sink: SmtpSink, asOf: string, except: string[] = []) {
  const ids = (
    await t.db.ownerQuery<{ id: string }>(
      `SELECT id FROM notifications WHERE payload->>'asOf' = $1 ORDER BY id`,
      [asOf],
    )
  )
    .map((r) => r.id)
    .filter((id) => !except.includes(id));
  const counts = sink.countsByNotification();
  const duplicated = ids.filter((id) => (counts.get(id) ?? 0) > 1);
  const missing = ids.filter((id) => !counts.has(id));
  if (missing.length) {
    console.log(
      'MISSING',
      JSON.stringify(
        await t.db.ownerQuery(
          `SELECT id, status, attempts, sent_at, smtp_response, last_error, created_at FROM notifications WHERE id = ANY($1)`,
          [missing],
        ),
      ),
    );
  }
  expect({ duplicated, missing }).toEqual({ duplicated: [], missing: [] });
  for (const id of except) expect(counts.has(id)).toBe(false);
  return ids.length;
}

describe('exactly once, with the worker killed and the SMTP server refusing (a real worker process)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: WorkerProcess | undefined;
  let admin: string;
  let total: number;

  const workerEnv = () => ({
    ...FAST_JOBS_ENV,
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: dbUrl(t.db.name),
    REDIS_URL: t.config.redis.url,
    QUEUE_PREFIX: t.config.redis.queuePrefix,
    SMTP_URL: sink.url,
    APP_URL: t.config.http.appUrl,
  });

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.create({ ...isolatedQueueEnv(), ...FAST_JOBS_ENV, SMTP_URL: sink.url });
    admin = await t.token(ADMIN);
    const orgs = await t.db.ownerQuery<{ id: string }>(
      `SELECT id FROM organizations ORDER BY code LIMIT $1`,
      [ORGANIZATIONS],
    );
    await insertMeasures(
      t,
      orgs.flatMap((o) =>
        Array.from({ length: MEASURES_PER_ORG }, (_, i) => ({
          organizationId: o.id,
          title: `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ข้อ ${i + 1}`,
          dueDate: '2023-02-10',
        })),
      ),
    );
    total = orgs.length * MEASURES_PER_ORG; // one ITA lead per organization in the seed
  });

  afterAll(async () => {
    if (worker) await worker.kill();
    await t?.close();
    await sink?.close();
  });

  it(`SIGKILL in the middle of a batch, then a restart: each reminder arrives exactly once`, async () => {
    worker = await WorkerProcess.start(workerEnv());
    let killed: Promise<void> | undefined;
    const killAt = 150;
    sink.onReceived = (_email, count) => {
      if (count >= killAt && !killed) killed = worker!.kill();
    };

    const scanned = Date.now();
    const res = await t.gql<{ runReminderScan: number }>(SCAN, { asOf: '2023-02-03' }, admin);
    expect(res.data?.runReminderScan).toBe(total);
    expect(total).toBeGreaterThanOrEqual(500);

    await until('the kill', () => killed !== undefined);
    await killed;
    const killedAfterMs = Date.now() - scanned;
    sink.onReceived = null;
    const receivedAtKill = sink.received.length;
    const atKill = await outboxCounts(t);
    expect(receivedAtKill).toBeLessThan(total);

    const restarted = Date.now();
    worker = await WorkerProcess.start(workerEnv());
    await until('every reminder sent', async () => (await outboxCounts(t)).SENT === total, 60_000);
    const recoveredMs = Date.now() - restarted;
    await new Promise((r) => setTimeout(r, 500)); // anything sent twice would arrive now
    expect(await expectExactlyOnce(t, sink, '2023-02-03')).toBe(total);
    expect(sink.received).toHaveLength(total);
    recordFaultFigures('Worker killed (SIGKILL) mid-batch', {
      reminders: total,
      'killed after the scan, ms': killedAfterMs,
      'received before the kill': receivedAtKill,
      'outbox at the kill': JSON.stringify(atKill),
      'sent exactly once': sink.countsByNotification().size,
      duplicates: duplicatesIn(sink),
      'all sent, s after the restart': recoveredMs / 1000,
    });
  });

  it('the SMTP server refusing mail for a while (4xx), and one address for good (5xx)', async () => {
    const before = sink.received.length;
    const refusedFor = 1500;
    const start = Date.now();
    const bounced = leadEmail('2140101');
    sink.refuse = (stage, recipient) => {
      if (stage === 'RCPT' && recipient === bounced)
        return { code: 550, message: '5.1.1 mailbox unavailable' };
      if (Date.now() - start > refusedFor) return null;
      // Refuse at every stage, the end of data included (then the message is not taken either).
      return Math.random() < 0.7 ? { code: 451, message: `4.3.0 ${stage} temporarily refused` } : null;
    };

    const res = await t.gql<{ runReminderScan: number }>(SCAN, { asOf: '2023-02-09' }, admin);
    expect(res.data?.runReminderScan).toBe(total);
    await until(
      'the batch to settle',
      async () => {
        const c = await outboxCounts(t);
        return c.SENT === 2 * total - MEASURES_PER_ORG && c.FAILED === MEASURES_PER_ORG;
      },
      60_000,
    );
    await new Promise((r) => setTimeout(r, 500));
    const failed = await t.db.ownerQuery<{ id: string }>(
      `SELECT n.id FROM notifications n JOIN users u ON u.id = n.recipient_user_id WHERE u.email = $1 AND n.payload->>'asOf' = '2023-02-09'`,
      [bounced],
    );
    expect(
      await expectExactlyOnce(
        t,
        sink,
        '2023-02-09',
        failed.map((f) => f.id),
      ),
    ).toBe(total - MEASURES_PER_ORG);
    expect(sink.received.length - before).toBe(total - MEASURES_PER_ORG);
    expect(sink.refusals).toBeGreaterThan(20);

    // ADMIN sees the ones that failed for good, with the server's answer.
    const list = await t.gql<{
      failedNotifications: {
        id: string;
        kind: string;
        recipientEmail: string;
        lastError: string;
        attempts: number;
      }[];
    }>(`{ failedNotifications { id kind recipientEmail lastError attempts } }`, {}, admin);
    expect(list.errors).toBeUndefined();
    expect(list.data!.failedNotifications).toHaveLength(MEASURES_PER_ORG);
    for (const f of list.data!.failedNotifications) {
      expect(f).toMatchObject({ kind: 'DUE_TOMORROW', recipientEmail: bounced });
      expect(f.lastError).toContain('550');
    }
    recordFaultFigures('SMTP server refusing (4xx for a while, 550 for one address)', {
      reminders: total,
      refusals: sink.refusals,
      'refused for, ms': refusedFor,
      'sent exactly once': sink.received.length - before,
      'failed for good (550), listed for ADMIN': MEASURES_PER_ORG,
      duplicates: duplicatesIn(sink),
    });
    sink.refuse = null;
  });

  it('SIGTERM: the worker finishes what it is doing and exits', async () => {
    const code = await worker!.stop();
    expect(worker!.log).toContain('workers closed');
    worker = undefined;
    expect(code === 0 || code === null).toBe(true);
  });
});
