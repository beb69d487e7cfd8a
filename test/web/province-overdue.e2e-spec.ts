import type { Browser, Page } from 'playwright-core';
import { SUPERVISOR_14 } from '../ita/ita-fixtures';
import { launchBrowser, newThaiPage, PHONE } from '../setup/browser';
import { leadEmail, TestApp } from '../setup/test-app';
import { seriousAxeViolations, sidewaysOverflow, signInThroughPage, WEB_CODE } from './web-fixtures';

/**
 * The province dashboard's "overdue measures across the province": the table lists exactly the open
 * measures past their due date that the database holds for the chosen district, each opening its page;
 * an LAO lead asking provinceOverdueMeasures is refused.
 */
const FY = 2566;
/** `WRITE_SCREENSHOTS=1` also refreshes docs/screenshots/province-*.png. */
// eslint-disable-next-line no-restricted-properties -- a switch of the test run, not app configuration
const SCREENSHOTS = process.env.WRITE_SCREENSHOTS === '1';
// [organization code, title, due date, status] — 2140101, 3140102 and WEB_CODE are in district 1401.
const MEASURES: [string, string, string, string][] = [
  ['2140101', 'เกินกำหนด ก', '2023-01-10', 'PLANNED'],
  ['3140102', 'เกินกำหนด ข', '2023-03-01', 'IN_PROGRESS'],
  [WEB_CODE, 'เกินกำหนด ค', '2023-02-15', 'PLANNED'],
  ['4140602', 'เกินกำหนด อำเภออื่น', '2023-01-05', 'PLANNED'],
  ['2140101', 'เสร็จแล้ว ไม่เกินกำหนด', '2023-01-01', 'COMPLETED'],
  ['3140102', 'ยังไม่ถึงกำหนด', '2099-01-01', 'PLANNED'],
];

describe('overdue measures across the province, in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [t, browser] = await Promise.all([TestApp.create(), launchBrowser()]);
    await t.db.ownerQuery(
      `INSERT INTO measures (organization_id, fiscal_year, title, responsible, due_date, status)
       SELECT o.id, ${FY}, r.title, 'สำนักปลัด', r.due::date, r.status::measure_status
       FROM jsonb_to_recordset($1::jsonb) AS r(code text, title text, due text, status text)
       JOIN organizations o ON o.code = r.code`,
      [JSON.stringify(MEASURES.map(([code, title, due, status]) => ({ code, title, due, status })))],
    );
    ({ page, errors } = await newThaiPage(browser));
    await page.goto(`${t.url}/login`);
    await signInThroughPage(page, SUPERVISOR_14);
    await page.waitForURL((u) => u.pathname === '/provinces/14');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(() => expect(errors).toEqual([]));

  const overdueInDb = async (district: string) =>
    (
      await t.db.ownerQuery<{ title: string }>(
        `SELECT m.title FROM measures m JOIN organizations o ON o.id = m.organization_id
         WHERE o.district_code = $1 AND m.fiscal_year = ${FY} AND m.status IN ('PLANNED', 'IN_PROGRESS')
           AND m.due_date < (now() AT TIME ZONE 'Asia/Bangkok')::date ORDER BY m.due_date`,
        [district],
      )
    ).map((r) => r.title);

  it('for district 1401 the table is exactly the database’s overdue measures, most overdue first', async () => {
    await page.goto(`${t.url}/provinces/14?fiscalYear=${FY}&district=1401`);
    await page.getByRole('heading', { level: 1, name: 'พระนครศรีอยุธยา' }).waitFor();
    const table = page.getByTestId('overdue-measures');
    await table.waitFor();
    const expected = await overdueInDb('1401');
    expect(expected).toEqual(['เกินกำหนด ก', 'เกินกำหนด ค', 'เกินกำหนด ข']);
    const titles = await table.locator('tbody tr.ant-table-row td:first-child a').allTextContents();
    expect(titles).toEqual(expected);
    // Thai dates (Buddhist era) and the days overdue.
    await expect(table.locator('tbody tr.ant-table-row').first().textContent()).resolves.toContain('2566');
    expect(await seriousAxeViolations(page)).toEqual([]);
    if (SCREENSHOTS) {
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: 'docs/screenshots/province-desktop.png', fullPage: true });
    }
    // A row opens the measure's page.
    await table.getByRole('link', { name: 'เกินกำหนด ค' }).click();
    await page.waitForURL((u) => /^\/measures\/[0-9a-f-]{36}$/.test(u.pathname));
    await page.getByText('เกินกำหนด ค').first().waitFor();
  });

  it('the whole province lists the other district’s measure too; the total is the database’s', async () => {
    await page.goto(`${t.url}/provinces/14?fiscalYear=${FY}`);
    const table = page.getByTestId('overdue-measures');
    await table.waitFor();
    const titles = await table.locator('tbody tr.ant-table-row td:first-child a').allTextContents();
    expect(titles[0]).toBe('เกินกำหนด อำเภออื่น');
    expect(titles).not.toContain('เสร็จแล้ว ไม่เกินกำหนด');
    expect(titles).not.toContain('ยังไม่ถึงกำหนด');
    const [{ n }] = await t.db.ownerQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM measures m JOIN organizations o ON o.id = m.organization_id
       WHERE o.province_code = '14' AND m.fiscal_year = ${FY} AND m.status IN ('PLANNED', 'IN_PROGRESS')
         AND m.due_date < (now() AT TIME ZONE 'Asia/Bangkok')::date`,
    );
    await page.getByText(`รวม ${n} มาตรการเกินกำหนด`).waitFor();
  });

  it('at 390 px the dashboard does not scroll sideways (the overdue table scrolls inside)', async () => {
    const phone = await newThaiPage(browser, PHONE);
    await phone.page.goto(`${t.url}/login`);
    await signInThroughPage(phone.page, SUPERVISOR_14);
    await phone.page.waitForURL((u) => u.pathname === '/provinces/14');
    await phone.page.goto(`${t.url}/provinces/14?fiscalYear=${FY}&district=1401`);
    await phone.page.getByTestId('overdue-measures').waitFor();
    await phone.page.waitForLoadState('networkidle');
    expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(phone.page)).toEqual([]);
    if (SCREENSHOTS)
      await phone.page.screenshot({ path: 'docs/screenshots/province-phone.png', fullPage: true });
    expect(phone.errors).toEqual([]);
    await phone.context.close();
  });

  it('an LAO lead asking provinceOverdueMeasures is refused (FORBIDDEN), no rows', async () => {
    const res = await t.gql(
      `{ provinceOverdueMeasures(provinceCode: "14", fiscalYear: ${FY}) { totalCount items { title } } }`,
      {},
      await t.token(leadEmail(WEB_CODE)),
    );
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
