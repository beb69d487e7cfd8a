import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newThaiPage, PHONE } from '../setup/browser';
import { SmtpSink } from '../setup/smtp-sink';
import { leadEmail, SUPERVISOR_14, TestApp } from '../setup/test-app';
import { dbUrl } from '../setup/test-env';
import { WorkerProcess } from '../setup/worker-process';
import { FAST_JOBS_ENV, isolatedQueueEnv, until } from '../worker/reminder-fixtures';
import { linkToken, mailTo, NEW_PASSWORD } from '../people/people-fixtures';
import {
  seriousAxeViolations,
  sidewaysOverflow,
  signInThroughPage,
  STRANGER_CODE,
  WEB_CODE,
} from './web-fixtures';

const STAFF_EMAIL = 'somsri.web@ayutthaya.example';
const STAFF_NAME = 'สมศรี ใจดี';
const LAO_NAME = 'เทศบาลเมืองอโยธยา';
/** `WRITE_SCREENSHOTS=1` also refreshes docs/screenshots/people-*.png and accept-invitation-*.png. */
// eslint-disable-next-line no-restricted-properties -- a switch of the test run, not app configuration
const SCREENSHOTS = process.env.WRITE_SCREENSHOTS === '1' ? join(__dirname, '../../docs/screenshots') : null;

/**
 * The people pages in chromium against the real API, the real worker and a real SMTP server: a lead invites
 * staff, the invitation email's link, choosing a password with the keyboard only, landing on the LAO; the
 * same link refused in Thai; revoking an invitation; removing a member (confirmation) ending their access;
 * another LAO's lead seeing nothing; a password reset for a known and an unknown email (same answer, mail
 * only for the known one) ending the old session; a supervisor's bulk onboarding with a Thai row error, then
 * a good file with progress. Axe (no serious/critical) and 390 px (no sideways scroll) on each page.
 */
