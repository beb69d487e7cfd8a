import type { Browser, Page } from 'playwright-core';
import { insertProgress, type ProgressFixture } from '../rollup/rollup-fixtures';
import { launchBrowser, newThaiPage, PHONE } from '../setup/browser';
import { ADMIN, TestApp } from '../setup/test-app';
import { seriousAxeViolations, sidewaysOverflow, signInThroughPage } from './web-fixtures';

/**
 * The national admin's home in chromium against the real API: the national roll-up's figures are
 * nationalRollup's for the year chosen, each province opens its dashboard, and an email that failed for good
 * is listed in Thai and sent again with one click (it leaves the list; the database has it PENDING).
 */
// prettier-ignore
const PROGRESS: ProgressFixture[] = [
  { code: '2140101', fiscalYear: 2566, estimatedScore: 92.5, grade: 'A', passing: true, gapToPass: 0 },
  { code: '3140102', fiscalYear: 2566, estimatedScore: 80, grade: 'B', passing: false, gapToPass: 5 },
  { code: '5140201', fiscalYear: 2566, estimatedScore: 97, grade: 'AA', passing: true, gapToPass: 0 },
];

describe('the national admin in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [t, browser] = await Promise.all([TestApp.create(), launchBrowser()]);
    await insertProgress(t, PROGRESS);
    ({ page, errors } = await newThaiPage(browser));
    await page.goto(`${t.url}/login`);
    await signInThroughPage(page, ADMIN);
    // An admin's home is the national roll-up.
    await page.waitForURL((u) => u.pathname === '/admin');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(() => expect(errors).toEqual([]));

  it('shows nationalRollup’s figures for the year chosen, and a province opens its dashboard', async () => {
    const res = await t.gql(
      `{ nationalRollup(fiscalYear: 2566) { organizationCount passingCount
         provinces { province { code nameTh } organizationCount passingCount } } }`,
      {},
      await t.token(ADMIN),
    );
    expect(res.errors).toBeUndefined();
    const n = res.data!.nationalRollup as {
      organizationCount: number;
      passingCount: number;
      provinces: {
        province: { code: string; nameTh: string };
        organizationCount: number;
        passingCount: number;
      }[];
    };
    expect(n.passingCount).toBe(2);
    await page.getByRole('combobox', { name: 'ปีงบประมาณ' }).click();
    await page.locator('.ant-select-item-option', { hasText: '2566' }).click();
    await page.waitForURL((u) => u.searchParams.get('fiscalYear') === '2566');
    await page
      .getByTestId('national-passing')
      .filter({ hasText: `${n.passingCount} จาก ${n.organizationCount.toLocaleString()} หน่วยงาน` })
      .waitFor();
    const ayutthaya = n.provinces.find((p) => p.province.code === '14')!;
    const row = page.locator('tbody tr.ant-table-row').filter({ hasText: ayutthaya.province.nameTh });
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual([
      ayutthaya.province.nameTh,
      ayutthaya.organizationCount.toLocaleString(),
      String(ayutthaya.passingCount),
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await row.getByRole('link', { name: ayutthaya.province.nameTh }).click();
    await page.waitForURL((u) => u.pathname === '/provinces/14');
    await page.getByRole('heading', { level: 1, name: ayutthaya.province.nameTh }).waitFor();
  });

  it('lists an email that failed for good, in Thai, and sends it again', async () => {
    const [{ id }] = await t.db.ownerQuery<{ id: string }>(
      `INSERT INTO notifications (kind, idempotency_key, recipient_email, recipient_name, payload, status, attempts,
         failed_at, last_error)
       VALUES ('INVITATION', 'test:failed-invitation', 'lead.nowhere@example.go.th', 'ผู้รับผิดชอบ', '{}', 'FAILED', 5,
         now(), '550 5.1.1 mailbox unavailable')
       RETURNING id`,
    );
    await page.goto(`${t.url}/admin?tab=notifications`);
    const row = page.locator('tbody tr.ant-table-row').filter({ hasText: 'lead.nowhere@example.go.th' });
    await row.waitFor();
    expect(await row.locator('td').first().textContent()).toBe('คำเชิญเข้าใช้ระบบ');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await row.getByRole('button', { name: 'ส่งอีกครั้ง' }).click();
    await page.getByText('ส่งเข้าคิวอีกครั้งแล้ว').waitFor();
    await row.waitFor({ state: 'detached' });
    const [{ status }] = await t.db.ownerQuery<{ status: string }>(
      `SELECT status::text FROM notifications WHERE id = $1`,
      [id],
    );
    expect(status).toBe('PENDING');
  });

  it('at 390 px the national page does not scroll sideways (the province table scrolls inside)', async () => {
    const phone = await newThaiPage(browser, PHONE);
    await phone.page.goto(`${t.url}/login`);
    await signInThroughPage(phone.page, ADMIN);
    await phone.page.waitForURL((u) => u.pathname === '/admin');
    await phone.page.getByTestId('national-passing').waitFor();
    await phone.page.waitForLoadState('networkidle');
    expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(phone.page)).toEqual([]);
    expect(phone.errors).toEqual([]);
    await phone.context.close();
  });
});
