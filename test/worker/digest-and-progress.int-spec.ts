import { INestApplicationContext } from '@nestjs/common';
import { JobName, JobQueue, QueueName } from '@prongsai/jobs';
import { comingMonday, supervisorDigestKey } from '@prongsai/reminders';
import { bangkokToday, fiscalYearOf } from '@prongsai/thai';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { SmtpSink } from '../setup/smtp-sink';
import { leadEmail, SUPERVISOR_14, TestApp } from '../setup/test-app';
import { FAST_JOBS_ENV, insertMeasures, isolatedQueueEnv, until } from './reminder-fixtures';

async function insertProgress(t: TestApp, orgId: string, score: number, overdueMeasures = 0) {
  const passing = score >= 85;
  await t.db.ownerQuery(
    `INSERT INTO organization_progress (organization_id, fiscal_year, estimated_score, grade, passing, gap_to_pass,
       pass_threshold, tool_scores, indicators, measures_overdue, computed_at)
     VALUES ($1, 2566, $2, NULL, $3, $4, 85, '[]', '[]', $5, now())`,
    [orgId, score, passing, passing ? 0 : 85 - score, overdueMeasures],
  );
}

describe('weekly supervisor digest and progress recompute jobs', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let jobs: JobQueue;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.create({
      ...isolatedQueueEnv(),
      ...FAST_JOBS_ENV,
      PROGRESS_DEBOUNCE_MS: '800',
      SMTP_URL: sink.url,
    });
    worker = await createWorkerApp(t.config);
    jobs = worker.get(JobQueue);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
  });

  it('lists the LAOs to follow up, worst first, once per supervisor and week', async () => {
    const far = await t.orgId('4140602');
    const near = await t.orgId('4140801');
    const late = await t.orgId('4141101');
    await insertProgress(t, far, 70.25);
    await insertProgress(t, near, 84.5);
    await insertProgress(t, late, 91);
    await insertMeasures(t, [
      { organizationId: late, title: 'มาตรการที่เลยกำหนด 1', dueDate: '2023-02-01' },
      { organizationId: late, title: 'มาตรการที่เลยกำหนด 2', dueDate: '2023-02-12' },
      { organizationId: late, title: 'มาตรการที่ยังไม่ถึงกำหนด', dueDate: '2023-02-13' },
    ]);
    const names = Object.fromEntries(
      (
        await t.db.ownerQuery<{ id: string; name_th: string }>(
          `SELECT id, name_th FROM organizations WHERE id = ANY($1)`,
          [[far, near, late]],
        )
      ).map((r) => [r.id, r.name_th]),
    );

    await jobs.enqueue(JobName.SupervisorDigest, { asOf: '2023-02-13' });
    await sink.waitForCount(1);
    const [digest] = sink.received;
    expect(digest.envelopeTo).toEqual([SUPERVISOR_14]);
    expect(digest.subject).toBe(
      '[Prongsai] สรุปประจำสัปดาห์ จังหวัดพระนครศรีอยุธยา ปีงบประมาณ 2566: ควรติดตาม 3 หน่วยงาน',
    );
    expect(digest.text).toContain('ข้อมูล ณ วันที่ 13 ก.พ. 2566');
    const order = [far, near, late].map((id) => digest.text.indexOf(names[id]));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(digest.text).toMatch(/70\.25\s+14\.75\s+0/);
    expect(digest.text).toMatch(/91\.00\s+ผ่าน\s+2/);
    expect(digest.text).toContain(`http://prongsai.test/organizations/${far}`);

    // The same week again (a retry, a second run on Tuesday) sends nothing.
    await jobs.enqueue(JobName.SupervisorDigest, { asOf: '2023-02-14' });
    await until(
      'the second run',
      async () => (await jobs.queue(QueueName.Reminders).getCompletedCount()) >= 2,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.received).toHaveLength(1);
  });

  it('the digest page’s preview is the very email the coming Monday’s digest sends', async () => {
    const monday = comingMonday(bangkokToday());
    const fy = fiscalYearOf(monday);
    const org = await t.orgId('4140602');
    await t.db.ownerQuery(
      `INSERT INTO organization_progress (organization_id, fiscal_year, estimated_score, grade, passing, gap_to_pass,
         pass_threshold, tool_scores, indicators, measures_overdue, computed_at)
       VALUES ($1, $2, 72.5, 'C', false, 12.5, 85, '[]', '[]', 0, now())`,
      [org, fy],
    );
    const preview = await t.gql<{ supervisorDigestPreview: { asOf: string; subject: string; text: string } }>(
      `{ supervisorDigestPreview(provinceCode: "14") { asOf subject text } }`,
      {},
      await t.token(SUPERVISOR_14),
    );
    expect(preview.errors).toBeUndefined();
    const shown = preview.data!.supervisorDigestPreview;
    expect(shown.asOf).toBe(monday);
    expect(shown.text).toContain('72.50');

    const before = sink.received.length;
    await jobs.enqueue(JobName.SupervisorDigest, { asOf: monday });
    await sink.waitForCount(before + 1);
    const sent = sink.received[before];
    expect(sent.subject).toBe(shown.subject);
    // The sink's text is the message body as delivered (line endings normalised by SMTP).
    expect(sent.text.replace(/\r\n/g, '\n').trim()).toBe(shown.text.replace(/\r\n/g, '\n').trim());
  });

  it('a digest whose recipient no longer supervises the province is SKIPPED, not sent', async () => {
    const [{ id: userId }] = await t.db.ownerQuery<{ id: string }>(
      `INSERT INTO users (email, display_name, password_hash) VALUES ('former.supervisor@prongsai.example', 'อดีตผู้กำกับ', 'x')
       RETURNING id`,
    );
    await t.db.ownerQuery(
      `INSERT INTO memberships (user_id, role, province_code) VALUES ($1, 'PROVINCE_SUPERVISOR', '14')`,
      [userId],
    );
    // Written without a send job, so only the outbox sweep (after OUTBOX_SWEEP_INTERVAL_MS) sends it: by
    // then the supervisor has moved on.
    const [{ id }] = await t.db.ownerQuery<{ id: string }>(
      `INSERT INTO notifications (kind, idempotency_key, recipient_user_id, province_code, payload)
       VALUES ('SUPERVISOR_DIGEST', $2, $1, '14', '{"weekStart": "2023-02-20", "asOf": "2023-02-20"}')
       RETURNING id`,
      [userId, supervisorDigestKey('14', '2023-02-20', userId)],
    );
    await t.db.ownerQuery(`DELETE FROM memberships WHERE user_id = $1`, [userId]);
    await until('the sweep delivers it', async () => {
      const [row] = await t.db.ownerQuery<{ status: string }>(
        `SELECT status::text FROM notifications WHERE id = $1`,
        [id],
      );
      return row.status !== 'PENDING';
    });
    const [row] = await t.db.ownerQuery(`SELECT status::text, skip_reason FROM notifications WHERE id = $1`, [
      id,
    ]);
    expect(row).toEqual({ status: 'SKIPPED', skip_reason: 'recipient no longer responsible' });
    expect(sink.received.map((m) => m.envelopeTo[0])).not.toContain('former.supervisor@prongsai.example');
  });

  it('a mutation queues one debounced recompute; repeated requests fold into it', async () => {
    const orgId = await t.orgId('3140102');
    const res = await t.gql(
      `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`,
      {
        input: {
          organizationId: orgId,
          fiscalYear: 2566,
          title: 'เผยแพร่ข้อมูลข่าวสารบนเว็บไซต์',
          steps: ['จัดทำข้อมูล'],
          responsible: 'งานประชาสัมพันธ์',
          dueDate: '2023-03-31',
          indicatorCodes: ['9'],
        },
      },
      await t.token(leadEmail('3140102')),
    );
    expect(res.errors).toBeUndefined();
    for (let i = 0; i < 5; i++)
      await jobs.enqueue(JobName.RecomputeProgress, { organizationId: orgId, fiscalYear: 2566 });
    const delayed = await jobs.queue(QueueName.Progress).getDelayed();
    expect(delayed.filter((j) => j.data.organizationId === orgId)).toHaveLength(1);
    const [{ computed_at: before }] = await t.db.ownerQuery<{ computed_at: Date }>(
      `SELECT computed_at FROM organization_progress WHERE organization_id = $1 AND fiscal_year = 2566`,
      [orgId],
    );
    await until('the recompute', async () => {
      const [row] = await t.db.ownerQuery<{ computed_at: Date; measures_total: number }>(
        `SELECT computed_at, measures_total FROM organization_progress WHERE organization_id = $1 AND fiscal_year = 2566`,
        [orgId],
      );
      return row.computed_at > before && row.measures_total === 1;
    });
  });

  it('the nightly job recomputes every organization of the year', async () => {
    await jobs.enqueue(JobName.RecomputeAllProgress, { fiscalYear: 2566 });
    await until('every organization', async () => {
      const [{ n }] = await t.db.ownerQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM organization_progress WHERE fiscal_year = 2566 AND computed_at > now() - interval '20 seconds'`,
      );
      return n === 158;
    });
  });
});
