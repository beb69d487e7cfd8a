import type { Browser } from 'playwright-core';
import { launchBrowser, newThaiPage, PHONE } from '../setup/browser';
import { leadEmail, TestApp } from '../setup/test-app';
import { seriousAxeViolations, sidewaysOverflow, signInThroughPage, WEB_CODE } from './web-fixtures';

/**
 * Signing in and out in chromium against the real API: the contract's labels, a wrong password's alert,
 * keyboard only, a reload keeping the session, sign-out ending it, the forgotten-password link, English.
 */
describe('sign in (browser)', () => {
  let t: TestApp;
  let browser: Browser;
  let orgId: string;

  beforeAll(async () => {
    [t, browser] = await Promise.all([TestApp.create(), launchBrowser()]);
    orgId = await t.orgId(WEB_CODE);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('refuses a wrong password with an alert, in Thai, and no serious axe violation', async () => {
    const { context, page, errors } = await newThaiPage(browser);
    await page.goto(`${t.url}/login`);
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await signInThroughPage(page, leadEmail(WEB_CODE), 'not-the-password');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('อีเมลหรือรหัสผ่านไม่ถูกต้อง');
    expect(page.url()).toBe(`${t.url}/login`);
    // The 401 of POST /session is the browser's own console line for the refused sign-in.
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
    await context.close();
  });

  it('signs in with the keyboard only, lands on the own LAO, survives a reload, and signs out', async () => {
    const { context, page, errors } = await newThaiPage(browser);
    await page.goto(`${t.url}/`);
    await page.waitForURL(`${t.url}/login`);
    // The email box has the focus on arrival; Tab to the password, Enter submits.
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'email');
    await page.keyboard.type(leadEmail(WEB_CODE));
    await page.keyboard.press('Tab');
    await page.keyboard.type('prongsai-demo');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${t.url}/organizations/${orgId}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('เทศบาลเมืองอโยธยา');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'เทศบาลเมืองอโยธยา' }).waitFor();
    // No token in storage or readable cookies: only the flag that a session may be restored.
    expect(await page.evaluate(() => [{ ...localStorage }, sessionStorage.length, document.cookie])).toEqual([
      { 'prongsai.signedIn': '1' },
      0,
      '',
    ]);

    await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
    await page.waitForURL(`${t.url}/login`);
    await page.goto(`${t.url}/organizations/${orgId}`);
    await page.waitForURL(/\/login\?next=/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('links to the forgotten-password page and switches to English', async () => {
    const { context, page } = await newThaiPage(browser, PHONE);
    await page.goto(`${t.url}/login`);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: 'ลืมรหัสผ่าน' }).click();
    await page.waitForURL(`${t.url}/forgot-password`);
    await page.getByRole('heading', { level: 1, name: 'ลืมรหัสผ่าน' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goBack();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.getByLabel('Email').count()).resolves.toBe(1);
    await context.close();
  });
});
