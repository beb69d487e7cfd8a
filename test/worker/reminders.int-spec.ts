import { INestApplicationContext } from '@nestjs/common';
import {
  MeasureReminderPayload,
  measureReminderKey,
  ReminderNotificationKind,
  reminderOccurrence,
} from '@prongsai/reminders';
import { addDays } from '@prongsai/thai';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { SmtpSink } from '../setup/smtp-sink';
import { ADMIN, leadEmail, mintAccessToken, TestApp, userId } from '../setup/test-app';
import {
  FAST_JOBS_ENV,
  insertMeasures,
  insertMember,
  isolatedQueueEnv,
  outboxCounts,
  until,
} from './reminder-fixtures';

const ORG = '3140102'; // เทศบาลนครพระนครศรีอยุธยา
const OTHER_ORG = '4140103'; // เทศบาลเมืองอโยธยา
const SCAN = `mutation($asOf: Date!) { runReminderScan(asOf: $asOf) }`;

describe('deadline reminders: scan, outbox, worker, a real SMTP server', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let admin: string;
  let measureId: string;
  let secondLead: string;
  let staff: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.create({ ...isolatedQueueEnv(), ...FAST_JOBS_ENV, SMTP_URL: sink.url });
    worker = await createWorkerApp(t.config);
    admin = await t.token(ADMIN);
    const orgId = await t.orgId(ORG);
    [measureId] = await insertMeasures(t, [
      { organizationId: orgId, title: 'จัดทำแผนปฏิบัติการป้องกันการทุจริต', dueDate: '2023-02-10' },
      { organizationId: orgId, title: 'มาตรการที่ทำเสร็จแล้ว', dueDate: '2023-02-10', status: 'COMPLETED' },
      { organizationId: orgId, title: 'มาตรการที่ยกเลิก', dueDate: '2023-02-10', status: 'CANCELLED' },
      { organizationId: orgId, title: 'มาตรการที่ยังไม่ใกล้กำหนด', dueDate: '2023-03-31' },
    ]);
    secondLead = await insertMember(t, 'deputy.3140102@prongsai.example', 'นางสาวสมหญิง ใจดี', {
      role: 'ORG_LEAD',
      organizationId: orgId,
    });
    staff = await insertMember(t, 'staff.3140102@prongsai.example', 'นายสมชาย ทำงาน', {
      role: 'ORG_MEMBER',
      organizationId: orgId,
    });
    await insertMember(t, 'clerk.3140102@prongsai.example', 'นางสาวสมศรี ไม่เกี่ยว', {
      role: 'ORG_MEMBER',
      organizationId: orgId,
    });
    // The lead assigns the measure to a member: the member hears its reminders too (the clerk does not).
    const assigned = await t.gql(
      `mutation($m: ID!, $u: ID!) { assignMeasure(measureId: $m, userId: $u) { assignees { userId } } }`,
      { m: measureId, u: staff },
      await t.token(leadEmail(ORG)),
    );
    expect(assigned.errors).toBeUndefined();
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
  });

  const scan = async (asOf: string, token = admin) =>
    t.gql<{ runReminderScan: number }>(SCAN, { asOf }, token);

  /** Messages about the main measure, by recipient, in arrival order. */
  const received = () => sink.received.filter((m) => m.text.includes(`/measures/${measureId}`));

  it('7 days before: a DUE_IN_7_DAYS reminder to each ITA lead and the assignee, in Thai', async () => {
    const res = await scan('2023-02-03');
    expect(res.errors).toBeUndefined();
    expect(res.data!.runReminderScan).toBe(3);
    await sink.waitForCount(3);

    expect(
      received()
        .map((m) => m.envelopeTo[0])
        .sort(),
    ).toEqual(['deputy.3140102@prongsai.example', leadEmail(ORG), 'staff.3140102@prongsai.example'].sort());
    for (const m of received()) {
      expect(m.subject).toBe(
        '[Prongsai] มาตรการใกล้ครบกำหนด: จัดทำแผนปฏิบัติการป้องกันการทุจริต (ครบกำหนด 10 ก.พ. 2566)',
      );
      expect(m.text).toContain('หน่วยงาน: เทศบาลนครพระนครศรีอยุธยา');
      expect(m.text).toContain('มาตรการ: จัดทำแผนปฏิบัติการป้องกันการทุจริต');
      expect(m.text).toContain('กำหนดแล้วเสร็จ: 10 ก.พ. 2566');
      expect(m.text).toContain('สถานะ: เหลืออีก 7 วัน (ข้อมูล ณ วันที่ 3 ก.พ. 2566)');
      expect(m.text).toContain(`http://prongsai.test/measures/${measureId}`);
      expect(m.html).toContain('10 ก.พ. 2566');
      expect(m.html).toContain(`href="http://prongsai.test/measures/${measureId}"`);
      expect(m.messageId).toBe(`<${m.notificationId}@prongsai.example>`);
    }
    const deputy = received().find((m) => m.envelopeTo[0].startsWith('deputy.'))!;
    expect(deputy.text).toMatch(/^เรียน นางสาวสมหญิง ใจดี\n/);
    const assignee = received().find((m) => m.envelopeTo[0].startsWith('staff.'))!;
    expect(assignee.text).toMatch(/^เรียน นายสมชาย ทำงาน\n/);
  });

  it('scanning the same day again creates and sends nothing', async () => {
    expect((await scan('2023-02-03')).data!.runReminderScan).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(received()).toHaveLength(3);
  });

  it('a user can switch a kind off; the day before, the others hear "due tomorrow"', async () => {
    const token = await mintAccessToken(t, secondLead);
    const res = await t.gql(
      `mutation($p: [EmailPreferenceInput!]!) { updateEmailPreferences(preferences: $p) { kind enabled } }`,
      { p: [{ kind: 'DUE_TOMORROW', enabled: false }] },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateEmailPreferences).toEqual([
      { kind: 'DUE_IN_7_DAYS', enabled: true },
      { kind: 'DUE_TOMORROW', enabled: false },
      { kind: 'OVERDUE', enabled: true },
      { kind: 'SUPERVISOR_DIGEST', enabled: true },
    ]);

    expect((await scan('2023-02-09')).data!.runReminderScan).toBe(2);
    await sink.waitForCount(5);
    const latest = received().slice(-2);
    expect(latest.map((m) => m.envelopeTo[0]).sort()).toEqual(
      [leadEmail(ORG), 'staff.3140102@prongsai.example'].sort(),
    );
    for (const m of latest) {
      expect(m.subject).toBe(
        '[Prongsai] มาตรการครบกำหนดพรุ่งนี้: จัดทำแผนปฏิบัติการป้องกันการทุจริต (ครบกำหนด 10 ก.พ. 2566)',
      );
      expect(m.text).toContain('สถานะ: ครบกำหนดพรุ่งนี้ (ข้อมูล ณ วันที่ 9 ก.พ. 2566)');
    }
    expect((await scan('2023-02-09')).data!.runReminderScan).toBe(0);
  });

  it('the day after: an OVERDUE reminder to both leads and the assignee, once', async () => {
    expect((await scan('2023-02-11')).data!.runReminderScan).toBe(3);
    await sink.waitForCount(8);
    const overdue = received().slice(-3);
    expect(overdue.map((m) => m.envelopeTo[0]).sort()).toEqual(
      ['deputy.3140102@prongsai.example', leadEmail(ORG), 'staff.3140102@prongsai.example'].sort(),
    );
    for (const m of overdue) {
      expect(m.subject).toBe(
        '[Prongsai] มาตรการเกินกำหนด: จัดทำแผนปฏิบัติการป้องกันการทุจริต (ครบกำหนด 10 ก.พ. 2566)',
      );
      expect(m.text).toContain('กำหนดแล้วเสร็จ: 10 ก.พ. 2566');
      expect(m.text).toContain('สถานะ: เกินกำหนดมาแล้ว 1 วัน (ข้อมูล ณ วันที่ 11 ก.พ. 2566)');
    }
    expect((await scan('2023-02-11')).data!.runReminderScan).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    // Nobody else heard anything: not a member who is not assigned, not the other organization, not about
    // closed measures.
    expect(sink.received.flatMap((m) => m.envelopeTo)).not.toContain('clerk.3140102@prongsai.example');
    expect(sink.received.flatMap((m) => m.envelopeTo)).not.toContain(leadEmail(OTHER_ORG));
    expect(sink.received).toHaveLength(8);
    expect(await outboxCounts(t)).toEqual({ SENT: 8 });
    const rows = await t.db.ownerQuery<{ smtp_response: string; attempts: number }>(
      `SELECT smtp_response, attempts FROM notifications`,
    );
    for (const r of rows)
      expect(r).toMatchObject({ smtp_response: expect.stringMatching(/^250 /), attempts: 1 });
  });

  it('an assignee who leaves the organization hears nothing more; the leads still do', async () => {
    // A week later the overdue reminder repeats; by then the assignee's membership is gone.
    await t.db.ownerQuery(`DELETE FROM memberships WHERE user_id = $1`, [staff]);
    expect((await scan('2023-02-18')).data!.runReminderScan).toBe(2);
    await sink.waitForCount(10);
    expect(
      received()
        .slice(-2)
        .map((m) => m.envelopeTo[0])
        .sort(),
    ).toEqual(['deputy.3140102@prongsai.example', leadEmail(ORG)].sort());
    expect(received().slice(-2)[0].text).toContain('สถานะ: เกินกำหนดมาแล้ว 8 วัน');
  });

  it('a reminder queued for an assignee who is then unassigned is skipped, not sent', async () => {
    const orgId = await t.orgId(ORG);
    const member = await insertMember(t, 'helper.3140102@prongsai.example', 'นายช่วย งาน', {
      role: 'ORG_MEMBER',
      organizationId: orgId,
    });
    const [laterId] = await insertMeasures(t, [
      { organizationId: orgId, title: 'มาตรการที่มอบหมายแล้วถอนออก', dueDate: '2023-06-30' },
    ]);
    const lead = await t.token(leadEmail(ORG));
    const assign = (name: string) =>
      t.gql(
        `mutation($m: ID!, $u: ID!) { ${name}(measureId: $m, userId: $u) { id } }`,
        { m: laterId, u: member },
        lead,
      );
    expect((await assign('assignMeasure')).errors).toBeUndefined();
    // Rows are created while the worker is paused, so the unassignment lands before the send.
    await worker.close();
    // (The scan also repeats the overdue reminders of the earlier measures; only the new one matters here.)
    expect((await scan('2023-06-23')).data!.runReminderScan).toBeGreaterThanOrEqual(3);
    expect((await assign('unassignMeasure')).errors).toBeUndefined();
    worker = await createWorkerApp(t.config);
    await until('the three rows are handled', async () => {
      const rows = await t.db.ownerQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM notifications WHERE payload->>'measureId' = $1 AND status <> 'PENDING'`,
        [laterId],
      );
      return rows[0].n === 3;
    });
    const rows = await t.db.ownerQuery<{ email: string; status: string; skip_reason: string | null }>(
      `SELECT u.email, n.status::text, n.skip_reason FROM notifications n JOIN users u ON u.id = n.recipient_user_id
       WHERE n.payload->>'measureId' = $1 ORDER BY u.email`,
      [laterId],
    );
    expect(rows).toEqual([
      { email: 'deputy.3140102@prongsai.example', status: 'SENT', skip_reason: null },
      {
        email: 'helper.3140102@prongsai.example',
        status: 'SKIPPED',
        skip_reason: 'recipient no longer responsible',
      },
      { email: leadEmail(ORG), status: 'SENT', skip_reason: null },
    ]);
  });

  it('a lead who is also assigned gets one reminder, not two', async () => {
    const orgId = await t.orgId(ORG);
    const [id] = await insertMeasures(t, [
      { organizationId: orgId, title: 'มาตรการที่ผู้รับผิดชอบ ITA ดูแลเอง', dueDate: '2023-07-31' },
    ]);
    const lead = await t.token(leadEmail(ORG));
    const res = await t.gql(
      `mutation($m: ID!, $u: ID!) { assignMeasure(measureId: $m, userId: $u) { id } }`,
      { m: id, u: await userId(t, leadEmail(ORG)) },
      lead,
    );
    expect(res.errors).toBeUndefined();
    await scan('2023-07-24');
    const rows = await t.db.ownerQuery<{ email: string }>(
      `SELECT u.email FROM notifications n JOIN users u ON u.id = n.recipient_user_id
       WHERE n.payload->>'measureId' = $1 ORDER BY u.email`,
      [id],
    );
    expect(rows.map((r) => r.email)).toEqual(['deputy.3140102@prongsai.example', leadEmail(ORG)].sort());
  });

  it('runReminderScan is for ADMIN only', async () => {
    const res = await scan('2023-02-11', await t.token(leadEmail(ORG)));
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noDate = await scan('2023-02-30');
    expect(noDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("the scan's SQL picks the same kind and occurrence as reminderOccurrence, day by day", async () => {
    const otherId = await t.orgId(OTHER_ORG);
    const asOf = '2023-05-15';
    const dueDates = Array.from({ length: 40 }, (_, i) => addDays(asOf, i - 30));
    const ids = await insertMeasures(
      t,
      dueDates.map((dueDate) => ({ organizationId: otherId, title: `วันครบกำหนด ${dueDate}`, dueDate })),
    );
    await scan(asOf);
    const rows = await t.db.ownerQuery<{ measure_id: string; kind: string; remind_on: string }>(
      `SELECT payload->>'measureId' AS measure_id, kind, payload->>'remindOn' AS remind_on FROM notifications WHERE organization_id = $1`,
      [otherId],
    );
    const byMeasure = new Map(rows.map((r) => [r.measure_id, { kind: r.kind, remindOn: r.remind_on }]));
    expect(dueDates.map((due, i) => [due, byMeasure.get(ids[i]) ?? null])).toEqual(
      dueDates.map((due) => [due, reminderOccurrence(asOf, due)]),
    );
    expect(rows.every((r) => r.measure_id)).toBe(true);
    const keyed = await t.db.ownerQuery<{
      idempotency_key: string;
      kind: ReminderNotificationKind;
      payload: MeasureReminderPayload;
      recipient_user_id: string;
    }>(
      `SELECT idempotency_key, kind, payload, recipient_user_id FROM notifications WHERE organization_id = $1`,
      [otherId],
    );
    expect(keyed.length).toBe(rows.length);
    for (const r of keyed) {
      expect(r.idempotency_key).toBe(measureReminderKey(r.kind, r.payload, r.recipient_user_id));
      expect(r.payload.asOf).toBe(asOf);
    }
    await userId(t, leadEmail(OTHER_ORG));
  });
});
