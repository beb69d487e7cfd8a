import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { SmtpSink } from '../setup/smtp-sink';
import { leadEmail, SUPERVISOR_14, TestApp, userId } from '../setup/test-app';
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
} from './people-fixtures';

const ORG = '3140102';

describe('members, bulk onboarding and shared rate limits', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: Awaited<ReturnType<typeof createWorkerApp>>;
  let lead: string;
  let supervisor: string;
  let orgId: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.create({
      ...isolatedQueueEnv(),
      ...FAST_JOBS_ENV,
      SMTP_URL: sink.url,
      INVITATION_RATE_LIMIT: '40',
      PASSWORD_RESET_RATE_LIMIT: '3',
    });
    worker = await createWorkerApp(t.config);
    await worker.init();
    lead = await t.token(leadEmail(ORG));
    supervisor = await t.token(SUPERVISOR_14);
    orgId = await t.orgId(ORG);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
  });

  async function member(email: string): Promise<{ id: string; access: string; refresh: string }> {
    await invite(t, lead, {
      email,
      displayName: `คุณ ${email.split('@')[0]}`,
      role: 'ORG_MEMBER',
      organizationId: orgId,
    });
    const token = linkToken((await mailTo(sink, email)).at(-1)!, 'invitations');
    const res = await t.gql(ACCEPT, { t: token, p: NEW_PASSWORD });
    return {
      id: await userId(t, email),
      access: res.data!.acceptInvitation.accessToken,
      refresh: res.data!.acceptInvitation.refreshToken,
    };
  }

  it('removeMember: access ends at once, open assignments are released, the lead is told; the account signs in and sees nothing', async () => {
    const m = await member('leaving@example.org');
    const created = await t.gql(
      `mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`,
      {
        i: {
          organizationId: orgId,
          fiscalYear: 2566,
          title: 'ติดตาม',
          steps: ['ก'],
          responsible: 'ปลัด',
          dueDate: '2023-02-10',
          indicatorCodes: ['9'],
        },
      },
      lead,
    );
    const measureId = created.data!.createMeasure.id;
    await t.gql(
      `mutation($m: ID!, $u: ID!) { assignMeasure(measureId: $m, userId: $u) { id } }`,
      { m: measureId, u: m.id },
      lead,
    );
    const read = `query($o: ID!) { measures(organizationId: $o, fiscalYear: 2566) { id } }`;
    expect((await t.gql(read, { o: orgId }, m.access)).errors).toBeUndefined();

    const removed = await t.gql(
      `mutation($o: ID!, $u: ID!) { removeMember(organizationId: $o, userId: $u) }`,
      { o: orgId, u: m.id },
      lead,
    );
    expect(removed).toEqual({ data: { removeMember: true } });
    // The same (unexpired) access token: refused at once.
    expect(codes(await t.gql(read, { o: orgId }, m.access))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(REFRESH, { r: m.refresh }))).toEqual(['UNAUTHENTICATED']);
    const assignees = await t.db.ownerQuery(`SELECT 1 FROM measure_assignees WHERE measure_id = $1`, [
      measureId,
    ]);
    expect(assignees).toEqual([]);
    const [notice] = await mailTo(sink, leadEmail(ORG));
    expect(notice.text).toContain('คุณ leaving');
    expect(notice.text).toContain('1 รายการ');
    // Signs in, sees nothing.
    const again = await t.token('leaving@example.org', NEW_PASSWORD);
    const me = await t.gql(
      `{ me { memberships { role } } organizations(provinceCode: "14") { id } }`,
      {},
      again,
    );
    expect(me.data).toEqual({ me: { memberships: [] }, organizations: [] });
    const audit = await t.db.ownerQuery<{ action: string }>(
      `SELECT action FROM audit_log WHERE organization_id = $1 AND entity_id = $2`,
      [orgId, m.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['member.removed']);
  });

  it('the last lead cannot be removed without a successor; a lead cannot remove a lead; a supervisor can, naming one', async () => {
    const leadId = await userId(t, leadEmail(ORG));
    const m = await member('successor@example.org');
    const self = await t.gql(
      `mutation($o: ID!, $u: ID!) { removeMember(organizationId: $o, userId: $u) }`,
      { o: orgId, u: leadId },
      supervisor,
    );
    expect(self.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'successorUserId',
      reason: 'LAST_LEAD',
    });
    const byMember = await t.gql(
      `mutation($o: ID!, $u: ID!) { removeMember(organizationId: $o, userId: $u) }`,
      { o: orgId, u: leadId },
      m.access,
    );
    expect(codes(byMember)).toEqual(['FORBIDDEN']);
    const promote = await t.gql(
      `mutation($o: ID!, $u: ID!, $s: ID) { removeMember(organizationId: $o, userId: $u, successorUserId: $s) }`,
      { o: orgId, u: leadId, s: m.id },
      supervisor,
    );
    expect(promote).toEqual({ data: { removeMember: true } });
    const members = await t.gql(
      `query($o: ID!) { organizationMembers(organizationId: $o) { email role } }`,
      { o: orgId },
      supervisor,
    );
    expect(members.data!.organizationMembers).toEqual([{ email: 'successor@example.org', role: 'ORG_LEAD' }]);
    // Put the demo lead back for the next tests.
    const back = await t.gql(
      `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`,
      { i: { email: leadEmail(ORG), displayName: 'lead', role: 'ORG_LEAD', organizationId: orgId } },
      supervisor,
    );
    expect(back.errors).toBeUndefined();
    const token = linkToken((await mailTo(sink, leadEmail(ORG), 2)).at(-1)!, 'invitations');
    expect((await t.gql(ACCEPT, { t: token, p: 'prongsai-demo' })).errors).toBeUndefined();
  });

  it('bulk onboarding: the 158 leads of province 14 from a generated XLSX — preview with Thai row errors, confirm, a worker job with progress; the same file again sends nothing', async () => {
    const orgs = await t.db.ownerQuery<{ code: string }>(
      `SELECT code FROM organizations WHERE province_code = '14' ORDER BY code`,
    );
    expect(orgs).toHaveLength(158);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('รายชื่อ');
    sheet.addRow(['รหัส อปท.', 'ชื่อ-นามสกุล', 'อีเมล', 'บทบาท']);
    for (const o of orgs)
      sheet.addRow([o.code, `ผู้รับผิดชอบ ${o.code}`, `ita.${o.code}@ayutthaya.example`, 'ORG_LEAD']);
    const good = Buffer.from(await workbook.xlsx.writeBuffer());
    sheet.addRow(['9999999', 'ไม่มี', 'x@ayutthaya.example', 'ORG_LEAD']);
    sheet.addRow([orgs[0].code, 'อีเมลผิด', 'not-an-email', 'ORG_LEAD']);
    sheet.addRow([orgs[0].code, 'ซ้ำ', `ita.${orgs[0].code}@ayutthaya.example`, 'ORG_LEAD']);
    const bad = Buffer.from(await workbook.xlsx.writeBuffer());
    const url = `${t.url}/imports/provinces/14/people`;
    const post = (body: Buffer, token = supervisor) =>
      fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
        body,
      });

    expect((await post(good, lead)).status).toBe(403);
    expect((await fetch(url, { method: 'POST', body: good })).status).toBe(401);
    const badPreview = await (await post(bad)).json();
    expect(badPreview).toMatchObject({ status: 'PREVIEW', rows: 161, valid: 158 });
    expect(badPreview.errors).toEqual([
      { row: 160, column: 'รหัส อปท.', message: expect.stringContaining('ไม่พบ อปท. รหัส "9999999"') },
      { row: 161, column: 'อีเมล', message: expect.stringContaining('ไม่ถูกต้อง') },
      { row: 162, column: 'อีเมล', message: 'ซ้ำกับแถวที่ 2 (อปท. และอีเมลเดียวกัน)' },
    ]);
    const refused = await fetch(`${url}/${badPreview.importId}/confirm`, {
      method: 'POST',
      headers: { authorization: `Bearer ${supervisor}` },
    });
    expect(refused.status).toBe(400);
    expect(await t.db.ownerQuery(`SELECT 1 FROM invitations WHERE email LIKE 'ita.%'`)).toEqual([]);

    const preview = await (await post(good)).json();
    expect(preview).toMatchObject({ rows: 158, valid: 158, alreadyInvited: 0, errors: [] });
    const before = sink.received.length;
    const confirmed = await fetch(`${url}/${preview.importId}/confirm`, {
      method: 'POST',
      headers: { authorization: `Bearer ${supervisor}` },
    });
    expect(confirmed.status).toBe(202);
    await until(
      'the job',
      async () => {
        const s = await (
          await fetch(`${url}/${preview.importId}`, { headers: { authorization: `Bearer ${supervisor}` } })
        ).json();
        return s.status === 'DONE';
      },
      60_000,
    );
    await sink.waitForCount(before + 158, 60_000);
    const status = await (
      await fetch(`${url}/${preview.importId}`, { headers: { authorization: `Bearer ${supervisor}` } })
    ).json();
    expect(status.progress).toEqual({ processed: 158, invited: 158, skipped: 0, total: 158 });

    // A lead accepts from the email and lands in its LAO.
    const mail = (await mailTo(sink, `ita.${orgs[5].code}@ayutthaya.example`))[0];
    const accepted = await t.gql(ACCEPT, { t: linkToken(mail, 'invitations'), p: NEW_PASSWORD });
    expect(accepted.data!.acceptInvitation.user.memberships).toEqual([
      { role: 'ORG_LEAD', organization: { code: orgs[5].code } },
    ]);

    const again = await (await post(good)).json();
    expect(again).toMatchObject({ valid: 158, alreadyInvited: 158 });
    await fetch(`${url}/${again.importId}/confirm`, {
      method: 'POST',
      headers: { authorization: `Bearer ${supervisor}` },
    });
    await until(
      'the second job',
      async () => {
        const s = await (
          await fetch(`${url}/${again.importId}`, { headers: { authorization: `Bearer ${supervisor}` } })
        ).json();
        return s.status === 'DONE';
      },
      60_000,
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(sink.received.length).toBe(before + 158);
    const [{ n }] = await t.db.ownerQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM invitations WHERE email LIKE 'ita.%'`,
    );
    expect(n).toBe(158);
  });

  it('rate limits live in Redis: two API processes share them (password-reset requests per email)', async () => {
    const second: INestApplication = await createApiApp(t.config);
    await second.listen(0, '127.0.0.1');
    const secondUrl = `http://127.0.0.1:${(second.getHttpServer().address() as AddressInfo).port}`;
    const ask = (base: string) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REQUEST_RESET, variables: { e: 'limited@example.org' } }),
      }).then(
        (r) =>
          r.json() as Promise<{
            data?: unknown;
            errors?: { extensions: { code: string; reason: string } }[];
          }>,
      );
    try {
      const answers = [await ask(t.url), await ask(secondUrl), await ask(t.url), await ask(secondUrl)];
      expect(
        answers.slice(0, 3).every((a) => JSON.stringify(a.data) === '{"requestPasswordReset":true}'),
      ).toBe(true);
      expect(answers[3].errors?.[0].extensions).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        reason: 'TOO_MANY_ATTEMPTS',
      });
      expect(answers[3].data ?? null).toBeNull();
    } finally {
      await second.close();
    }
  });
});