describe('people pages (browser)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: WorkerProcess;
  let browser: Browser;
  let orgId: string;
  let lead: { context: BrowserContext; page: Page; errors: string[] };
  let staff: { context: BrowserContext; page: Page; errors: string[] };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    [t, browser] = await Promise.all([
      TestApp.create({ ...isolatedQueueEnv(), ...FAST_JOBS_ENV, SMTP_URL: sink.url }),
      launchBrowser(),
    ]);
    worker = await WorkerProcess.start({
      ...FAST_JOBS_ENV,
      NODE_ENV: 'test',
      DATABASE_URL: dbUrl(t.db.name),
      REDIS_URL: t.config.redis.url,
      QUEUE_PREFIX: t.config.redis.queuePrefix,
      SMTP_URL: sink.url,
      APP_URL: t.config.http.appUrl,
      JWT_SECRET: t.config.auth.jwtSecret,
    });
    orgId = await t.orgId(WEB_CODE);
    lead = await newThaiPage(browser);
    await lead.page.goto(`${t.url}/login`);
    await signInThroughPage(lead.page, leadEmail(WEB_CODE));
    await lead.page.getByRole('heading', { level: 1, name: LAO_NAME }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.kill();
    await t?.close();
    await sink?.close();
  });

  const peopleUrl = () => `${t.url}/organizations/${orgId}/people`;

  async function invite(page: Page, name: string, email: string): Promise<void> {
    await page.getByRole('button', { name: 'เชิญบุคลากร' }).click();
    const dialog = page.getByRole('dialog', { name: 'เชิญบุคลากรเข้าร่วมหน่วยงาน' });
    await dialog.getByLabel('ชื่อ-นามสกุล').fill(name);
    await dialog.getByLabel('อีเมล').fill(email);
    await dialog.getByRole('button', { name: 'ส่งคำเชิญ' }).click();
    await page.getByRole('row').filter({ hasText: email }).waitFor();
  }

  it('a lead invites staff: the pending invitation shows who sent it, the email has the link', async () => {
    const { page, errors } = lead;
    await page.getByRole('link', { name: 'บุคลากร', exact: true }).click();
    await page.waitForURL(/\/people/);
    await page.getByRole('heading', { level: 1, name: `บุคลากรของ ${LAO_NAME}` }).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: leadEmail(WEB_CODE) })
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await invite(page, STAFF_NAME, STAFF_EMAIL);
    const [{ display_name: leadName }] = await t.db.ownerQuery<{ display_name: string }>(
      `SELECT display_name FROM users WHERE email = $1`,
      [leadEmail(WEB_CODE)],
    );
    const row = page.getByRole('row').filter({ hasText: STAFF_EMAIL });
    await expect(row.textContent()).resolves.toContain(leadName);
    await expect(row.textContent()).resolves.toContain('เจ้าหน้าที่');
    // The invite dialog is gone and the page is still clean.
    expect(await seriousAxeViolations(page)).toEqual([]);
    const [mail] = await mailTo(sink, STAFF_EMAIL);
    expect(mail.subject).toContain('คำเชิญ');
    expect(errors).toEqual([]);
  });

  it('accepts with the keyboard only: the two password fields, Enter, and lands on the LAO dashboard', async () => {
    const token = linkToken((await mailTo(sink, STAFF_EMAIL))[0], 'invitations');
    staff = await newThaiPage(browser);
    const { page, errors } = staff;
    await page.goto(`${t.url}/invitations/${token}`);
    await page.getByRole('heading', { level: 1, name: 'ตอบรับคำเชิญ' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await expect(page.getByLabel('รหัสผ่านใหม่', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByLabel('ยืนยันรหัสผ่าน', { exact: true }).count()).resolves.toBe(1);
    await shoot(page, 'accept-invitation-desktop');

    // The new password has the focus on arrival; a mismatch is caught before the server is asked.
    await page.waitForFunction(() => document.activeElement?.getAttribute('autocomplete') === 'new-password');
    // Tab passes the new password's show/hide button (itself keyboard-operable) on to the confirmation.
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('something-else-entirely');
    await page.keyboard.press('Enter');
    await page.getByText('รหัสผ่านทั้งสองช่องไม่ตรงกัน').waitFor();
    // A common password: the server's refusal, in Thai, under the field.
    await page.getByLabel('รหัสผ่านใหม่', { exact: true }).fill('password1234');
    await page.getByLabel('ยืนยันรหัสผ่าน', { exact: true }).fill('password1234');
    await page.getByLabel('ยืนยันรหัสผ่าน', { exact: true }).press('Enter');
    await page.getByText('รหัสผ่านนี้เดาง่ายเกินไป กรุณาตั้งรหัสผ่านที่ยากขึ้น').waitFor();

    await page.getByLabel('รหัสผ่านใหม่', { exact: true }).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${t.url}/organizations/${orgId}`);
    await page.getByRole('heading', { level: 1, name: LAO_NAME }).waitFor();
    // Signed in through the cookie like any sign-in: a reload keeps the session, no token in storage.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: LAO_NAME }).waitFor();
    expect(await page.evaluate(() => [{ ...localStorage }, document.cookie])).toEqual([
      { 'prongsai.signedIn': '1' },
      '',
    ]);
    // The invitation is no longer pending on the lead's page.
    await lead.page.reload();
    await lead.page.getByRole('row').filter({ hasText: STAFF_EMAIL }).waitFor();
    await expect(
      lead.page
        .getByRole('region', { name: /คำเชิญที่รอการตอบรับ/ })
        .getByText(STAFF_EMAIL)
        .count(),
    ).resolves.toBe(0);
    // The 400 of the refused common password is the browser's own console line.
    expect(errors.filter((e) => !e.includes('400'))).toEqual([]);

    const again = await newThaiPage(browser, PHONE);
    await again.page.goto(`${t.url}/invitations/${token}`);
    await again.page.getByRole('heading', { level: 1, name: 'ตอบรับคำเชิญ' }).waitFor();
    expect(await sidewaysOverflow(again.page)).toBeLessThanOrEqual(0);
    await shoot(again.page, 'accept-invitation-phone');
    await again.page.getByLabel('รหัสผ่านใหม่', { exact: true }).fill('another-Strong-pass-2567');
    await again.page.getByLabel('ยืนยันรหัสผ่าน', { exact: true }).fill('another-Strong-pass-2567');
    await again.page.getByRole('button', { name: 'บันทึกรหัสผ่าน' }).click();
    await expect(again.page.getByRole('alert').textContent()).resolves.toContain('ลิงก์นี้หมดอายุหรือถูกใช้ไปแล้ว');
    expect(again.page.url()).toBe(`${t.url}/invitations/${token}`);
    await again.context.close();
  });

  it('revokes a pending invitation after a confirmation; the people page fits 390 px', async () => {
    const { page, errors } = lead;
    await invite(page, 'ผู้ที่จะถูกยกเลิก', 'revoked.web@ayutthaya.example');
    await page.getByRole('button', { name: 'ยกเลิกคำเชิญ revoked.web@ayutthaya.example' }).click();
    const confirm = page
      .getByRole('dialog')
      .filter({ hasText: 'ยกเลิกคำเชิญของ revoked.web@ayutthaya.example' });
    await confirm.getByRole('button', { name: 'ยกเลิกคำเชิญ' }).click();
    await until(
      'the revoked invitation to leave the list',
      async () => (await page.getByRole('row').filter({ hasText: 'revoked.web@' }).count()) === 0,
      10_000,
    );
    const [{ revoked }] = await t.db.ownerQuery<{ revoked: boolean }>(
      `SELECT revoked_at IS NOT NULL AS revoked FROM invitations WHERE email = 'revoked.web@ayutthaya.example'`,
    );
    expect(revoked).toBe(true);

    // A second pending invitation for the screenshots, then the page at a phone's width.
    await invite(page, 'วิชัย รักงาน', 'wichai.web@ayutthaya.example');
    await page.waitForLoadState('networkidle');
    if (SCREENSHOTS) {
      // The picture without the closing dialog and the toasts (antd's messages last 3 s).
      await until('the dialog to close', async () => (await page.getByRole('dialog').count()) === 0);
      await new Promise((r) => setTimeout(r, 3500));
    }
    await shoot(page, 'people-desktop');
    const phone = await newThaiPage(browser, PHONE);
    await phone.page.goto(`${t.url}/login?next=${encodeURIComponent(`/organizations/${orgId}/people`)}`);
    await signInThroughPage(phone.page, leadEmail(WEB_CODE));
    await phone.page.getByRole('heading', { level: 1, name: `บุคลากรของ ${LAO_NAME}` }).waitFor();
    await phone.page.getByRole('row').filter({ hasText: 'wichai.web@' }).waitFor();
    // The LAO frame's pages are a row of links that wraps at 390 px (no folded "more" button): axe here too.
    expect(await seriousAxeViolations(phone.page)).toEqual([]);
    expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
    await shoot(phone.page, 'people-phone');
    await phone.context.close();
    expect(errors).toEqual([]);
  });

  it('a lead removes a member after a confirmation: the member’s next page load shows no access', async () => {
    const { page, errors } = lead;
    await page.goto(peopleUrl());
    await page.getByRole('button', { name: `นำออก ${STAFF_NAME}` }).click();
    const dialog = page.getByRole('dialog', { name: `นำ ${STAFF_NAME} ออกจากหน่วยงานหรือไม่` });
    await dialog.getByText('จะเข้าถึงข้อมูลของหน่วยงานนี้ไม่ได้ทันที').waitFor();
    // Mid fade-in, the dialog's colours are half transparent and axe reads a contrast they never settle at.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'นำออกจากหน่วยงาน' }).click();
    await page.getByText(`นำ ${STAFF_NAME} ออกจากหน่วยงานแล้ว`).waitFor();
    await expect(page.getByRole('row').filter({ hasText: STAFF_EMAIL }).count()).resolves.toBe(0);

    // No membership left: the member's refresh tokens are revoked, so a reload goes to sign in; signing in
    // again shows an account that belongs nowhere, and the LAO's pages refuse.
    await staff.page.reload();
    await staff.page.waitForURL(/\/login/);
    await signInThroughPage(staff.page, STAFF_EMAIL, NEW_PASSWORD);
    // Back on the page asked for (the LAO's dashboard), which now refuses.
    await staff.page.waitForURL(`${t.url}/organizations/${orgId}`);
    await staff.page.getByRole('alert').first().waitFor();
    await expect(staff.page.getByRole('heading', { level: 1, name: LAO_NAME }).count()).resolves.toBe(0);
    await staff.page.goto(peopleUrl());
    await staff.page.getByRole('alert').first().waitFor();
    await expect(staff.page.getByText(leadEmail(WEB_CODE)).count()).resolves.toBe(0);
    await staff.page.goto(`${t.url}/`);
    await staff.page.getByText('บัญชีนี้ยังไม่ได้เป็นสมาชิกของหน่วยงานใด').waitFor();
    await staff.context.close();
    expect(errors).toEqual([]);
  });

  it('the last lead cannot go without a successor: the dialog asks for one', async () => {
    const { page } = lead;
    await page.goto(peopleUrl());
    await page.getByRole('button', { name: /^ออกจากหน่วยงาน/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('ผู้นี้เป็นผู้รับผิดชอบ ITA คนสุดท้ายของหน่วยงาน').waitFor();
    await dialog.getByRole('button', { name: 'นำออกจากหน่วยงาน' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain('ต้องระบุผู้รับผิดชอบ ITA คนใหม่');
    await dialog.getByRole('button', { name: 'ยกเลิก' }).click();
    const [{ n }] = await t.db.ownerQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM memberships WHERE organization_id = $1 AND role = 'ORG_LEAD'`,
      [orgId],
    );
    expect(n).toBe(1);
  });

  it('a lead of another LAO opening the people page sees nothing of it', async () => {
    const { context, page } = await newThaiPage(browser);
    await page.goto(`${t.url}/login?next=${encodeURIComponent(`/organizations/${orgId}/people`)}`);
    await signInThroughPage(page, leadEmail(STRANGER_CODE));
    await page.waitForURL(`${t.url}/organizations/${orgId}/people`);
    await page.getByRole('alert').waitFor();
    await expect(page.getByText(leadEmail(WEB_CODE)).count()).resolves.toBe(0);
    await expect(page.getByText('wichai.web@ayutthaya.example').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'เชิญบุคลากร' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('reset: the same answer for a known and an unknown email, mail only for the known; the new password works and the old session ends', async () => {
    const known = leadEmail(STRANGER_CODE);
    const unknown = 'nobody.web@ayutthaya.example';
    const old = await newThaiPage(browser);
    await old.page.goto(`${t.url}/login`);
    await signInThroughPage(old.page, known);
    await old.page.waitForURL((u) => !u.pathname.startsWith('/login'));

    const answers: string[] = [];
    for (const email of [known, unknown]) {
      const { context, page } = await newThaiPage(browser, PHONE);
      await page.goto(`${t.url}/login`);
      await page.getByRole('link', { name: 'ลืมรหัสผ่าน' }).click();
      await page.getByRole('heading', { level: 1, name: 'ลืมรหัสผ่าน' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await page.getByLabel('อีเมล').fill(email);
      await page.getByRole('button', { name: 'ส่งลิงก์ตั้งรหัสผ่านใหม่' }).click();
      answers.push((await page.getByRole('status').textContent()) ?? '');
      await context.close();
    }
    expect(answers[0]).toContain('หากอีเมลนี้มีบัญชีในระบบ');
    expect(answers[1]).toBe(answers[0]);
    const [mail] = await mailTo(sink, known);
    // The known account's mail has come; the worker has had every chance to send one to the unknown too.
    await new Promise((r) => setTimeout(r, 2000));
    expect(sink.received.filter((m) => m.envelopeTo.includes(unknown))).toEqual([]);

    const fresh = await newThaiPage(browser);
    const token = linkToken(mail, 'reset-password');
    await fresh.page.goto(`${t.url}/reset-password/${token}`);
    await fresh.page.getByRole('heading', { level: 1, name: 'ตั้งรหัสผ่านใหม่' }).waitFor();
    expect(await seriousAxeViolations(fresh.page)).toEqual([]);
    await fresh.page.getByLabel('รหัสผ่านใหม่', { exact: true }).fill(NEW_PASSWORD);
    await fresh.page.getByLabel('ยืนยันรหัสผ่าน', { exact: true }).fill(NEW_PASSWORD);
    await fresh.page.getByRole('button', { name: 'บันทึกรหัสผ่าน' }).click();
    await fresh.page.waitForURL(`${t.url}/organizations/${await t.orgId(STRANGER_CODE)}`);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();

    // The session from before the reset: its refresh token was revoked, so a reload goes to sign in.
    await old.page.reload();
    await old.page.waitForURL(/\/login/);
    await signInThroughPage(old.page, known);
    await expect(old.page.getByRole('alert').textContent()).resolves.toContain('อีเมลหรือรหัสผ่านไม่ถูกต้อง');
    await signInThroughPage(old.page, known, NEW_PASSWORD);
    await old.page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await old.context.close();
  });

  it('changes the password in the account settings', async () => {
    const { context, page } = await newThaiPage(browser);
    await page.goto(`${t.url}/login`);
    await signInThroughPage(page, leadEmail(STRANGER_CODE), NEW_PASSWORD);
    // Home forwards a lead to its LAO: wait for that before leaving, or the forward races the click.
    await page.waitForURL(/\/organizations\//);
    await page.getByRole('link', { name: 'เปลี่ยนรหัสผ่าน' }).click();
    await page.getByRole('heading', { level: 1, name: 'เปลี่ยนรหัสผ่าน' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('รหัสผ่านปัจจุบัน').fill('not-the-current-one');
    await page.getByLabel('รหัสผ่านใหม่', { exact: true }).fill('ทุเรียนหมอนทอง-นนทบุรี-99');
    await page.getByLabel('ยืนยันรหัสผ่าน', { exact: true }).fill('ทุเรียนหมอนทอง-นนทบุรี-99');
    await page.getByRole('button', { name: 'บันทึกรหัสผ่าน' }).click();
    await page.getByText('รหัสผ่านปัจจุบันไม่ถูกต้อง').waitFor();
    await page.getByLabel('รหัสผ่านปัจจุบัน').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'บันทึกรหัสผ่าน' }).click();
    await page.getByRole('status').filter({ hasText: 'เปลี่ยนรหัสผ่านแล้ว' }).waitFor();
    const res = await fetch(`${t.url}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: leadEmail(STRANGER_CODE), password: 'ทุเรียนหมอนทอง-นนทบุรี-99' }),
    });
    expect(res.status).toBe(200);
    await context.close();
  });

  it('a supervisor onboards people from a file: a Thai row error first, then a good file sent with progress', async () => {
    const { context, page, errors } = await newThaiPage(browser);
    await page.goto(`${t.url}/login`);
    await signInThroughPage(page, SUPERVISOR_14);
    // The supervisor's home is the province (issue 11), whose tabs lead to the people import.
    await page.waitForURL(`${t.url}/provinces/14`);
    await page.getByRole('link', { name: 'บุคลากร', exact: true }).click();
    await page.waitForURL(new RegExp(`^${t.url}/provinces/14/people`));
    await page.getByRole('heading', { level: 1, name: /นำเข้ารายชื่อบุคลากร/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const header = 'รหัส อปท.,ชื่อ-นามสกุล,อีเมล,บทบาท';
    const good = [
      header,
      `${WEB_CODE},ผู้นำเข้า หนึ่ง,onboard.one@ayutthaya.example,เจ้าหน้าที่`,
      `${STRANGER_CODE},ผู้นำเข้า สอง,onboard.two@ayutthaya.example,เจ้าหน้าที่`,
    ];
    const bad = [...good, '9999999,ไม่มีหน่วยงาน,onboard.none@ayutthaya.example,เจ้าหน้าที่'];
    const upload = async (name: string, lines: string[]) => {
      await page.getByLabel('ไฟล์รายชื่อ (XLSX หรือ CSV)').setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(lines.join('\n'), 'utf8'),
      });
      await page.getByRole('button', { name: 'ตรวจสอบไฟล์' }).click();
      await page.getByText(`ผลการตรวจสอบ ${name}`).waitFor();
    };

    await upload('รายชื่อ-ผิด.csv', bad);
    await page.getByRole('row').filter({ hasText: 'ไม่พบ อปท. รหัส "9999999"' }).waitFor();
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('พบข้อผิดพลาด 1 รายการ');
    await expect(page.getByRole('button', { name: 'ยืนยันส่งคำเชิญ' }).count()).resolves.toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await upload('รายชื่อ.csv', good);
    await page.getByText('จะส่งคำเชิญ 2 ฉบับ').waitFor();
    await page.getByRole('button', { name: 'ยืนยันส่งคำเชิญ' }).click();
    await page.getByText('ส่งคำเชิญเสร็จแล้ว: ส่งใหม่ 2 ฉบับ ข้าม 0 แถว จากทั้งหมด 2 แถว').waitFor({ timeout: 30_000 });
    await mailTo(sink, 'onboard.one@ayutthaya.example');
    await mailTo(sink, 'onboard.two@ayutthaya.example');
    expect(sink.received.filter((m) => m.envelopeTo.includes('onboard.none@ayutthaya.example'))).toEqual([]);

    // The same file again sends nothing.
    await upload('รายชื่อ.csv', good);
    await page.getByText('จะส่งคำเชิญ 0 ฉบับ').waitFor();
    await page.setViewportSize(PHONE);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize(DESKTOP);
    expect(errors).toEqual([]);
    await context.close();
  });
});

async function shoot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
