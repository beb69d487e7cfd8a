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
import { ADMIN, leadEmail, mintAccessToken, TestApp } from '../setup/test-app';
import {
  FAST_JOBS_ENV,
  insertMeasures,
  insertMember,
  isolatedQueueEnv,
  outboxCounts,
} from './reminder-fixtures';

const ORG = '5140201'; // any LAO of the province: each has a demo ITA lead
const TITLE = 'ประกาศเจตนารมณ์การป้องกันการทุจริต';
const STEPS = ['ประชุมชี้แจงบุคลากรทุกกอง', 'ผู้บริหารลงนามประกาศ', 'เผยแพร่บนเว็บไซต์'];

/** Steps with a due date of their own get reminders like measures, with their own outbox key. */
describe('step reminders', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let admin: string;
  let lead: string;
  let member: string;
  let measureId: string;
  let stepIds: string[];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.create({ ...isolatedQueueEnv(), ...FAST_JOBS_ENV, SMTP_URL: sink.url });
    worker = await createWorkerApp(t.config);
    admin = await t.token(ADMIN);
    lead = await t.token(leadEmail(ORG));
    const orgId = await t.orgId(ORG);
    const created = await t.gql(
      `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id steps { id } } }`,
      {
        input: {
          organizationId: orgId,
          fiscalYear: 2566,
          title: TITLE,
          steps: STEPS,
          responsible: 'สำนักปลัด',
          dueDate: '2023-03-31',
          indicatorCodes: ['4'],
        },
      },
      lead,
    );
    measureId = created.data!.createMeasure.id;
    stepIds = created.data!.createMeasure.steps.map((s: { id: string }) => s.id);
    const memberId = await insertMember(t, `clerk.${ORG}@prongsai.example`, 'นายขยัน ทำงาน', {
      role: 'ORG_MEMBER',
      organizationId: orgId,
    });
    member = await mintAccessToken(t, memberId);
    const assign = await t.gql(
      `mutation($m: ID!, $u: ID!) { assignMeasure(measureId: $m, userId: $u) { id } }`,
      { m: measureId, u: memberId },
      lead,
    );
    expect(assign.errors).toBeUndefined();
    // Step 1 due 10 Feb, step 2 on the measure's own date, step 3 without a date.
    for (const [i, dueDate] of [
      [0, '2023-02-10'],
      [1, '2023-03-31'],
    ] as const) {
      const res = await t.gql(
        `mutation($id: ID!, $d: Date) { updateMeasureStep(id: $id, input: { dueDate: $d }) { id } }`,
        { id: stepIds[i], d: dueDate },
        lead,
      );
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
  });

  const scan = async (asOf: string) =>
    (
      await t.gql<{ runReminderScan: number }>(
        `mutation($a: Date!) { runReminderScan(asOf: $a) }`,
        { a: asOf },
        admin,
      )
    ).data!.runReminderScan;
  const about = () => sink.received.filter((m) => m.text.includes(`/measures/${measureId}`));

  it("7 days before a step's date: a step reminder to the lead and the assignee, naming the step", async () => {
    expect(await scan('2023-02-03')).toBe(2);
    await sink.waitForCount(2);
    expect(
      about()
        .map((m) => m.envelopeTo[0])
        .sort(),
    ).toEqual([`clerk.${ORG}@prongsai.example`, leadEmail(ORG)].sort());
    for (const m of about()) {
      expect(m.subject).toBe(`[Prongsai] ขั้นตอนใกล้ครบกำหนด: ${STEPS[0]} (ครบกำหนด 10 ก.พ. 2566)`);
      expect(m.text).toContain('ขั้นตอนของมาตรการต่อไปนี้ใกล้ครบกำหนดแล้ว');
      expect(m.text).toContain(`มาตรการ: ${TITLE}\nขั้นตอนที่ 1: ${STEPS[0]}\nกำหนดแล้วเสร็จ: 10 ก.พ. 2566`);
      expect(m.text).toContain('สถานะ: เหลืออีก 7 วัน (ข้อมูล ณ วันที่ 3 ก.พ. 2566)');
    }
    expect(await scan('2023-02-03')).toBe(0);
  });

  it('a step marked done gets no more reminders', async () => {
    const res = await t.gql(
      `mutation($id: ID!) { updateMeasureStep(id: $id, input: { done: true }) { id } }`,
      { id: stepIds[0] },
      member,
    );
    expect(res.errors).toBeUndefined();
    expect(await scan('2023-02-11')).toBe(0);
  });

  it("a step due on the measure's own date has reminders of its own beside the measure's", async () => {
    expect(await scan('2023-03-24')).toBe(4);
    await sink.waitForCount(6);
    const latest = about().slice(-4);
    expect(latest.map((m) => `${m.envelopeTo[0]} ${m.subject}`).sort()).toEqual(
      [
        `clerk.${ORG}@prongsai.example [Prongsai] ขั้นตอนใกล้ครบกำหนด: ${STEPS[1]} (ครบกำหนด 31 มี.ค. 2566)`,
        `clerk.${ORG}@prongsai.example [Prongsai] มาตรการใกล้ครบกำหนด: ${TITLE} (ครบกำหนด 31 มี.ค. 2566)`,
        `${leadEmail(ORG)} [Prongsai] ขั้นตอนใกล้ครบกำหนด: ${STEPS[1]} (ครบกำหนด 31 มี.ค. 2566)`,
        `${leadEmail(ORG)} [Prongsai] มาตรการใกล้ครบกำหนด: ${TITLE} (ครบกำหนด 31 มี.ค. 2566)`,
      ].sort(),
    );
    const rows = await t.db.ownerQuery<{ step_id: string | null; n: number }>(
      `SELECT payload->>'stepId' AS step_id, count(*)::int AS n FROM notifications
       WHERE payload->>'measureId' = $1 AND payload->>'remindOn' = '2023-03-24'
       GROUP BY 1 ORDER BY 1 NULLS FIRST`,
      [measureId],
    );
    expect(rows).toEqual([
      { step_id: null, n: 2 },
      { step_id: stepIds[1], n: 2 },
    ]);
    expect(await outboxCounts(t)).toEqual({ SENT: 6 });
  });

  it('completing the measure silences its steps too', async () => {
    const res = await t.gql(
      `mutation($id: ID!) { completeMeasure(id: $id, result: "ดำเนินการแล้วเสร็จ") { id } }`,
      { id: measureId },
      lead,
    );
    expect(res.errors).toBeUndefined();
    expect(await scan('2023-04-01')).toBe(0);
  });

  it("the scan's SQL gives steps the same kind and occurrence as reminderOccurrence, day by day", async () => {
    const orgId = await t.orgId(ORG);
    const asOf = '2023-05-15';
    const [id] = await insertMeasures(t, [
      { organizationId: orgId, title: 'มาตรการหลายขั้นตอน', dueDate: '2023-09-30' },
    ]);
    const dueDates = Array.from({ length: 40 }, (_, i) => addDays(asOf, i - 30));
    const steps = await t.db.ownerQuery<{ id: string; due_date: string }>(
      `INSERT INTO measure_steps (measure_id, organization_id, position, description, due_date)
       SELECT $1, $2, i, 'ขั้นตอน ' || i, d::date FROM unnest($3::text[]) WITH ORDINALITY AS x(d, i)
       RETURNING id, due_date::text`,
      [id, orgId, dueDates],
    );
    await scan(asOf);
    const rows = await t.db.ownerQuery<{ step_id: string; kind: string; remind_on: string }>(
      `SELECT DISTINCT payload->>'stepId' AS step_id, kind, payload->>'remindOn' AS remind_on FROM notifications
       WHERE payload->>'measureId' = $1`,
      [id],
    );
    const byStep = new Map(rows.map((r) => [r.step_id, { kind: r.kind, remindOn: r.remind_on }]));
    expect(steps.map((s) => [s.due_date, byStep.get(s.id) ?? null])).toEqual(
      steps.map((s) => [s.due_date, reminderOccurrence(asOf, s.due_date)]),
    );
    expect(rows.filter((r) => r.step_id === null)).toEqual([]);

    // The scan builds the idempotency key in SQL; it is the key measureReminderKey builds, for every row.
    const keyed = await t.db.ownerQuery<{
      idempotency_key: string;
      kind: ReminderNotificationKind;
      payload: MeasureReminderPayload;
      recipient_user_id: string;
    }>(
      `SELECT idempotency_key, kind, payload, recipient_user_id FROM notifications WHERE payload->>'measureId' = $1`,
      [id],
    );
    expect(keyed.length).toBeGreaterThan(20);
    for (const r of keyed) {
      expect(r.idempotency_key).toBe(measureReminderKey(r.kind, r.payload, r.recipient_user_id));
    }
  });
});
