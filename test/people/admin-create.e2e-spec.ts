import { runCommand } from '../setup/command-process';
import { freePort } from '../setup/private-redis';
import { SmtpSink } from '../setup/smtp-sink';
import { ADMIN, TestApp } from '../setup/test-app';
import { dbUrl } from '../setup/test-env';
import { WorkerProcess } from '../setup/worker-process';
import { FAST_JOBS_ENV, isolatedQueueEnv } from '../worker/reminder-fixtures';
import { ACCEPT, linkToken, mailTo, NEW_PASSWORD } from './people-fixtures';

const NATIONAL = `query { nationalRollup(fiscalYear: 2570) { provinces { province { code } } } }`;

/**
 * `npm run admin:create` (issue 16): production has no demo accounts and no default password; the first
 * admin is invited by the operator's command and sets their own password from the email's link. The real
 * command (scripts/admin-create.ts) runs as a child process against the test database, the real worker sends
 * the email to a real SMTP server, and the link is accepted over HTTP as a person would.
 */
describe('npm run admin:create', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: WorkerProcess;
  let env: Record<string, string>;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.create({ ...isolatedQueueEnv(), ...FAST_JOBS_ENV, SMTP_URL: sink.url });
    env = {
      ...FAST_JOBS_ENV,
      NODE_ENV: 'test',
      DATABASE_URL: dbUrl(t.db.name),
      REDIS_URL: t.config.redis.url,
      QUEUE_PREFIX: t.config.redis.queuePrefix,
      SMTP_URL: sink.url,
      APP_URL: t.config.http.appUrl,
      JWT_SECRET: t.config.auth.jwtSecret,
    };
    worker = await WorkerProcess.start(env);
  });
  afterAll(async () => {
    await worker?.kill();
    await t?.close();
    await sink?.close();
  });

  /** The command as an operator runs it (`npm run admin:create -- …` runs this file's build). */
  const adminCreate = (...args: string[]) => runCommand('scripts/admin-create.ts', args, env);

  const adminInvitations = (email: string) =>
    t.db.ownerQuery<{
      organization_id: string | null;
      province_code: string | null;
      invited_by_user_id: string | null;
      revoked_at: Date | null;
    }>(
      `SELECT organization_id, province_code, invited_by_user_id, revoked_at FROM invitations
       WHERE role = 'ADMIN' AND email = $1 ORDER BY created_at`,
      [email],
    );

  it('emails a Thai invitation whose link makes a new admin with their own password; the terminal never shows the link', async () => {
    const run = await adminCreate('--email', '  New.Admin@Example.GO.TH ', '--name', 'นางสาวผู้ดูแล ระบบกลาง');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('new.admin@example.go.th');
    expect(await adminInvitations('new.admin@example.go.th')).toEqual([
      { organization_id: null, province_code: null, invited_by_user_id: null, revoked_at: null },
    ]);

    const [mail] = await mailTo(sink, 'new.admin@example.go.th');
    expect(mail.subject).toBe('[Prongsai] คำเชิญเข้าร่วมระบบ: ผู้ดูแลระบบ');
    expect(mail.text).toContain('เรียน นางสาวผู้ดูแล ระบบกลาง');
    expect(mail.text).toContain('ผู้ติดตั้งระบบ เชิญท่านเข้าร่วมระบบ Prongsai (โปร่งใส) ในบทบาทผู้ดูแลระบบ ระดับประเทศ');
    expect(`${mail.text}${mail.html}`).not.toMatch(/null|undefined/);
    const token = linkToken(mail, 'invitations');
    expect(run.out).not.toContain(token);

    const accepted = await t.gql(ACCEPT, { t: token, p: NEW_PASSWORD });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation.user).toEqual({
      email: 'new.admin@example.go.th',
      displayName: 'นางสาวผู้ดูแล ระบบกลาง',
      memberships: [{ role: 'ADMIN', organization: null }],
    });
    const national = await t.gql(NATIONAL, {}, accepted.data!.acceptInvitation.accessToken);
    expect(national.errors).toBeUndefined();
    expect(
      national.data!.nationalRollup.provinces.map((p: { province: { code: string } }) => p.province.code),
    ).toContain('14');
    // The link worked once; the password is the one the person chose.
    expect((await t.gql(ACCEPT, { t: token, p: NEW_PASSWORD })).errors?.[0].extensions?.reason).toBe(
      'TOKEN_NOT_VALID',
    );
    expect((await t.token('new.admin@example.go.th', NEW_PASSWORD)).length).toBeGreaterThan(20);
  });

  it('run again for the same email: the new link replaces the old one, which stops working', async () => {
    expect((await adminCreate('--email', 'second.admin@example.go.th')).code).toBe(0);
    expect((await adminCreate('--email', 'second.admin@example.go.th')).code).toBe(0);
    const rows = await adminInvitations('second.admin@example.go.th');
    expect(rows).toHaveLength(2);
    expect(rows[0].revoked_at).not.toBeNull();
    expect(rows[1].revoked_at).toBeNull();
    // The first email may have been sent before it was replaced (or skipped as no longer pending): its
    // link, if any, is refused; the last one works.
    const mails = await mailTo(sink, 'second.admin@example.go.th');
    const last = mails.length === 2 ? mails[1] : mails[0];
    if (mails.length === 2)
      expect(
        (await t.gql(ACCEPT, { t: linkToken(mails[0], 'invitations'), p: NEW_PASSWORD })).errors?.[0]
          .extensions?.reason,
      ).toBe('TOKEN_NOT_VALID');
    const accepted = await t.gql(ACCEPT, { t: linkToken(last, 'invitations'), p: NEW_PASSWORD });
    expect(accepted.data?.acceptInvitation.user.memberships).toEqual([{ role: 'ADMIN', organization: null }]);
  });

  it.each([
    [[], /--email is required\nusage: npm run admin:create -- --email <address>/],
    [['--email', 'x@example.org', '--role', 'ADMIN'], /Unknown option '--role'/],
    [['--email', 'not-an-address'], /^admin:create failed: email: .+ \(BAD_USER_INPUT, INVALID_EMAIL\)$/m],
    [
      ['--email', ADMIN],
      /^admin:create failed: email: บุคคลนี้เป็นผู้ดูแลระบบอยู่แล้ว \(BAD_USER_INPUT, ALREADY_A_MEMBER\)$/m,
    ],
  ])('refuses %j with a plain message, exit 1 and nothing written', async (args, message) => {
    const [{ count: before }] = await t.db.ownerQuery<{ count: number }>(
      `SELECT count(*)::int AS count FROM invitations`,
    );
    const run = await adminCreate(...args);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(message);
    expect(run.err).not.toMatch(/\n\s+at /);
    const [{ count: after }] = await t.db.ownerQuery<{ count: number }>(
      `SELECT count(*)::int AS count FROM invitations`,
    );
    expect(after).toBe(before);
  });

  it.each([
    [
      'Redis',
      (port: number) => ({ REDIS_URL: `redis://127.0.0.1:${port}` }),
      /^admin:create failed: Cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)\.$/m,
    ],
    [
      'PostgreSQL',
      (port: number) => ({
        DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/prongsai`,
        DATABASE_APP_URL: `postgres://prongsai_app@127.0.0.1:${port}/prongsai`,
      }),
      /^admin:create failed: Cannot reach PostgreSQL at postgres:\/\/prongsai_app@127\.0\.0\.1:\d+\/prongsai \(ECONNREFUSED\)\.$/m,
    ],
  ])(
    '%s down: says which, in a few plain lines, at once and with nothing written',
    async (_name, down, message) => {
      const port = await freePort(); // nothing listens there
      const [{ count: before }] = await t.db.ownerQuery<{ count: number }>(
        `SELECT count(*)::int AS count FROM invitations`,
      );
      const run = await runCommand('scripts/admin-create.ts', ['--email', 'down@example.go.th'], {
        ...env,
        ...down(port),
      });
      expect(run.code).toBe(1);
      expect(run.err).toMatch(message);
      // The explanation and how to start the service: no retries, no stack traces, no ioredis noise.
      expect(run.err.trim().split('\n')).toHaveLength(3);
      expect(run.err).not.toMatch(/\n\s+at |Retrying|\[ioredis\]/);
      const [{ count: after }] = await t.db.ownerQuery<{ count: number }>(
        `SELECT count(*)::int AS count FROM invitations`,
      );
      expect(after).toBe(before);
    },
  );
});
