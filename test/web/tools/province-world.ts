import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SUPERVISOR_14 } from '../../ita/ita-fixtures';
import { DESKTOP, launchBrowser, newThaiPage, PHONE } from '../../setup/browser';
import globalSetup from '../../setup/global-setup';
import globalTeardown from '../../setup/global-teardown';
import { leadEmail, TestApp } from '../../setup/test-app';
import { signInThroughPage, STRANGER_CODE, WEB_CODE } from '../web-fixtures';

/**
 * The province supervisor's pages on a lived-in province 14 (every one of the 158 LAOs has a stored FY2566
 * and FY2565 standing, some OIT items wait for review), for:
 *   `node -r ./test/setup/ts-register.js test/web/tools/province-world.ts screenshots` — docs/screenshots/
 *     province-*.png and reviews-*.png at 1280 and 390 px (`npm run bench:web` times the dashboard).
 */
const FY = 2566;

async function boot(): Promise<TestApp> {
  await globalSetup();
  const t = await TestApp.create();
  // Deterministic spread of scores around the pass mark: about a third pass.
  await t.db.ownerQuery(
    `INSERT INTO organization_progress (organization_id, fiscal_year, estimated_score, grade, passing, gap_to_pass,
       pass_threshold, tool_scores, indicators, measures_total, measures_completed, measures_overdue, computed_at)
     SELECT o.id, y, s, CASE WHEN s >= 95 THEN 'AA' WHEN s >= 85 THEN 'A' WHEN s >= 75 THEN 'B' WHEN s >= 65 THEN 'C'
                             WHEN s >= 55 THEN 'D' ELSE 'E' END,
            s >= 85, greatest(0, 85 - s), 85, '[]',
            json_build_array(
              json_build_object('indicatorCode', '9', 'nameTh', 'การเปิดเผยข้อมูล', 'tool', 'OIT', 'score', s - 12, 'basis', 'OIT_ITEMS', 'fiscalYear', y),
              json_build_object('indicatorCode', '5', 'nameTh', 'การใช้ทรัพย์สินของราชการ', 'tool', 'IIT', 'score', s - 6, 'basis', 'SELF_ASSESSMENT', 'fiscalYear', y),
              json_build_object('indicatorCode', '7', 'nameTh', 'คุณภาพการดำเนินงาน', 'tool', 'EIT', 'score', s - 3, 'basis', 'SELF_ASSESSMENT', 'fiscalYear', y)),
            4, 2, 0, now()
     FROM organizations o CROSS JOIN (VALUES (2565), (2566)) AS v(y)
     CROSS JOIN LATERAL (SELECT round((62 + (hashtext(o.code || y) & 32767) % 36)::numeric, 2) AS s) x
     WHERE o.province_code = '14'`,
  );
  for (const [code, item] of [
    [WEB_CODE, 'O1'],
    [WEB_CODE, 'O11'],
    [STRANGER_CODE, 'O2'],
  ] as const) {
    await t.gql(
      `mutation($input: UpdateOitItemInput!) { updateOitItem(input: $input) { code } }`,
      {
        input: {
          organizationId: await t.orgId(code),
          fiscalYear: FY,
          itemCode: item,
          status: 'PUBLISHED',
          evidenceUrls: [`https://www.ayutthaya-lao.go.th/ita/${item.toLowerCase()}`],
        },
      },
      await t.token(leadEmail(code)),
    );
  }
  return t;
}

async function screenshots(t: TestApp): Promise<void> {
  const out = join(__dirname, '../../../docs/screenshots');
  mkdirSync(out, { recursive: true });
  const browser = await launchBrowser();
  try {
    for (const [name, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const { page, context } = await newThaiPage(browser, viewport);
      await page.goto(`${t.url}/login`);
      await signInThroughPage(page, SUPERVISOR_14);
      await page.waitForURL((u) => u.pathname.startsWith('/provinces/14'));
      for (const [shot, path, ready] of [
        ['province', `/provinces/14?fiscalYear=${FY}`, 'passing-count'],
        ['reviews', `/provinces/14/reviews?fiscalYear=${FY}`, 'review-current'],
      ] as const) {
        await page.goto(`${t.url}${path}`);
        await page.getByTestId(ready).waitFor();
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => document.fonts.ready);
        const file = join(out, `${shot}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`wrote ${file}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const mode = process.argv[2] ?? 'screenshots';
  const t = await boot();
  try {
    if (mode === 'screenshots') await screenshots(t);
    else throw new Error(`unknown mode ${mode}: only screenshots (bench:web measures the dashboard)`);
  } finally {
    await t.close();
    await globalTeardown();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
