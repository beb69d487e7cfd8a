import { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { ALL_QUEUES, JOB_SCHEDULES, JobName, JobQueue } from '@prongsai/jobs';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { duplicatesIn, recordFaultFigures } from '../setup/fault-figures';
import { PrivateRedis } from '../setup/private-redis';
import { SmtpSink } from '../setup/smtp-sink';
import { ADMIN, TestApp } from '../setup/test-app';
import { dbUrl } from '../setup/test-env';
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

    const restartedAt = Date.now();
    await until('every reminder sent', async () => (await outboxCounts(t)).SENT === total, 60_000);
    const recoveredMs = Date.now() - restartedAt;
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
    recordFaultFigures('Redis restarted empty while sending', {
      reminders: total,
      'received before the restart': receivedAtRestart,
      'outbox at the restart': JSON.stringify(atRestart),
      received: sink.received.length,
      'sent exactly once': counts.size,
      duplicates: duplicatesIn(sink),
      'all sent, s after the restart': recoveredMs / 1000,
    });
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
    recordFaultFigures('Redis down during a scan (the API’s runReminderScan)', {
      reminders: total,
      'scan, ms': scanMs,
      'PENDING while down': whileDown.PENDING,
      'sent exactly once': sink.received.length - before,
      duplicates: duplicatesIn(sink),
      'all sent, s after Redis is back': recoveredMs / 1000,
    });
  });

  it('Redis lost while the worker’s scan job runs: the scan commits, the sends wait in the outbox, each goes once', async () => {
    const asOf = '2023-02-11'; // the day after the due date: an OVERDUE reminder for each measure
    const before = sink.received.length;
    // Hold the scan inside its transaction: an uncommitted row of the same day in reminder_scans makes the
    // scan's INSERT … ON CONFLICT wait for this transaction, so Redis can be stopped while the job is active.
    const blocker = new Client({ connectionString: dbUrl(t.db.name) });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`INSERT INTO reminder_scans (as_of, created) VALUES ($1, 0)`, [asOf]);
    try {
      await worker.get(JobQueue).enqueue(JobName.ReminderScan, { asOf });
      await until('the scan job waiting inside its transaction', async () => {
        const [{ n }] = await t.db.ownerQuery<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO reminder_scans%'`,
        );
        return n === 1;
      });
      await redis.stop();
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    const stoppedAt = Date.now();
    // The scan goes on without Redis: its rows commit PENDING; enqueueing their sends fails, and so does
    // telling Redis the job is done (Redis will come back without it: the job runs once).
    const overdue = async () =>
      (
        await t.db.ownerQuery<{ status: string; n: number }>(
          `SELECT status::text, count(*)::int AS n FROM notifications WHERE payload->>'asOf' = $1 GROUP BY status`,
          [asOf],
        )
      ).reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: r.n }), {});
    await until('the scan’s rows committed', async () => (await overdue()).PENDING === total);
    const [scanDay] = await t.db.ownerQuery<{ created: number }>(
      `SELECT created FROM reminder_scans WHERE as_of = $1`,
      [asOf],
    );
    expect(scanDay.created).toBe(total);
    await new Promise((r) => setTimeout(r, 300)); // still down: nothing can be sent
    expect(sink.received.length).toBe(before);

    await redis.restart(0);
    const restartedAt = Date.now();
    await until('every overdue reminder sent', async () => (await overdue()).SENT === total, 60_000);
    const recoveredMs = Date.now() - restartedAt;
    await new Promise((r) => setTimeout(r, 500));
    const counts = sink.countsByNotification();
    expect(sink.received.length - before).toBe(total);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    // Not scanned twice: the day's record still counts each reminder once.
    expect(
      (
        await t.db.ownerQuery<{ created: number }>(`SELECT created FROM reminder_scans WHERE as_of = $1`, [
          asOf,
        ])
      )[0].created,
    ).toBe(total);
    recordFaultFigures('Redis lost during the worker’s scan job', {
      reminders: total,
      'Redis down, s': (restartedAt - stoppedAt) / 1000,
      'PENDING while down': total,
      'sent exactly once': sink.received.length - before,
      duplicates: duplicatesIn(sink),
      'all sent, s after Redis is back': recoveredMs / 1000,
    });
  });
});
