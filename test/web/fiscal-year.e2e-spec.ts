import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newThaiPage, PHONE } from '../setup/browser';
import { ADMIN, leadEmail, TestApp } from '../setup/test-app';
import { seriousAxeViolations, sidewaysOverflow, signInThroughPage, WEB_CODE } from './web-fixtures';

/**
 * Issue 15's pages, in the browser against the real API: an admin starts FY2571's framework as a copy of
 * 2570, breaks and fixes a weight (the problem is named by table, row and column, and nothing is stored
 * until it is fixed), saves and publishes it, and a bad file is refused before import; a lead carries
 * FY2569's unfinished measures into 2570 exactly once.
 */
// eslint-disable-next-line no-restricted-properties -- a switch of the test run, not app configuration
const SCREENSHOTS = process.env.WRITE_SCREENSHOTS === '1';

interface ToolRow {
  code: string;
  weight: number;
}

describe('fiscal-year lifecycle pages, in the browser', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    [t, browser] = await Promise.all([TestApp.create(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const draftOf = async (year: number) =>
    (
      await t.db.ownerQuery<{
        id: string;
        status: string;
        revision: number;
        tools: ToolRow[];
        confirmed: boolean;
      }>(
        `SELECT id, status::text, revision, definition->'tools' AS tools, confirmed_by_nacc AS confirmed
         FROM framework_versions WHERE fiscal_year = $1 ORDER BY revision DESC`,
        [year],
      )
    )[0];

  describe('an admin', () => {
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      ({ page, errors } = await newThaiPage(browser));
      await page.goto(`${t.url}/login`);
      await signInThroughPage(page, ADMIN);
      await page.waitForURL((u) => u.pathname === '/admin');
    });
    afterEach(() => expect(errors).toEqual([]));

    it('lists every year’s versions, FY2570 marked as not confirmed with the NACC', async () => {
      await page.goto(`${t.url}/admin/frameworks`);
      await page.getByRole('heading', { level: 1, name: 'เกณฑ์การประเมิน ITA แต่ละปีงบประมาณ' }).waitFor();
      const rows = page.locator('tbody tr.ant-table-row');
      await rows.first().waitFor();
      const [{ n }] = await t.db.ownerQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM framework_versions`,
      );
      expect(await rows.count()).toBe(n);
      const row2570 = rows.filter({ hasText: 'เกณฑ์ปีงบประมาณ 2570 ฉบับที่' });
      await expect(row2570.getByText('ยังไม่ยืนยันเกณฑ์ของปีนี้').count()).resolves.toBe(1);
      expect(await seriousAxeViolations(page)).toEqual([]);
      if (SCREENSHOTS)
        await page.screenshot({ path: 'docs/screenshots/admin-frameworks.png', fullPage: true });
    });

    it('copies 2570 into a 2571 draft, refuses a weight that breaks 100 % naming the cell, then saves and publishes', async () => {
      await page.goto(`${t.url}/admin/frameworks`);
      // The list first: the dialog's "copy from" choices are the years it lists.
      await page.locator('tbody tr.ant-table-row').first().waitFor();
      await page.getByRole('button', { name: 'สร้างฉบับร่างโดยคัดลอก' }).click();
      const dialog = page.getByRole('dialog', { name: 'สร้างฉบับร่างของเกณฑ์' });
      await dialog.getByLabel('ปีงบประมาณของฉบับร่าง').fill('2571');
      await dialog.getByRole('button', { name: 'สร้างฉบับร่าง' }).click();
      // The draft's page, or the dialog's refusal said in the failure (a CI run under load once timed out here).
      const refusal = dialog.getByRole('alert');
      await Promise.race([
        page.waitForURL((u) => /^\/admin\/frameworks\/[0-9a-f-]{36}$/.test(u.pathname), { timeout: 45_000 }),
        refusal.waitFor({ timeout: 45_000 }).then(async () => {
          throw new Error(`the dialog refused: ${await refusal.textContent()}`);
        }),
      ]);
      await page.getByRole('heading', { level: 1, name: /^เกณฑ์ปีงบประมาณ 2571 ฉบับที่/ }).waitFor();
      const draft = await draftOf(2571);
      expect(draft.status).toBe('DRAFT');
      expect(page.url()).toContain(draft.id);
      const before = draft.tools.map((x) => x.weight);

      // IIT 30 % → 35 %: the tools now sum to 105 %.
      const iit = page.getByLabel('เครื่องมือการประเมิน แถวที่ 1 น้ำหนัก (%)');
      await iit.fill('35');
      await page.getByRole('button', { name: 'บันทึกฉบับร่าง' }).click();
      const problems = page.getByTestId('framework-problems');
      await problems.waitFor();
      expect(await problems.textContent()).toContain(
        'เครื่องมือการประเมิน · แถวที่ 1 · น้ำหนัก (%): น้ำหนักในระดับเดียวกันต้องรวมกันได้ 100%',
      );
      expect((await draftOf(2571)).tools.map((x) => x.weight)).toEqual(before);
      expect(await seriousAxeViolations(page)).toEqual([]);

      // EIT 30 % → 25 %: 35 + 25 + 40 = 100.
      await page.getByLabel('เครื่องมือการประเมิน แถวที่ 2 น้ำหนัก (%)').fill('25');
      await page.getByRole('button', { name: 'ตรวจสอบความถูกต้อง' }).click();
      await page.getByText('เกณฑ์นี้ถูกต้องครบทุกข้อ').waitFor();
      await page.getByRole('button', { name: 'บันทึกฉบับร่าง' }).click();
      await page.getByText('บันทึกฉบับร่างแล้ว').waitFor();
      // The message follows the saved mutation: the database holds the new weights.
      expect((await draftOf(2571)).tools.map((x) => [x.code, x.weight])).toEqual([
        ['IIT', 0.35],
        ['EIT', 0.25],
        ['OIT', 0.4],
      ]);
      if (SCREENSHOTS) await page.screenshot({ path: 'docs/screenshots/admin-framework-draft.png' });

      await page.getByRole('button', { name: 'ประกาศใช้' }).click();
      const publish = page.getByRole('dialog', { name: 'ประกาศใช้เกณฑ์ปีงบประมาณ 2571' });
      await publish.getByLabel('ตรวจสอบตรงกับเกณฑ์ที่ ป.ป.ช. ประกาศของปีนี้แล้ว').check();
      await publish.getByRole('button', { name: 'ประกาศใช้' }).click();
      await page.getByText('ประกาศใช้เกณฑ์ปีงบประมาณ 2571 ฉบับที่ 1 แล้ว').waitFor();
      const published = await draftOf(2571);
      expect(published).toMatchObject({ status: 'PUBLISHED', revision: 1, confirmed: true });
      // Published: read-only text, no inputs, and "edit as a new revision" instead of save.
      await page.getByRole('button', { name: 'แก้ไขเป็นฉบับใหม่' }).waitFor();
      expect(await page.getByLabel('เครื่องมือการประเมิน แถวที่ 1 น้ำหนัก (%)').count()).toBe(0);
      expect(await page.getByTestId('framework-tools').textContent()).toContain('35%');
      const res = await t.gql(
        `{ frameworkYears framework(fiscalYear: 2571) { tools { code weight } } }`,
        {},
        await t.token(ADMIN),
      );
      expect(res.data?.frameworkYears).toContain(2571);
      // What was published is what was on the screen (publishing saves the form first).
      expect(res.data?.framework.tools.map((x: ToolRow) => x.weight)).toEqual([0.35, 0.25, 0.4]);
    });

    it('checks an imported file first: a file whose item names an unknown sub-indicator cannot be imported', async () => {
      const [{ definition }] = await t.db.ownerQuery<{
        definition: Record<string, unknown> & { oitItems: { subIndicatorCode: string }[] };
      }>(
        `SELECT definition FROM framework_versions WHERE fiscal_year = 2570 AND status = 'PUBLISHED' ORDER BY revision DESC LIMIT 1`,
      );
      const bad = { ...definition, fiscalYear: 2572 };
      bad.oitItems = definition.oitItems.map((item, i) =>
        i === 2 ? { ...item, subIndicatorCode: '99.9' } : item,
      );
      const versions = (await t.db.ownerQuery(`SELECT id FROM framework_versions`)).length;
      await page.goto(`${t.url}/admin/frameworks`);
      await page.getByRole('button', { name: 'นำเข้าไฟล์เกณฑ์' }).click();
      const dialog = page.getByRole('dialog', { name: 'นำเข้าเกณฑ์จากไฟล์ JSON หรือ Excel' });
      await dialog.locator('input[type=file]').setInputFiles({
        name: 'framework-2572.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(bad)),
      });
      const problems = dialog.getByTestId('framework-problems');
      await problems.waitFor();
      expect(await problems.textContent()).toContain(
        'ข้อ OIT · แถวที่ 3 · ตัวชี้วัดย่อย: มีการอ้างถึงเครื่องมือ ตัวชี้วัด หรือตัวชี้วัดย่อยที่ไม่มีในเกณฑ์',
      );
      expect(await dialog.getByRole('button', { name: 'นำเข้าเป็นฉบับร่าง' }).isDisabled()).toBe(true);
      expect((await t.db.ownerQuery(`SELECT id FROM framework_versions`)).length).toBe(versions);

      // The same file fixed imports as FY2572's draft.
      await dialog.locator('input[type=file]').setInputFiles({
        name: 'framework-2572.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ ...definition, fiscalYear: 2572 })),
      });
      await dialog.getByText('ไฟล์ถูกต้อง นำเข้าเป็นฉบับร่างได้').waitFor();
      await dialog.getByRole('button', { name: 'นำเข้าเป็นฉบับร่าง' }).click();
      await page.getByRole('heading', { level: 1, name: /^เกณฑ์ปีงบประมาณ 2572 ฉบับที่/ }).waitFor();
      expect((await draftOf(2572)).status).toBe('DRAFT');
    });

    it('at 390 px the framework page does not scroll sideways (its tables scroll inside)', async () => {
      const phone = await newThaiPage(browser, PHONE);
      await phone.page.goto(`${t.url}/login`);
      await signInThroughPage(phone.page, ADMIN);
      await phone.page.waitForURL((u) => u.pathname === '/admin');
      await phone.page.goto(`${t.url}/admin/frameworks/${(await draftOf(2572)).id}`);
      await phone.page.getByTestId('framework-oitItems').waitFor();
      await phone.page.waitForLoadState('networkidle');
      expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
      expect(await seriousAxeViolations(phone.page)).toEqual([]);
      if (SCREENSHOTS)
        await phone.page.screenshot({ path: 'docs/screenshots/admin-framework-phone.png', fullPage: false });
      expect(phone.errors).toEqual([]);
      await phone.context.close();
    });
  });

  describe('an LAO lead', () => {
    let page: Page;
    let errors: string[];
    let orgId: string;
    beforeAll(async () => {
      orgId = await t.orgId(WEB_CODE);
      // Three FY2569 measures: two unfinished (one with a step done), one completed.
      await t.db.ownerQuery(
        `INSERT INTO measures (organization_id, fiscal_year, title, responsible, due_date, status)
         VALUES ($1, 2569, 'อบรมคุณธรรมบุคลากร', 'สำนักปลัด', '2026-06-30', 'IN_PROGRESS'),
                ($1, 2569, 'ทบทวนคู่มือการให้บริการ', 'กองช่าง', '2026-09-15', 'PLANNED'),
                ($1, 2569, 'ประกาศ No Gift Policy', 'สำนักปลัด', '2026-01-15', 'COMPLETED')`,
        [orgId],
      );
      await t.db.ownerQuery(
        `INSERT INTO measure_steps (measure_id, organization_id, position, description, completed_at)
         SELECT m.id, m.organization_id, s.position, s.description, s.done
         FROM measures m, (VALUES (1, 'จัดทำแผน', now()), (2, 'ดำเนินการตามแผน', NULL::timestamptz)) AS s(position, description, done)
         WHERE m.organization_id = $1 AND m.title = 'อบรมคุณธรรมบุคลากร'`,
        [orgId],
      );
      ({ page, errors } = await newThaiPage(browser));
      await page.goto(`${t.url}/login`);
      await signInThroughPage(page, leadEmail(WEB_CODE));
      await page.waitForURL((u) => u.pathname === `/organizations/${orgId}`);
    });
    afterEach(() => expect(errors).toEqual([]));

    it('sees FY2570 said plainly to be unconfirmed beside the year', async () => {
      await page.getByText('ปีงบประมาณ 2570: ยังไม่ยืนยันเกณฑ์ของปีนี้').waitFor();
    });

    it('is refused the admin’s framework pages', async () => {
      await page.goto(`${t.url}/admin/frameworks`);
      await page.getByRole('alert').filter({ hasText: 'ต้องมีบทบาทที่เกี่ยวข้องจึงจะทำรายการนี้ได้' }).waitFor();
    });

    it('carries one chosen FY2569 measure into 2570 with its steps, once', async () => {
      await page.goto(`${t.url}/organizations/${orgId}/measures?fiscalYear=2570`);
      await page.getByRole('link', { name: 'ยกมาตรการที่ยังไม่เสร็จจากปี 2569' }).click();
      await page.getByRole('heading', { level: 1, name: 'เริ่มปีงบประมาณ 2570 จากปีก่อน' }).waitFor();
      const rows = page.locator('tbody tr.ant-table-row');
      await rows.first().waitFor();
      expect(
        (await rows.allTextContents()).map(
          (r) => r.includes('อบรมคุณธรรมบุคลากร') || r.includes('ทบทวนคู่มือการให้บริการ'),
        ),
      ).toEqual([true, true]);
      expect(await rows.count()).toBe(2);
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByLabel('เลือก อบรมคุณธรรมบุคลากร').check();
      await page.getByRole('button', { name: 'ยกไปทำต่อในปี 2570 (1 มาตรการ)' }).click();
      await page.getByText('ยกไปทำต่อในปี 2570 แล้ว 1 มาตรการ').waitFor();
      const copies = await t.db.ownerQuery<{ title: string; origin: string; steps: number; done: number }>(
        `SELECT m.title, o.status::text AS origin,
                (SELECT count(*)::int FROM measure_steps s WHERE s.measure_id = m.id) AS steps,
                (SELECT count(*)::int FROM measure_steps s WHERE s.measure_id = m.id AND s.completed_at IS NOT NULL) AS done
         FROM measures m JOIN measures o ON o.id = m.carried_over_from_id
         WHERE m.organization_id = $1 AND m.fiscal_year = 2570`,
        [orgId],
      );
      expect(copies).toEqual([{ title: 'อบรมคุณธรรมบุคลากร', origin: 'CARRIED_OVER', steps: 2, done: 1 }]);
      // The carried one leaves the list; the other is still there to choose.
      await rows.filter({ hasText: 'อบรมคุณธรรมบุคลากร' }).waitFor({ state: 'detached' });
      expect(await rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain('ทบทวนคู่มือการให้บริการ');
      if (SCREENSHOTS) await page.screenshot({ path: 'docs/screenshots/carry-over.png', fullPage: true });
    });

    it('starts the survey targets from last year without access codes, and says how many', async () => {
      await t.db.ownerQuery(
        `INSERT INTO survey_targets (organization_id, fiscal_year, tool, eligible_staff_count, minimum_responses, access_code)
         VALUES ($1, 2569, 'IIT', 40, 20, '15596d')`,
        [orgId],
      );
      await page.getByRole('button', { name: 'ตั้งเป้าหมายตามปีก่อน' }).click();
      await page.getByText('ตั้งเป้าหมายจากปีก่อนแล้ว 1 แบบวัด').waitFor();
      const targets = await t.db.ownerQuery<{ code: string | null; staff: number }>(
        `SELECT access_code AS code, eligible_staff_count AS staff FROM survey_targets
         WHERE organization_id = $1 AND fiscal_year = 2570`,
        [orgId],
      );
      expect(targets).toEqual([{ code: null, staff: 40 }]);
    });
  });
});
