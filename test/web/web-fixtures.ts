import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { BANGKOK_2566, SUPERVISOR_14, recordScores } from '../ita/ita-fixtures';
import { DEMO_PASSWORD, TestApp } from '../setup/test-app';

/** เทศบาลเมืองอโยธยา: the LAO the browser tests work on (it has a demo lead). */
export const WEB_CODE = '4140103';
/** Another LAO of the province, whose lead must see none of WEB_CODE's data. */
export const STRANGER_CODE = '4140602';

/** Signs in through the page, as a person would: the labelled fields and the button of the UI contract. */
export async function signInThroughPage(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('อีเมล').fill(email);
  await page.getByLabel('รหัสผ่าน').fill(password);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's serious and critical violations on the page as it stands. The script is evaluated through the
 * DevTools protocol, not added as a <script> tag, so the app's strict CSP stays on while it runs.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations as {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[] }[];
    }[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
}

/** How far the page itself scrolls sideways (0 when it fits); wide tables scroll inside their own box. */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** FY2566 scores for an LAO: the published Bangkok figures, so its dashboard reads 88.98 and grade A. */
export async function recordBangkokScores(t: TestApp, code: string): Promise<void> {
  // Official scores are the province supervisor's to record (the LAO's lead records self-assessments).
  const supervisor = await t.token(SUPERVISOR_14);
  await recordScores(t, supervisor, await t.orgId(code), 2566, 'OFFICIAL', BANGKOK_2566);
}
