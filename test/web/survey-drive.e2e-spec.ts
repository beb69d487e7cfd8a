import type { Browser } from 'playwright-core';
import { surveyWindowState } from '@prongsai/surveys';
import { bangkokToday, formatThaiDate } from '@prongsai/thai';
import { SUPERVISOR_14 } from '../ita/ita-fixtures';
import { launchBrowser, newThaiPage } from '../setup/browser';
import { ADMIN, leadEmail, TestApp } from '../setup/test-app';
import { seriousAxeViolations, signInThroughPage, STRANGER_CODE, WEB_CODE } from './web-fixtures';

/**
 * The survey drive (issue 14): an admin sets the NACC's survey windows of a year, every LAO's survey card
 * counts the days from them, and the province page lists the LAOs still below their minimum responses —
 * through the API (rules, refusals) and in the browser.
 */
/** `WRITE_SCREENSHOTS=1` also refreshes docs/screenshots/survey-*.png. */
// eslint-disable-next-line no-restricted-properties -- a switch of the test run, not app configuration
const SCREENSHOTS = process.env.WRITE_SCREENSHOTS === '1';
const WINDOWS = `query($y: Int!) { surveyWindows(fiscalYear: $y) { tool opensOn closesOn phase daysUntilOpen daysLeft } }`;
const SET = `mutation($i: SetSurveyWindowInput!) { setSurveyWindow(input: $i) { tool opensOn closesOn phase daysLeft } }`;
const SHORTFALLS = `query($d: String) { provinceSurveyShortfalls(provinceCode: "14", fiscalYear: 2570, districtCode: $d) {
  organizationCode tool minimumResponses responsesSoFar missing } }`;

