import { INestApplicationContext } from '@nestjs/common';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { SmtpSink } from '../setup/smtp-sink';
import { ADMIN, leadEmail, TestApp } from '../setup/test-app';
import { FAST_JOBS_ENV, insertMeasures, isolatedQueueEnv, outboxCounts, until } from './reminder-fixtures';

const ORG = '2140101'; // องค์การบริหารส่วนจังหวัดพระนครศรีอยุธยา
const FAILED = `{ failedNotifications { id kind recipientEmail attempts lastError } }`;
const RETRY = `mutation($id: ID!) { retryFailedNotification(id: $id) }`;

/** ADMIN sends a failed email again once the address or the mail server is fixed. */
describe('retrying a failed notification', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let admin: string;
  let measureId: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.create({ ...isolatedQueueEnv(), ...FAST_JOBS_ENV, SMTP_URL: sink.url });
    worker = await createWorkerApp(t.config);
    admin = await t.token(ADMIN);
    [measureId] = await insertMeasures(t, [
      { organizationId: await t.orgId(ORG), title: 'เผยแพร่แผนการจัดซื้อจัดจ้างประจำปี', dueDate: '2023-02-10' },
    ]);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
  });

  it('a mailbox refusing for good leaves the reminder FAILED; after the fix, a retry delivers it once', async () => {
    sink.refuse = (stage) => (stage === 'RCPT' ? { code: 550, message: '5.1.1 mailbox unavailable' } : null);
    const scan = await t.gql(`mutation { runReminderScan(asOf: "2023-02-03") }`, {}, admin);
    expect(scan.data?.runReminderScan).toBe(1);
    await until('the reminder fails for good', async () => (await outboxCounts(t)).FAILED === 1);

    const [failed] = (await t.gql(FAILED, {}, admin)).data!.failedNotifications;
    expect(failed).toMatchObject({
      kind: 'DUE_IN_7_DAYS',
      recipientEmail: leadEmail(ORG),
      attempts: 1,
      lastError: expect.stringContaining('550'),
    });
    expect(sink.received).toHaveLength(0);

    sink.refuse = null;
    const retried = await t.gql(RETRY, { id: failed.id }, admin);
    expect(retried).toEqual({ data: { retryFailedNotification: true } });
    await sink.waitForCount(1);
    await until('the row is SENT', async () => (await outboxCounts(t)).SENT === 1);
    expect(sink.received[0].envelopeTo).toEqual([leadEmail(ORG)]);
    expect(sink.received[0].text).toContain(`/measures/${measureId}`);
    expect(sink.received[0].messageId).toBe(`<${failed.id}@prongsai.example>`);
    expect((await t.gql(FAILED, {}, admin)).data!.failedNotifications).toEqual([]);
    const [row] = await t.db.ownerQuery<{ attempts: number; failed_at: Date | null }>(
      `SELECT attempts, failed_at FROM notifications WHERE id = $1`,
      [failed.id],
    );
    expect(row).toEqual({ attempts: 2, failed_at: null });
    const audit = await t.db.ownerQuery<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_id = $1`,
      [failed.id],
    );
    expect(audit).toEqual([{ action: 'notification.retry' }]);

    // Sent now: retrying again is refused and sends nothing.
    const again = await t.gql(RETRY, { id: failed.id }, admin);
    expect(again.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NOTIFICATION_NOT_FAILED',
      field: 'id',
    });
    expect(again.errors?.[0].message).toBe('only a FAILED notification can be retried (this one is SENT)');
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.received).toHaveLength(1);
  });

  it('is for ADMIN only; an unknown id is NOT_FOUND', async () => {
    const [{ id }] = await t.db.ownerQuery<{ id: string }>(`SELECT id FROM notifications LIMIT 1`);
    const asLead = await t.gql(RETRY, { id }, await t.token(leadEmail(ORG)));
    expect(asLead.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const unknown of ['7d0c1a52-1111-4e5b-9a43-0c2e7d9b1a77', 'not-an-id']) {
      const res = await t.gql(RETRY, { id: unknown }, admin);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'NOTIFICATION_NOT_FOUND',
      });
    }
  });
});
