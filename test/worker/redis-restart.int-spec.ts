import { INestApplicationContext } from '@nestjs/common';
import { ALL_QUEUES, JOB_SCHEDULES, JobQueue } from '@prongsai/jobs';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { PrivateRedis } from '../setup/private-redis';
import { SmtpSink } from '../setup/smtp-sink';
import { ADMIN, TestApp } from '../setup/test-app';
import { FAST_JOBS_ENV, insertMeasures, isolatedQueueEnv, outboxCounts, until } from './reminder-fixtures';

const MEASURES_PER_ORG = 4;
/** 126 × 4 = 504 reminders a batch: at least 500, and the suite stays quick. */
const ORGANIZATIONS = 126;

describe('exactly once across a Redis restart that loses every key (a private redis-server)', () => {
  let redis: PrivateRedis;
  let sink: SmtpSink;
  let t: TestApp;
  let worker: INestApplicationContext;
  let total: number;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    sink = await SmtpSink.start();
    t = await TestApp.create({
      ...isolatedQueueEnv(),
      ...FAST_JOBS_ENV,
      SMTP_URL: sink.url,
      REDIS_URL: redis.url,
    });
    worker = await createWorkerApp(t.config);
    const orgs = await t.db.ownerQuery<{ id: string }>(
      `SELECT id FROM organizations ORDER BY code LIMIT $1`,
      [ORGANIZATIONS],
    );
    await insertMeasures(
      t,
      orgs.flatMap((o) =>
        Array.from({ length: MEASURES_PER_ORG }, (_, i) => ({
          organizationId: o.id,
          title: `มาตรการ ${i + 1}`,
          dueDate: '2023-02-10',
        })),
      ),
    );
    total = orgs.length * MEASURES_PER_ORG;
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
    await redis?.stop();
  });

  it('restarting Redis mid-batch loses the queued jobs; the outbox sweep re-enqueues them, none twice', async () => {
    let restarted: Promise<void> | undefined;
    const restartAt = 150;
    sink.onReceived = (_email, count) => {
      if (count >= restartAt && !restarted) restarted = redis.restart(300);
    };
    const res = await t.gql<{ runReminderScan: number }>(
      `mutation { runReminderScan(asOf: "2023-02-03") }`,
      {},
      await t.token(ADMIN),
    );
    expect(res.data?.runReminderScan).toBe(total);

    await until('the restart', () => restarted !== undefined);
    await restarted;
    sink.onReceived = null;
    const receivedAtRestart = sink.received.length;
    const atRestart = await outboxCounts(t);

    await until('every reminder sent', async () => (await outboxCounts(t)).SENT === total, 60_000);
    await new Promise((r) => setTimeout(r, 500));
    const counts = sink.countsByNotification();
    expect(sink.received).toHaveLength(total);
    expect(counts.size).toBe(total);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);

    // The job schedulers went with Redis's data; the worker put them back when it reconnected.
    const jobs = worker.get(JobQueue);
    await until('schedulers restored', async () => {
      const all = await Promise.all(ALL_QUEUES.map((q) => jobs.queue(q).getJobSchedulers()));
      return all.flat().length === JOB_SCHEDULES.length;
    });
    console.log(
      `Redis restart test: ${total} reminders; Redis killed and restarted empty after ${receivedAtRestart} had arrived ` +
        `(outbox then ${JSON.stringify(atRestart)}); afterwards ${sink.received.length} received, ${counts.size} distinct, 0 duplicates`,
    );
  });

  it('Redis down during a scan: the reminders wait in the outbox, and are sent once when it is back', async () => {
    const before = sink.received.length;
    await redis.stop();
    const startedScan = Date.now();
    // The day before the due date: a DUE_TOMORROW reminder for each of the same measures.
    const res = await t.gql<{ runReminderScan: number }>(
      `mutation { runReminderScan(asOf: "2023-02-09") }`,
      {},
      await t.token(ADMIN),
    );
    const scanMs = Date.now() - startedScan;
    expect(res.errors).toBeUndefined();
    expect(res.data?.runReminderScan).toBe(total);
    const whileDown = await outboxCounts(t);
    expect(whileDown.PENDING).toBe(total);
    await redis.restart(0);
    const restartedAt = Date.now();

    await until('every reminder sent', async () => (await outboxCounts(t)).SENT === 2 * total, 60_000);
    const recoveredMs = Date.now() - restartedAt;
    await new Promise((r) => setTimeout(r, 500));
    const counts = sink.countsByNotification();
    expect(sink.received.length - before).toBe(total);
    expect(counts.size).toBe(2 * total);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    console.log(
      `Redis down during a scan: ${total} reminders written while Redis was down (scan ${scanMs} ms, all PENDING); ` +
        `Redis back → all sent ${recoveredMs} ms later by the outbox sweep; ${sink.received.length - before} received, 0 duplicates`,
    );
  });
});