describe('survey windows and survey shortfalls', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: string;
  let lead: string;

  beforeAll(async () => {
    [t, browser] = await Promise.all([TestApp.create(), launchBrowser()]);
    admin = await t.token(ADMIN);
    lead = await t.token(leadEmail(WEB_CODE));
    // FY2570 targets: WEB_CODE short by 20 on IIT and done on EIT, STRANGER_CODE short by 5 on EIT, one without minimum.
    const targets: [string, 'IIT' | 'EIT', number | null, number][] = [
      [WEB_CODE, 'IIT', 40, 20],
      [WEB_CODE, 'EIT', 100, 120],
      [STRANGER_CODE, 'EIT', 30, 25],
      ['2140101', 'IIT', null, 3],
    ];
    for (const [code, tool, minimumResponses, responsesSoFar] of targets) {
      const res = await t.gql(
        `mutation($i: SetSurveyTargetInput!) { setSurveyTarget(input: $i) { id } }`,
        {
          i: {
            organizationId: await t.orgId(code),
            fiscalYear: 2570,
            tool,
            minimumResponses,
            responsesSoFar,
          },
        },
        await t.token(leadEmail(code)),
      );
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const stored = async () =>
    t.db.ownerQuery<{ tool: string; opens: string; closes: string }>(
      `SELECT tool::text, to_char(opens_on, 'YYYY-MM-DD') AS opens, to_char(closes_on, 'YYYY-MM-DD') AS closes
       FROM survey_windows WHERE fiscal_year = 2570 ORDER BY tool`,
    );

  it('an admin sets a window; everyone reads it with where today stands in it', async () => {
    const set = await t.gql(
      SET,
      { i: { fiscalYear: 2570, tool: 'IIT', opensOn: '2027-02-01', closesOn: '2027-05-31' } },
      admin,
    );
    expect(set.errors).toBeUndefined();
    const expected = surveyWindowState({ opensOn: '2027-02-01', closesOn: '2027-05-31' }, bangkokToday());
    const read = await t.gql(WINDOWS, { y: 2570 }, lead);
    expect(read.errors).toBeUndefined();
    expect(read.data?.surveyWindows[0]).toEqual({
      tool: 'IIT',
      opensOn: '2027-02-01',
      closesOn: '2027-05-31',
      ...expected,
    });
    expect((await stored()).find((w) => w.tool === 'IIT')).toEqual({
      tool: 'IIT',
      opens: '2027-02-01',
      closes: '2027-05-31',
    });
  });

  it.each([
    [
      'closing before opening',
      { opensOn: '2027-05-01', closesOn: '2027-04-30' },
      'input.closesOn',
      'SURVEY_WINDOW_INVERTED',
    ],
    [
      'opening before the fiscal year',
      { opensOn: '2026-09-30', closesOn: '2027-04-30' },
      'input.opensOn',
      'SURVEY_WINDOW_OUTSIDE_YEAR',
    ],
    [
      'closing after the fiscal year',
      { opensOn: '2027-05-01', closesOn: '2027-10-01' },
      'input.closesOn',
      'SURVEY_WINDOW_OUTSIDE_YEAR',
    ],
  ])('refuses %s, naming the field, and changes nothing', async (_name, dates, field, reason) => {
    const before = await stored();
    const res = await t.gql(SET, { i: { fiscalYear: 2570, tool: 'EIT', ...dates } }, admin);
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await stored()).toEqual(before);
  });

  it('a lead cannot set a window (FORBIDDEN), nothing changes', async () => {
    const before = await stored();
    const res = await t.gql(
      SET,
      { i: { fiscalYear: 2570, tool: 'EIT', opensOn: '2027-01-01', closesOn: '2027-01-02' } },
      lead,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored()).toEqual(before);
  });

  it('lists the LAOs below their minimum, furthest behind first, by district too; a lead is refused', async () => {
    const supervisor = await t.token(SUPERVISOR_14);
    const all = await t.gql(SHORTFALLS, {}, supervisor);
    expect(all.errors).toBeUndefined();
    const expected = await t.db.ownerQuery<{
      organizationCode: string;
      tool: string;
      minimumResponses: number;
      responsesSoFar: number;
      missing: number;
    }>(
      `SELECT o.code AS "organizationCode", s.tool::text AS tool, s.minimum_responses AS "minimumResponses",
              s.responses_so_far AS "responsesSoFar", s.minimum_responses - s.responses_so_far AS missing
       FROM survey_targets s JOIN organizations o ON o.id = s.organization_id
       WHERE o.province_code = '14' AND s.fiscal_year = 2570 AND s.responses_so_far < s.minimum_responses
       ORDER BY missing DESC`,
    );
    expect(expected.map((e) => e.organizationCode)).toEqual([WEB_CODE, STRANGER_CODE]);
    expect(all.data?.provinceSurveyShortfalls).toEqual(expected);
    const district = await t.gql(SHORTFALLS, { d: '1401' }, supervisor);
    expect(
      district.data?.provinceSurveyShortfalls.map((s: { organizationCode: string }) => s.organizationCode),
    ).toEqual([WEB_CODE]);
    const refused = await t.gql(SHORTFALLS, {}, lead);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('in the browser: the admin moves EIT’s window, the lead’s card counts from it, the province lists who is short', async () => {
    const adminPage = await newThaiPage(browser);
    await adminPage.page.goto(`${t.url}/login`);
    await signInThroughPage(adminPage.page, ADMIN);
    await adminPage.page.waitForURL((u) => u.pathname === '/admin');
    await adminPage.page.goto(`${t.url}/admin?tab=surveyWindows`);
    await adminPage.page.getByRole('heading', { name: 'ช่วงเวลาตอบแบบวัด IIT และ EIT' }).waitFor();
    await adminPage.page.getByLabel('วันเปิดรับคำตอบ EIT').fill('15/01/2570');
    await adminPage.page.getByLabel('วันปิดรับคำตอบ EIT').fill('15/07/2570');
    await adminPage.page.getByRole('button', { name: 'บันทึกช่วงเวลา EIT' }).click();
    await adminPage.page.getByText('บันทึกช่วงเวลาตอบแบบวัด EIT แล้ว').waitFor();
    expect((await stored()).find((w) => w.tool === 'EIT')).toEqual({
      tool: 'EIT',
      opens: '2027-01-15',
      closes: '2027-07-15',
    });
    expect(await seriousAxeViolations(adminPage.page)).toEqual([]);
    if (SCREENSHOTS) await adminPage.page.screenshot({ path: 'docs/screenshots/survey-windows-admin.png' });
    expect(adminPage.errors).toEqual([]);
    await adminPage.context.close();

    const leadPage = await newThaiPage(browser);
    await leadPage.page.goto(`${t.url}/login`);
    await signInThroughPage(leadPage.page, leadEmail(WEB_CODE));
    await leadPage.page.getByRole('heading', { level: 1, name: 'เทศบาลเมืองอโยธยา' }).waitFor();
    await leadPage.page.goto(`${t.url}/organizations/${await t.orgId(WEB_CODE)}?fiscalYear=2570`);
    const eit = surveyWindowState({ opensOn: '2027-01-15', closesOn: '2027-07-15' }, bangkokToday());
    const text =
      eit.phase === 'OPEN'
        ? `EIT: เปิดให้ตอบแล้ว เหลืออีก ${eit.daysLeft} วัน (ถึง ${formatThaiDate('2027-07-15')})`
        : eit.phase === 'NOT_OPEN'
          ? `EIT: เปิดให้ตอบ ${formatThaiDate('2027-01-15')} ถึง ${formatThaiDate('2027-07-15')} (อีก ${eit.daysUntilOpen} วันจะเปิด)`
          : `EIT: ปิดรับคำตอบแล้ว (${formatThaiDate('2027-01-15')} ถึง ${formatThaiDate('2027-07-15')})`;
    expect(await leadPage.page.getByTestId('survey-window-EIT').textContent()).toBe(text);
    if (SCREENSHOTS)
      await leadPage.page.screenshot({ path: 'docs/screenshots/survey-card-window.png', fullPage: true });
    expect(leadPage.errors).toEqual([]);
    await leadPage.context.close();

    const supervisorPage = await newThaiPage(browser);
    await supervisorPage.page.goto(`${t.url}/login`);
    await signInThroughPage(supervisorPage.page, SUPERVISOR_14);
    await supervisorPage.page.waitForURL((u) => u.pathname === '/provinces/14');
    await supervisorPage.page.goto(`${t.url}/provinces/14?fiscalYear=2570`);
    const rows = supervisorPage.page.getByTestId('survey-shortfalls').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    const first = await rows.first().locator('td').allTextContents();
    expect(first).toEqual(['เทศบาลเมืองอโยธยา', 'พระนครศรีอยุธยา', 'IIT', '20 / 40', '20']);
    expect(await rows.count()).toBe(2);
    if (SCREENSHOTS)
      await supervisorPage.page
        .getByTestId('survey-shortfalls')
        .screenshot({ path: 'docs/screenshots/survey-shortfalls-province.png' });
    expect(await seriousAxeViolations(supervisorPage.page)).toEqual([]);
    expect(supervisorPage.errors).toEqual([]);
    await supervisorPage.context.close();
  });
});
