import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, launchBrowser, newThaiPage, PHONE } from '../../setup/browser';
import { leadEmail } from '../../setup/test-app';
import { signInThroughPage, WEB_CODE } from '../web-fixtures';
import { bootDemo } from './demo-world';

/**
 * `npm run screenshots:web`: the dashboard and the measures table in Thai, at desktop (1280 px) and phone
 * (390 px) width, into docs/screenshots/ (linked from the README). Rerun it after a visible change.
 */
async function main(): Promise<void> {
  const out = join(__dirname, '../../../docs/screenshots');
  mkdirSync(out, { recursive: true });
  const demo = await bootDemo();
  const browser = await launchBrowser();
  try {
    for (const [name, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const { page, context } = await newThaiPage(browser, viewport);
      await page.goto(`${demo.t.url}/login`);
      await signInThroughPage(page, leadEmail(WEB_CODE));
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      for (const [shot, path] of [
        ['dashboard', `/organizations/${demo.orgId}?fiscalYear=2566`],
        ['measures', `/organizations/${demo.orgId}/measures?fiscalYear=2566`],
      ] as const) {
        await page.goto(`${demo.t.url}${path}`);
        await page
          .getByRole('columnheader', { name: 'มาตรการ', exact: true })
          .or(page.getByText('คะแนนประเมินโดยประมาณ'))
          .first()
          .waitFor();
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
    await demo.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
