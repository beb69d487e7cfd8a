import type { Browser, Page } from 'playwright-core';
import { SUPERVISOR_14 } from '../ita/ita-fixtures';
import { insertProgress, type ProgressFixture } from '../rollup/rollup-fixtures';
import { launchBrowser, newThaiPage, PHONE } from '../setup/browser';
import { leadEmail, TestApp } from '../setup/test-app';
import {
  seriousAxeViolations,
  sidewaysOverflow,
  signInThroughPage,
  STRANGER_CODE,
  WEB_CODE,
} from './web-fixtures';

/**
 * A province supervisor in chromium against the real API and the 158 seeded LAOs of province 14: the
 * dashboard's figures are provinceRollup's, a district filter changes every part, the OIT review queue
 * accepts and returns by keyboard with the counts dropping at once; an LAO lead sees no province figures.
 */
const FY = 2566;
/** `WRITE_SCREENSHOTS=1` also refreshes docs/screenshots/province-measures.png. */
// eslint-disable-next-line no-restricted-properties -- a switch of the test run, not app configuration
const SCREENSHOTS = process.env.WRITE_SCREENSHOTS === '1';
// prettier-ignore
const PROGRESS: ProgressFixture[] = [
  { code: '2140101', fiscalYear: FY, estimatedScore: 92.5, grade: 'A', passing: true, gapToPass: 0 },
  { code: '3140102', fiscalYear: FY, estimatedScore: 80, grade: 'B', passing: false, gapToPass: 5 },
  { code: '5140201', fiscalYear: FY, estimatedScore: 97, grade: 'AA', passing: true, gapToPass: 0 },
  { code: '6140203', fiscalYear: FY, estimatedScore: 70, grade: 'C', passing: false, gapToPass: 15 },
  { code: '3140102', fiscalYear: FY - 1, estimatedScore: 86, grade: 'A', passing: true, gapToPass: 0 },
];

const ROLLUP = `query($d: String) { provinceRollup(provinceCode: "14", fiscalYear: ${FY}, districtCode: $d) {
  organizationCount passingCount byDistrict { district { code nameTh } organizationCount passingCount }
  atRisk(first: 500) { organization { nameTh district { code } } } } }`;

