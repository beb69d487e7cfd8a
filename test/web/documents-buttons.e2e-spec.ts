import { INestApplicationContext } from '@nestjs/common';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { launchBrowser, newThaiPage } from '../setup/browser';
import { leadEmail, SUPERVISOR_14, TestApp } from '../setup/test-app';
import { FAST_JOBS_ENV, isolatedQueueEnv } from '../worker/reminder-fixtures';
import { seriousAxeViolations, signInThroughPage, WEB_CODE } from './web-fixtures';

/**
 * The document buttons in chromium: the LAO dashboard's survey card prints the QR posters (a page per
 * survey with an access code, decoding to its survey link), and the province page downloads the workbook
 * and makes the report pack with the worker, showing its progress, then downloads the zip.
 */
describe('document buttons', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'prongsai-downloads-'));
    t = await TestApp.create({ ...isolatedQueueEnv(), ...FAST_JOBS_ENV });
    [worker, browser] = await Promise.all([createWorkerApp(t.config), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("the survey card prints the LAO's QR posters", async () => {
    const lead = await t.token(leadEmail(WEB_CODE));
    const orgId = await t.orgId(WEB_CODE);
    const set = await t.gql(
      `mutation($input: SetSurveyTargetInput!) { setSurveyTarget(input: $input) { surveyUrl } }`,
      {
        input: {
          organizationId: orgId,
          fiscalYear: 2566,
          tool: 'IIT',
          accessCode: '15596d',
          minimumResponses: 32,
        },
      },
      lead,
    );
    expect(set.errors).toBeUndefined();
    const { context, page, errors } = await newThaiPage(browser);
    try {
      await page.goto(`${t.url}/login`);
      await signInThroughPage(page, leadEmail(WEB_CODE));
      await page.getByRole('heading', { level: 1, name: 'เทศบาลเมืองอโยธยา' }).waitFor();
      await page.goto(`${t.url}/organizations/${orgId}?fiscalYear=2566`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'ดาวน์โหลดโปสเตอร์ QR Code (PDF)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const pdf = join(dir, 'posters.pdf');
      writeFileSync(pdf, readFileSync(await download.path()));
      execFileSync('pdftoppm', ['-r', '100', '-png', pdf, join(dir, 'poster')]);
      const decoded = execFileSync('zbarimg', ['--quiet', '--raw', join(dir, 'poster-1.png')], {
        encoding: 'utf8',
      });
      expect(decoded.trim()).toBe(
        (set.data as { setSurveyTarget: { surveyUrl: string } }).setSurveyTarget.surveyUrl,
      );
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the province page downloads the workbook and makes the report pack with progress', async () => {
    const { context, page, errors } = await newThaiPage(browser);
    try {
      await page.goto(`${t.url}/login`);
      await signInThroughPage(page, SUPERVISOR_14);
      // A supervisor's home is the province dashboard: signed in once it shows.
      await page.getByRole('heading', { level: 1, name: 'พระนครศรีอยุธยา' }).waitFor();
      await page.goto(`${t.url}/provinces/14?fiscalYear=2566`);
      await page.getByRole('heading', { level: 1, name: 'พระนครศรีอยุธยา' }).waitFor();

      const [xlsx] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'ดาวน์โหลดสรุปผลทั้งจังหวัด (Excel)' }).click(),
      ]);
      expect(xlsx.suggestedFilename()).toBe('สรุปผล ITA จังหวัดพระนครศรีอยุธยา 2566.xlsx');

      await page.getByRole('button', { name: 'จัดทำชุดรายงานทุกหน่วยงาน' }).click();
      const get = page.getByRole('button', { name: 'ดาวน์โหลดชุดรายงาน (.zip)' });
      await get.waitFor({ timeout: 90_000 });
      const [zip] = await Promise.all([page.waitForEvent('download'), get.click()]);
      const files = Object.keys((await JSZip.loadAsync(readFileSync(await zip.path()))).files);
      expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(158);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
