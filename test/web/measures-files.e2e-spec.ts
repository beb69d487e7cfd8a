// page.evaluate callbacks run in the page: they use the DOM's globals.
/// <reference lib="dom" />
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newThaiPage } from '../setup/browser';
import { leadEmail, TestApp } from '../setup/test-app';
import { seriousAxeViolations, signInThroughPage, WEB_CODE } from './web-fixtures';

const HEADERS = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง', 'กำหนดแล้วเสร็จ', 'ผลการดำเนินการ'];

async function sheet(path: string, rows: string[][]): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('มาตรการ');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
}

/**
 * The measures page's files in chromium: "ดาวน์โหลดรายงาน" gives the seed's report as Word, and the import
 * wizard checks a spreadsheet without writing, lists the row problems in Thai, and writes the good file.
 */
describe('reports and import on the measures page', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'prongsai-import-'));
    [t, browser] = await Promise.all([TestApp.create(), launchBrowser()]);
    ({ page, errors } = await newThaiPage(browser));
    await page.goto(`${t.url}/login`);
    await signInThroughPage(page, leadEmail(WEB_CODE));
    await page.getByRole('heading', { level: 1, name: 'เทศบาลเมืองอโยธยา' }).waitFor();
    await page.goto(`${t.url}/organizations/${await t.orgId(WEB_CODE)}/measures?fiscalYear=2566`);
    await page.getByRole('button', { name: 'เพิ่มมาตรการ' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => expect(errors).toEqual([]));

  it('imports a spreadsheet: a bad file is checked and refused with Thai row errors, the good one is written', async () => {
    const bad = join(dir, 'bad.xlsx');
    const good = join(dir, 'good.xlsx');
    await sheet(bad, [
      ['ประกาศเจตนารมณ์ No Gift Policy', '- จัดทำประกาศ', 'สำนักปลัด', '30/02/2566', ''],
      ['', '- ขั้นตอนที่ไม่มีมาตรการ', 'สำนักปลัด', '10/02/2566', ''],
    ]);
    await sheet(good, [
      ['ประกาศเจตนารมณ์ No Gift Policy', '- จัดทำประกาศ\n- เผยแพร่บนเว็บไซต์', 'สำนักปลัด', '๒๗ ธ.ค. ๖๕', ''],
      ['เผยแพร่แผนการจัดซื้อจัดจ้างประจำปี', '- จัดทำแผน', 'กองคลัง', '10/02/2566', ''],
    ]);
    await page.getByRole('button', { name: 'นำเข้าจาก Excel' }).click();
    const dialog = page.getByRole('dialog', { name: /นำเข้ามาตรการจากไฟล์ Excel/ });
    await dialog.locator('input[type=file]').setInputFiles(bad);
    await dialog.getByText(/พบข้อผิดพลาด \d+ รายการ/).waitFor();
    await dialog.getByRole('cell', { name: 'กำหนดแล้วเสร็จ' }).first().waitFor();
    await expect(dialog.getByRole('button', { name: 'ยืนยันการนำเข้า' }).isDisabled()).resolves.toBe(true);
    expect(await t.db.ownerQuery(`SELECT 1 FROM measures WHERE title LIKE 'ประกาศเจตนารมณ์%'`)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await dialog.locator('input[type=file]').setInputFiles(good);
    await dialog
      .getByText('ตรวจแล้ว 2 แถว ไม่พบข้อผิดพลาด: จะเพิ่มใหม่ 2 มาตรการ ปรับปรุง 0 มาตรการ ไม่เปลี่ยนแปลง 0 มาตรการ')
      .waitFor();
    await dialog.getByRole('button', { name: 'ยืนยันการนำเข้า' }).click();
    await page.getByText('นำเข้าเรียบร้อย: เพิ่มใหม่ 2 มาตรการ ปรับปรุง 0 มาตรการ').waitFor();
    await page.getByRole('link', { name: 'เผยแพร่แผนการจัดซื้อจัดจ้างประจำปี' }).waitFor();
    await page.getByText('27 ธ.ค. 2565').first().waitFor();
  });

  it('downloads the report in the seed format as Word, and as PDF', async () => {
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ดาวน์โหลดรายงาน (Word)' }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/^รายงานมาตรการ ITA เทศบาลเมืองอโยธยา 2566\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync(await docx.path()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('ประจำปีงบประมาณ ๒๕๖๖');
    expect(xml).toContain('เผยแพร่แผนการจัดซื้อจัดจ้างประจำปี');
    expect(xml).toContain('๑๐ ก.พ. ๖๖');

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ดาวน์โหลดรายงาน (PDF)' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});
