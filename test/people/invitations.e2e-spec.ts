import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SmtpSink } from '../setup/smtp-sink';
import { ADMIN, leadEmail, SUPERVISOR_14, TestApp } from '../setup/test-app';
import { dbUrl } from '../setup/test-env';
import { WorkerProcess } from '../setup/worker-process';
import { FAST_JOBS_ENV, isolatedQueueEnv, until } from '../worker/reminder-fixtures';
import {
  ACCEPT,
  codes,
  invite,
  linkToken,
  mailTo,
  NEW_PASSWORD,
  REFRESH,
  REQUEST_RESET,
  RESET,
} from './people-fixtures';

const run = promisify(execFile);
const ORG = '2140101';
const OTHER_ORG = '3140102';

/**
 * The people flows end to end over HTTP: the real API, the real worker (a child process, its log captured)
 * and a real SMTP server. Tokens are taken from the emails, as a person would.
 */
describe('invitations and password resets', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: WorkerProcess;
  let lead: string;
  let orgId: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.create({ ...isolatedQueueEnv(), ...FAST_JOBS_ENV, SMTP_URL: sink.url });
    worker = await WorkerProcess.start({
      ...FAST_JOBS_ENV,
      NODE_ENV: 'test',
      LOG_LEVEL: 'debug',
      DATABASE_URL: dbUrl(t.db.name),
      REDIS_URL: t.config.redis.url,
      QUEUE_PREFIX: t.config.redis.queuePrefix,
      SMTP_URL: sink.url,
      APP_URL: t.config.http.appUrl,
      JWT_SECRET: t.config.auth.jwtSecret,
    });
    lead = await t.token(leadEmail(ORG));
    orgId = await t.orgId(ORG);
  });
  afterAll(async () => {
    await worker?.kill();
    await t?.close();
    await sink?.close();
  });

  it('invite → Thai email → token from the email → acceptInvitation → signed in as a member of that LAO; the link works once', async () => {
    const res = await invite(t, lead, {
      email: '  Somsri.Staff@Example.ORG ',
      displayName: 'สมศรี ใจดี',
      role: 'ORG_MEMBER',
      organizationId: orgId,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.inviteUser).toMatchObject({
      email: 'somsri.staff@example.org',
      role: 'ORG_MEMBER',
      organization: { code: ORG },
      invitedBy: { email: leadEmail(ORG) },
    });
    const expires = Date.parse(res.data!.inviteUser.expiresAt);
    expect(expires - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(7 * 86_400_000);

    const [mail] = await mailTo(sink, 'somsri.staff@example.org');
    expect(mail.subject).toContain('คำเชิญเข้าร่วมระบบ');
    expect(mail.text).toContain('เรียน สมศรี ใจดี');
    expect(mail.text).toContain('เจ้าหน้าที่ผู้ร่วมดำเนินการ');
    const token = linkToken(mail, 'invitations');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);

    const listed = await t.gql(
      `query($o: ID!) { invitations(organizationId: $o) { email invitedBy { email } } }`,
      { o: orgId },
      lead,
    );
    expect(listed.data!.invitations).toEqual([
      { email: 'somsri.staff@example.org', invitedBy: { email: leadEmail(ORG) } },
    ]);

    const weak = await t.gql(ACCEPT, { t: token, p: 'password1234' });
    expect(weak.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
      reason: 'PASSWORD_TOO_COMMON',
    });
    expect(weak.errors?.[0].message).toMatch(/รหัสผ่าน/);

    const accepted = await t.gql(ACCEPT, { t: token, p: NEW_PASSWORD });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation.user).toEqual({
      email: 'somsri.staff@example.org',
      displayName: 'สมศรี ใจดี',
      memberships: [{ role: 'ORG_MEMBER', organization: { code: ORG } }],
    });
    const access = accepted.data!.acceptInvitation.accessToken;
    const measures = await t.gql(
      `query($o: ID!) { measures(organizationId: $o, fiscalYear: 2566) { id } }`,
      { o: orgId },
      access,
    );
    expect(measures.errors).toBeUndefined();
    const other = await t.gql(
      `query($o: ID!) { measures(organizationId: $o, fiscalYear: 2566) { id } }`,
      { o: await t.orgId(OTHER_ORG) },
      access,
    );
    expect(codes(other)).toEqual(['FORBIDDEN']);
    // Signs in with the chosen password from now on.
    expect(await t.token('somsri.staff@example.org', NEW_PASSWORD)).toBeTruthy();

    const again = await t.gql(ACCEPT, { t: token, p: NEW_PASSWORD });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      reason: 'TOKEN_NOT_VALID',
    });
    const audit = await t.db.ownerQuery<{ action: string }>(
      `SELECT action FROM audit_log WHERE organization_id = $1 AND entity_type = 'invitation' ORDER BY id`,
      [orgId],
    );
    expect(audit.map((a) => a.action)).toEqual(['invitation.sent', 'invitation.accepted']);
  });

  it('accepting one link twice at the same instant: exactly one succeeds, one account, one membership', async () => {
    await invite(t, lead, {
      email: 'race@example.org',
      displayName: 'แข่ง',
      role: 'ORG_MEMBER',
      organizationId: orgId,
    });
    const token = linkToken((await mailTo(sink, 'race@example.org'))[0], 'invitations');
    const results = await Promise.all(
      Array.from({ length: 6 }, () => t.gql(ACCEPT, { t: token, p: NEW_PASSWORD })),
    );
    expect(results.filter((r) => r.data?.acceptInvitation).length).toBe(1);
    for (const r of results.filter((r) => !r.data?.acceptInvitation))
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    const rows = await t.db.ownerQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'race@example.org'`,
    );
    expect(rows[0].n).toBe(1);
  });

  it('re-inviting replaces the pending invitation: the old link stops working; revokeInvitation ends the new one', async () => {
    await invite(t, lead, {
      email: 'twice@example.org',
      displayName: 'สองครั้ง',
      role: 'ORG_MEMBER',
      organizationId: orgId,
    });
    const first = linkToken((await mailTo(sink, 'twice@example.org'))[0], 'invitations');
    const second = await invite(t, lead, {
      email: 'twice@example.org',
      displayName: 'สองครั้ง',
      role: 'ORG_MEMBER',
      organizationId: orgId,
    });
    const mails = await mailTo(sink, 'twice@example.org', 2);
    const secondToken = linkToken(mails[1], 'invitations');
    expect(secondToken).not.toBe(first);
    expect(codes(await t.gql(ACCEPT, { t: first, p: NEW_PASSWORD }))).toEqual(['BAD_USER_INPUT']);
    const revoked = await t.gql(
      `mutation($id: ID!) { revokeInvitation(id: $id) { revokedAt } }`,
      { id: second.data!.inviteUser.id },
      lead,
    );
    expect(revoked.data!.revokeInvitation.revokedAt).toBeTruthy();
    expect(codes(await t.gql(ACCEPT, { t: secondToken, p: NEW_PASSWORD }))).toEqual(['BAD_USER_INPUT']);
  });

  it('a lead inviting into another LAO, or inviting a lead or a supervisor: FORBIDDEN; bad input names its field', async () => {
    const other = await t.orgId(OTHER_ORG);
    for (const input of [
      { email: 'x@example.org', displayName: 'x', role: 'ORG_MEMBER', organizationId: other },
      { email: 'x@example.org', displayName: 'x', role: 'ORG_LEAD', organizationId: orgId },
      { email: 'x@example.org', displayName: 'x', role: 'PROVINCE_SUPERVISOR', provinceCode: '14' },
    ]) {
      const res = await invite(t, lead, input);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FORBIDDEN' });
    }
    const bad = await invite(t, lead, {
      email: 'not-an-email',
      displayName: 'x',
      role: 'ORG_MEMBER',
      organizationId: orgId,
    });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.email',
      reason: 'INVALID_EMAIL',
    });
    const noOrg = await invite(t, lead, { email: 'y@example.org', displayName: 'y', role: 'ORG_MEMBER' });
    expect(noOrg.errors?.[0].extensions).toMatchObject({
      field: 'input.organizationId',
      reason: 'INVITATION_SCOPE_MISSING',
    });
    const supervisor = await t.token(SUPERVISOR_14);
    const byAdmin = await invite(t, await t.token(ADMIN), {
      email: 'sup2@example.org',
      displayName: 'ผู้กำกับ',
      role: 'PROVINCE_SUPERVISOR',
      provinceCode: '14',
    });
    expect(byAdmin.errors).toBeUndefined();
    const leadBySupervisor = await invite(t, supervisor, {
      email: 'newlead@example.org',
      displayName: 'หัวหน้าใหม่',
      role: 'ORG_LEAD',
      organizationId: other,
    });
    expect(leadBySupervisor.errors).toBeUndefined();
  });

  it('an existing account accepts with its own password and gains the membership', async () => {
    const otherLead = leadEmail(OTHER_ORG);
    await invite(t, lead, {
      email: otherLead,
      displayName: 'ผู้ช่วย',
      role: 'ORG_MEMBER',
      organizationId: orgId,
    });
    const token = linkToken((await mailTo(sink, otherLead))[0], 'invitations');
    const wrong = await t.gql(ACCEPT, { t: token, p: NEW_PASSWORD });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_EXISTS' });
    const ok = await t.gql(ACCEPT, { t: token, p: 'prongsai-demo' });
    expect(
      ok
        .data!.acceptInvitation.user.memberships.map(
          (m: { organization: { code: string } }) => m.organization.code,
        )
        .sort(),
    ).toEqual([ORG, OTHER_ORG].sort());
  });

  it('requestPasswordReset: the same answer, about the same time, for a known and an unknown email; mail only for the known one', async () => {
    const before = sink.received.length;
    const time = async (email: string) => {
      const started = process.hrtime.bigint();
      const res = await t.gql(REQUEST_RESET, { e: email });
      return { res, ms: Number(process.hrtime.bigint() - started) / 1e6 };
    };
    const known = await time('somsri.staff@example.org');
    const unknown = await time('nobody@example.org');
    expect(known.res).toEqual({ data: { requestPasswordReset: true } });
    expect(unknown.res).toEqual(known.res);
    expect(Math.abs(known.ms - unknown.ms)).toBeLessThan(150);
    expect(unknown.ms).toBeGreaterThanOrEqual(240);
    await mailTo(sink, 'somsri.staff@example.org', 2);
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.received.slice(before).map((m) => m.envelopeTo[0])).toEqual(['somsri.staff@example.org']);
  });

  it('resetPassword from the emailed link: once, every old refresh token refused, the new password works', async () => {
    const email = 'somsri.staff@example.org';
    const login = await t.gql(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { refreshToken } }`,
      { e: email, p: NEW_PASSWORD },
    );
    const oldRefresh = login.data!.login.refreshToken;
    const mails = await mailTo(sink, email, 2);
    const reset = mails[mails.length - 1];
    expect(reset.subject).toBe('[Prongsai] ตั้งรหัสผ่านใหม่');
    const token = linkToken(reset, 'reset-password');
    const chosen = 'กรุงเก่า-ริมน้ำ-เจ้าพระยา-9';
    const res = await t.gql(RESET, { t: token, p: chosen });
    expect(res.errors).toBeUndefined();
    expect(codes(await t.gql(REFRESH, { r: oldRefresh }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(RESET, { t: token, p: chosen }))).toEqual(['BAD_USER_INPUT']);
    expect(await t.token(email, chosen)).toBeTruthy();
    const changed = await t.gql(
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
      { c: 'wrong-password-here', n: 'อีกหนึ่งรหัส-ที่ยาวพอ-42' },
      res.data!.resetPassword.accessToken,
    );
    expect(changed.errors?.[0].extensions).toMatchObject({
      field: 'currentPassword',
      reason: 'WRONG_CURRENT_PASSWORD',
    });
    const changedOk = await t.gql(
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
      { c: chosen, n: 'อีกหนึ่งรหัส-ที่ยาวพอ-42' },
      res.data!.resetPassword.accessToken,
    );
    expect(changedOk.data).toEqual({ changePassword: true });
  });

  it('no token is findable in a database dump (only hashes), and no password is in any email or log line', async () => {
    const tokens = sink.received.flatMap((m) =>
      [...m.text.matchAll(/\/(?:invitations|reset-password)\/([A-Za-z0-9_-]{43})/g)].map((x) => x[1]),
    );
    expect(tokens.length).toBeGreaterThanOrEqual(6);
    const { stdout: dump } = await run('pg_dump', ['--data-only', dbUrl(t.db.name)], {
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(dump).toContain('somsri.staff@example.org');
    for (const token of tokens) expect(dump).not.toContain(token);
    const { createHash } = await import('node:crypto');
    expect(dump).toContain(createHash('sha256').update(tokens[0]).digest('hex'));
    const passwords = [NEW_PASSWORD, 'กรุงเก่า-ริมน้ำ-เจ้าพระยา-9', 'อีกหนึ่งรหัส-ที่ยาวพอ-42', 'prongsai-demo'];
    for (const p of passwords) {
      expect(dump).not.toContain(p);
      for (const m of sink.received) expect(`${m.subject}\n${m.text}\n${m.html}`).not.toContain(p);
      expect(worker.log).not.toContain(p);
    }
    for (const token of tokens) expect(worker.log).not.toContain(token);
    expect(worker.log).toMatch(/job done/);
  });

  it('supervisors see what the audit log says about people', async () => {
    await until('audit', async () => true);
    const supervisor = await t.token(SUPERVISOR_14);
    const res = await t.gql(
      `query($o: ID!) { auditLog(organizationId: $o) { action } }`,
      { o: orgId },
      supervisor,
    );
    expect(res.data!.auditLog.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining([
        'invitation.sent',
        'invitation.accepted',
        'invitation.revoked',
        'password.reset',
        'password.changed',
      ]),
    );
  });
});