describe('a province supervisor in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let supervisor: string;

  beforeAll(async () => {
    [t, browser] = await Promise.all([TestApp.create(), launchBrowser()]);
    await insertProgress(t, PROGRESS);
    supervisor = await t.token(SUPERVISOR_14);
    // Three published OIT items waiting for review: two of the web LAO, one of another district's LAO.
    for (const [code, item] of [
      [WEB_CODE, 'O1'],
      [STRANGER_CODE, 'O2'],
      [WEB_CODE, 'O11'],
    ] as const) {
      const res = await t.gql(
        `mutation($input: UpdateOitItemInput!) { updateOitItem(input: $input) { code } }`,
        {
          input: {
            organizationId: await t.orgId(code),
            fiscalYear: FY,
            itemCode: item,
            status: 'PUBLISHED',
            evidenceUrls: [`https://example.go.th/${code}/${item}`],
          },
        },
        await t.token(leadEmail(code)),
      );
      expect(res.errors).toBeUndefined();
    }
    ({ page, errors } = await newThaiPage(browser));
    await page.goto(`${t.url}/login`);
    await signInThroughPage(page, SUPERVISOR_14);
    // A supervisor's home is the province dashboard.
    await page.waitForURL((u) => u.pathname === '/provinces/14');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(() => expect(errors).toEqual([]));

  const rollup = async (d?: string) => {
    const res = await t.gql(ROLLUP, { d }, supervisor);
    expect(res.errors).toBeUndefined();
    return res.data!.provinceRollup;
  };
  const passingText = (r: { passingCount: number; organizationCount: number }) =>
    `${r.passingCount} จาก ${r.organizationCount} หน่วยงาน`;

  it('shows provinceRollup’s figures: the pass count against 158 LAOs, and per district', async () => {
    await page.goto(`${t.url}/provinces/14?fiscalYear=${FY}`);
    await page.getByRole('heading', { level: 1, name: 'พระนครศรีอยุธยา' }).waitFor();
    const r = await rollup();
    expect(r.organizationCount).toBe(158);
    await expect(page.getByTestId('passing-count').textContent()).resolves.toBe(passingText(r));
    const table = page.getByRole('region', { name: 'รายอำเภอ' }).getByRole('table');
    for (const d of r.byDistrict) {
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: d.district.nameTh, exact: true }) });
      const cells = await row.getByRole('cell').allTextContents();
      expect(cells.slice(0, 3)).toEqual([
        d.district.nameTh,
        String(d.organizationCount),
        String(d.passingCount),
      ]);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('a district filter changes every part: the figures, the district table, the at-risk list', async () => {
    const all = await rollup();
    const only = await rollup('1401');
    const name = all.byDistrict.find((d: { district: { code: string } }) => d.district.code === '1401')
      .district.nameTh;
    // By keyboard: the district box searches its choices as one types.
    await page.getByRole('combobox', { name: 'อำเภอ' }).fill(name);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('district') === '1401');
    await page
      .getByTestId('passing-count')
      .filter({ hasText: passingText(only) })
      .waitFor();
    expect(passingText(only)).not.toBe(passingText(all));
    const table = page.getByRole('region', { name: 'รายอำเภอ' }).getByRole('table');
    await expect(table.getByRole('row').count()).resolves.toBe(2); // header + the one district
    // The at-risk list holds only the district's LAOs (3140102 is of 1401, 6140203 is not).
    const atRisk = only.atRisk.map((a: { organization: { nameTh: string } }) => a.organization.nameTh);
    const other = all.atRisk.find(
      (a: { organization: { district: { code: string } } }) => a.organization.district.code !== '1401',
    );
    expect(atRisk.length).toBeGreaterThan(0);
    for (const n of atRisk) await page.getByRole('link', { name: n, exact: true }).first().waitFor();
    await expect(
      page.getByRole('link', { name: other.organization.nameTh, exact: true }).count(),
    ).resolves.toBe(0);
  });

  it('the review queue: accept by key, return with a required reason, counts drop at once', async () => {
    await page.goto(`${t.url}/provinces/14/reviews?fiscalYear=${FY}`);
    await page.getByRole('heading', { level: 1, name: 'ตรวจข้อมูล OIT ที่รอการตรวจ' }).waitFor();
    await page.getByTestId('pending-count').filter({ hasText: 'รอตรวจ 3 ข้อ' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Oldest first: the web LAO's O1.
    await page.getByTestId('review-current').filter({ hasText: 'O1 ' }).waitFor();
    await page.getByTestId('review-current').focus();
    await page.keyboard.press('KeyA');
    await page.getByTestId('pending-count').filter({ hasText: 'รอตรวจ 2 ข้อ' }).waitFor();
    await page.getByTestId('review-current').filter({ hasText: 'O2 ' }).waitFor();
    await page.keyboard.press('KeyR');
    await page.getByRole('button', { name: 'ยืนยันส่งกลับ' }).click();
    await page.getByRole('alert').filter({ hasText: 'กรุณาระบุสิ่งที่ต้องแก้ไข' }).waitFor();
    await page.getByLabel('เหตุผลที่ส่งกลับ').fill('ลิงก์ไม่ใช่หน้าของข้อนี้');
    await page.getByRole('button', { name: 'ยืนยันส่งกลับ' }).click();
    await page.getByTestId('pending-count').filter({ hasText: 'รอตรวจ 1 ข้อ' }).waitFor();
    const items = async (code: string) =>
      (
        await t.gql(
          `query($o: ID!) { oitItems(organizationId: $o, fiscalYear: ${FY}) { code review reviewComment } }`,
          { o: await t.orgId(code) },
          supervisor,
        )
      ).data!.oitItems as { code: string; review: string | null; reviewComment: string | null }[];
    expect((await items(WEB_CODE)).find((i) => i.code === 'O1')).toMatchObject({ review: 'ACCEPTED' });
    expect((await items(STRANGER_CODE)).find((i) => i.code === 'O2')).toEqual({
      code: 'O2',
      review: 'RETURNED',
      reviewComment: 'ลิงก์ไม่ใช่หน้าของข้อนี้',
    });
  });

  it('a province-wide measure reaches exactly the LAOs chosen (district 1401, town municipalities)', async () => {
    await page.goto(`${t.url}/provinces/14/measures?fiscalYear=${FY}`);
    await page.getByRole('heading', { level: 1, name: 'สร้างมาตรการทั้งจังหวัด' }).waitFor();
    await page.getByTestId('reach-count').filter({ hasText: 'จะส่งถึง 158 หน่วยงาน' }).waitFor();
    await page.getByRole('radio', { name: 'เลือกตามอำเภอ/ประเภท' }).check();
    const chosen = await t.db.ownerQuery<{ id: string }>(
      `SELECT id FROM organizations WHERE province_code = '14' AND district_code = '1401' AND type = 'TOWN_MUNICIPALITY'`,
    );
    expect(chosen.length).toBeGreaterThan(0);
    const districts = page.getByRole('combobox', { name: 'อำเภอ', exact: true });
    await districts.fill('พระนครศรีอยุธยา');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'ประเภทหน่วยงาน' }).fill('เทศบาลเมือง');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page
      .getByTestId('reach-count')
      .filter({ hasText: `จะส่งถึง ${chosen.length} หน่วยงาน` })
      .waitFor();
    await page.getByLabel('มาตรการ', { exact: true }).fill('อบรมการเปิดเผยข้อมูลสาธารณะทั้งจังหวัด');
    await page.getByLabel('ขั้นตอนหรือวิธีการปฏิบัติ').fill('จัดอบรม\nรายงานผล');
    await page.getByLabel('ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง').fill('สำนักปลัด');
    await page.getByLabel('กำหนดแล้วเสร็จ').fill('15/08/2566');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: `สร้างมาตรการให้ ${chosen.length} หน่วยงาน` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `สร้างมาตรการให้ ${chosen.length} หน่วยงานแล้ว` })
      .first()
      .waitFor();
    const reached = await t.db.ownerQuery<{ organization_id: string }>(
      `SELECT organization_id FROM measures WHERE title = 'อบรมการเปิดเผยข้อมูลสาธารณะทั้งจังหวัด' AND province_measure_id IS NOT NULL`,
    );
    expect(reached.map((r) => r.organization_id).sort()).toEqual(chosen.map((c) => c.id).sort());

    // Then followed: the progress table counts the copies, and one LAO completing it moves the count.
    const progress = page
      .getByTestId('province-measures-progress')
      .locator('tbody tr.ant-table-row')
      .filter({ hasText: 'อบรมการเปิดเผยข้อมูลสาธารณะทั้งจังหวัด' });
    await progress.getByText(`เสร็จแล้ว 0 จาก ${chosen.length} หน่วยงาน`).waitFor();
    await t.db.ownerQuery(
      `UPDATE measures SET status = 'COMPLETED', result = 'จัดอบรมแล้ว', completed_at = now()
       WHERE organization_id = $1 AND title = 'อบรมการเปิดเผยข้อมูลสาธารณะทั้งจังหวัด'`,
      [reached[0].organization_id],
    );
    await page.reload();
    await progress.getByText(`เสร็จแล้ว 1 จาก ${chosen.length} หน่วยงาน`).waitFor();
    // 15/08/2566 is long past: every copy still open is overdue.
    const cells = await progress.locator('td').allTextContents();
    expect(cells.slice(3)).toEqual(['0', String(chosen.length - 1), String(chosen.length - 1), '0']);
    expect(await seriousAxeViolations(page)).toEqual([]);
    if (SCREENSHOTS)
      await page.screenshot({ path: 'docs/screenshots/province-measures.png', fullPage: true });
  });

  it('provinceMeasures equals the database’s counts of the copies; an LAO lead is refused', async () => {
    const query = `{ provinceMeasures(provinceCode: "14", fiscalYear: ${FY}) { title reached completed planned overdue } }`;
    const res = await t.gql(query, {}, supervisor);
    expect(res.errors).toBeUndefined();
    const [{ reached, completed }] = await t.db.ownerQuery<{ reached: number; completed: number }>(
      `SELECT count(*)::int AS reached, count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed
       FROM measures WHERE title = 'อบรมการเปิดเผยข้อมูลสาธารณะทั้งจังหวัด' AND province_measure_id IS NOT NULL`,
    );
    expect(res.data?.provinceMeasures).toEqual([
      {
        title: 'อบรมการเปิดเผยข้อมูลสาธารณะทั้งจังหวัด',
        reached,
        completed,
        planned: reached - completed,
        overdue: reached - completed,
      },
    ]);
    const refused = await t.gql(query, {}, await t.token(leadEmail(WEB_CODE)));
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the digest page shows the coming Monday’s email as supervisorDigestPreview renders it', async () => {
    const res = await t.gql(
      `{ supervisorDigestPreview(provinceCode: "14") { subject text } }`,
      {},
      supervisor,
    );
    expect(res.errors).toBeUndefined();
    const { subject, text } = res.data!.supervisorDigestPreview as { subject: string; text: string };
    expect(subject).toContain('จังหวัดพระนครศรีอยุธยา');
    await page.goto(`${t.url}/provinces/14/digest`);
    await page.getByRole('heading', { level: 1, name: 'สรุปรายสัปดาห์' }).waitFor();
    await page.getByTestId('digest-subject').filter({ hasText: subject }).waitFor();
    expect((await page.getByTestId('digest-text').innerText()).trim()).toBe(text.trim());
    expect(await seriousAxeViolations(page)).toEqual([]);
    if (SCREENSHOTS) await page.screenshot({ path: 'docs/screenshots/province-digest.png' });
  });

  it('at 390 px: the dashboard and the queue do not scroll sideways (tables scroll inside)', async () => {
    const phone = await newThaiPage(browser, PHONE);
    await phone.page.goto(`${t.url}/login`);
    await signInThroughPage(phone.page, SUPERVISOR_14);
    await phone.page.waitForURL((u) => u.pathname === '/provinces/14');
    for (const path of [`/provinces/14?fiscalYear=${FY}`, `/provinces/14/reviews?fiscalYear=${FY}`]) {
      await phone.page.goto(`${t.url}${path}`);
      await phone.page.getByRole('heading', { level: 1 }).waitFor();
      await phone.page.waitForLoadState('networkidle');
      expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
    }
    expect(phone.errors).toEqual([]);
    await phone.context.close();
  });

  it('an LAO lead opening /provinces/14 sees no province figures, and a Thai message why', async () => {
    const lead = await newThaiPage(browser);
    await lead.page.goto(`${t.url}/login`);
    await signInThroughPage(lead.page, leadEmail(WEB_CODE));
    await lead.page.getByRole('heading', { level: 1, name: 'เทศบาลเมืองอโยธยา' }).waitFor();
    await lead.page.goto(`${t.url}/provinces/14?fiscalYear=${FY}`);
    await lead.page.getByRole('alert').filter({ hasText: 'ท่านไม่มีสิทธิ์ดูข้อมูลของจังหวัดนี้' }).waitFor();
    await expect(lead.page.getByTestId('passing-count').count()).resolves.toBe(0);
    await expect(lead.page.getByRole('heading', { name: 'พระนครศรีอยุธยา' }).count()).resolves.toBe(0);
    await lead.context.close();
  });
});
