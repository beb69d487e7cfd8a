import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@prongsai/config';
import { TenantTransaction } from '@prongsai/database';
import { FailedEmailsService, OutboxKindRegistry, OutboxService } from '@prongsai/outbox';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { SmtpSink } from '../setup/smtp-sink';
import { TestDatabase } from '../setup/test-database';
import { testConfig } from '../setup/test-env';
import { GREETING_KIND, GreetingEmailModule, GreetingService } from './greeting-email/greeting.kind';
import { FAST_JOBS_ENV, isolatedQueueEnv, until } from './reminder-fixtures';

const ORG = '2140101'; // องค์การบริหารส่วนจังหวัดพระนครศรีอยุธยา
const LATER = new Date(Date.now() + 86_400_000).toISOString();

/**
 * A new kind of email is one folder (test/worker/greeting-email) and no change to libs/outbox: the worker
 * that loads its module sends it exactly once, with its own still-wanted check, and the outbox's common
 * machinery (idempotency, skip, failure, retry) works for it as for reminders.
 */
describe('a kind of email added without touching the outbox', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let orgId: string;

  const status = async (id: string) =>
    (
      await db.ownerQuery<{ status: string; skip_reason: string | null; last_error: string | null }>(
        `SELECT status::text, skip_reason, last_error FROM notifications WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    db = await TestDatabase.create();
    config = testConfig(db.name, { ...isolatedQueueEnv(), ...FAST_JOBS_ENV, SMTP_URL: sink.url });
    worker = await createWorkerApp(config, [GreetingEmailModule]);
    await worker.init();
    [{ id: orgId }] = await db.ownerQuery<{ id: string }>(`SELECT id FROM organizations WHERE code = $1`, [
      ORG,
    ]);
  });
  afterAll(async () => {
    await worker?.close();
    await db?.drop();
    await sink?.close();
  });

  it('is registered beside the reminder kinds', () => {
    expect(worker.get(OutboxKindRegistry).kinds()).toEqual(
      [
        'DUE_IN_7_DAYS',
        'DUE_TOMORROW',
        'OVERDUE',
        'SUPERVISOR_DIGEST',
        'INVITATION',
        'PASSWORD_RESET',
        'MEMBER_REMOVED',
        GREETING_KIND,
      ].sort(),
    );
  });

  it('goes to an address without an account, once, however often it is produced', async () => {
    const greetings = worker.get(GreetingService);
    const to = { email: 'new.person@example.org', name: 'คุณสมหญิง ใหม่' };
    const [id] = await greetings.greet(to, orgId, { from: 'ปลัด อบจ.', expiresAt: LATER });
    expect(await greetings.greet(to, orgId, { from: 'ปลัด อบจ.', expiresAt: LATER })).toEqual([]);

    await sink.waitForCount(1);
    await until('SENT', async () => (await status(id)).status === 'SENT');
    const [mail] = sink.received;
    expect(mail).toMatchObject({
      envelopeTo: ['new.person@example.org'],
      subject: '[Prongsai] คำทักทายจาก ปลัด อบจ.',
      messageId: `<${id}@prongsai.example>`,
      notificationId: id,
    });
    expect(mail.text).toContain('สวัสดี คุณสมหญิง ใหม่ จาก ปลัด อบจ. (องค์การบริหารส่วนจังหวัดพระนครศรีอยุธยา)');
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.received).toHaveLength(1);
  });

  it('its own still-wanted check makes it SKIPPED; opt-outs do not apply to a kind that cannot be switched off', async () => {
    const greetings = worker.get(GreetingService);
    const [expired] = await greetings.greet({ email: 'late@example.org', name: 'ช้า' }, orgId, {
      from: 'ปลัด',
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    const [{ id: userId }] = await db.ownerQuery<{ id: string }>(
      `UPDATE users SET email_opt_outs = ARRAY[$2] WHERE email = $1 RETURNING id`,
      [`lead.${ORG}@prongsai.example`, GREETING_KIND],
    );
    const [toLead] = await greetings.greet({ userId }, orgId, { from: 'ปลัด', expiresAt: LATER });

    await until(
      'both final',
      async () => (await status(expired)).status !== 'PENDING' && (await status(toLead)).status !== 'PENDING',
    );
    expect(await status(expired)).toEqual({
      status: 'SKIPPED',
      skip_reason: 'greeting expired',
      last_error: null,
    });
    expect(await status(toLead)).toMatchObject({ status: 'SENT' });
    expect(sink.received.map((m) => m.envelopeTo[0])).toContain(`lead.${ORG}@prongsai.example`);
    expect(sink.received.map((m) => m.envelopeTo[0])).not.toContain('late@example.org');
  });

  it('fails for good on a permanent refusal and is sent once by a retry', async () => {
    sink.refuse = (stage, rcpt) =>
      stage === 'RCPT' && rcpt === 'bounce@example.org' ? { code: 550, message: '5.1.1 no such user' } : null;
    const [id] = await worker
      .get(GreetingService)
      .greet({ email: 'bounce@example.org', name: 'ตีกลับ' }, orgId, { from: 'ปลัด', expiresAt: LATER });
    await until('FAILED', async () => (await status(id)).status === 'FAILED');
    expect((await status(id)).last_error).toContain('550');

    sink.refuse = null;
    const [admin] = await db.ownerQuery<{ id: string }>(
      `SELECT id FROM users WHERE email = 'admin@prongsai.example'`,
    );
    await worker
      .get(FailedEmailsService)
      .retry({ userId: admin.id, email: 'admin@prongsai.example', memberships: [] }, id);
    await until('SENT after the retry', async () => (await status(id)).status === 'SENT');
    expect(sink.received.filter((m) => m.notificationId === id)).toHaveLength(1);
  });

  it('a row of a kind no module registered fails for good, unsent', async () => {
    const outbox = worker.get(OutboxService);
    const ids = await worker.get(TenantTransaction).asSystem('test', (em) =>
      outbox.add(em, [
        {
          kind: 'NOBODY_SENDS_THIS',
          idempotencyKey: 'nobody:1',
          recipient: { email: 'nobody@example.org', name: 'ไม่มี' },
          payload: {},
        },
      ]),
    );
    await outbox.dispatch(ids);
    await until('FAILED', async () => (await status(ids[0])).status === 'FAILED');
    expect((await status(ids[0])).last_error).toBe('no handler registered for outbox kind NOBODY_SENDS_THIS');
    expect(sink.received.map((m) => m.envelopeTo[0])).not.toContain('nobody@example.org');
  });
});
