import { ALL_QUEUES, JOB_SCHEDULES, JobName, JobQueue, QueueName } from '@prongsai/jobs';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { TestDatabase } from '../setup/test-database';
import { testConfig } from '../setup/test-env';
import { isolatedQueueEnv } from './reminder-fixtures';

describe('job schedules', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await TestDatabase.create();
  });
  afterAll(() => db?.drop());

  it('exist exactly once after two worker starts (one after the other, then two at once)', async () => {
    const config = testConfig(db.name, isolatedQueueEnv());
    const first = await createWorkerApp(config);
    await first.close();
    const [second, third] = await Promise.all([createWorkerApp(config), createWorkerApp(config)]);
    try {
      const jobs = second.get(JobQueue);
      const schedulers = (
        await Promise.all(
          ALL_QUEUES.map(async (queue) =>
            (await jobs.queue(queue).getJobSchedulers()).map((s) => ({ queue, ...s })),
          ),
        )
      ).flat();
      expect(schedulers.map((s) => s.key).sort()).toEqual(JOB_SCHEDULES.map((s) => s.id).sort());
      const byKey = Object.fromEntries(schedulers.map((s) => [s.key, s]));
      expect(byKey['daily-reminder-scan']).toMatchObject({
        queue: QueueName.Reminders,
        name: JobName.ReminderScan,
        pattern: '0 8 * * *',
        tz: 'Asia/Bangkok',
      });
      expect(byKey['weekly-supervisor-digest']).toMatchObject({
        queue: QueueName.Reminders,
        name: JobName.SupervisorDigest,
        pattern: '0 8 * * 1',
        tz: 'Asia/Bangkok',
      });
      expect(byKey['nightly-progress-recompute']).toMatchObject({
        queue: QueueName.Progress,
        name: JobName.RecomputeAllProgress,
        tz: 'Asia/Bangkok',
      });
      // One pending run per scheduler, at 08:00 in Bangkok (01:00 UTC) for the daily scan.
      const delayed = (await Promise.all(ALL_QUEUES.map((q) => jobs.queue(q).getDelayed()))).flat();
      expect(delayed).toHaveLength(JOB_SCHEDULES.length);
      const next = new Date(Number(byKey['daily-reminder-scan'].next));
      expect([next.getUTCHours(), next.getUTCMinutes()]).toEqual([1, 0]);
    } finally {
      await Promise.all([second.close(), third.close()]);
    }
  });
});
