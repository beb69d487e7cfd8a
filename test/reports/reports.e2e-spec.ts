import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ErrorReason } from '@prongsai/common';
import { ItaWorld, itaWorld, OwnerProbe } from '../ita/ita-fixtures';
import { TestApp } from '../setup/test-app';
import { SEED_HEADERS, SEED_ROWS, sheetXlsx } from './seed-sheet';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const OUT = mkdtempSync(join(tmpdir(), 'prongsai-reports-'));

describe('reports and the measures import over HTTP (files.md)', () => {
  let t: TestApp;
  let w: ItaWorld;
  let db: OwnerProbe;

  beforeAll(async () => {
    t = await TestApp.create();
    w = await itaWorld(t);
    db = await OwnerProbe.open(t);
  });
  afterAll(async () => {
    await db?.close();
    await t?.close();
  });

  const request = async (
    path: string,
    init: { token?: string; method?: string; body?: Buffer | FormData; type?: string } = {},
  ) => {
    const headers: Record<string, string> = {};
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.type) headers['content-type'] = init.type;
    const res = await fetch(`${t.url}${path}`, { method: init.method ?? 'GET', headers, body: init.body });
    const type = res.headers.get('content-type') ?? '';
    const bytes = Buffer.from(await res.arrayBuffer());
    return {
      status: res.status,
      type,
      disposition: res.headers.get('content-disposition') ?? '',
      bytes,
      json: type.includes('json') ? (JSON.parse(bytes.toString('utf8')) as Record<string, unknown>) : null,
    };
  };
  const importPath = (orgId: string, dryRun = false, year = '2566') =>
    `/imports/organizations/${orgId}/measures-${year}${dryRun ? '?dryRun=true' : ''}`;
  const upload = (orgId: string, body: Buffer, dryRun = false, token = w.tokens.lead) =>
    request(importPath(orgId, dryRun), { method: 'POST', token, body, type: XLSX });
  const measureCount = async (orgId: string) =>
    (
      await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM measures WHERE organization_id = $1`, [
        orgId,
      ])
    )[0].n;

  describe('import of the seed table', () => {
    it('a dry run reads the four measures and writes nothing', async () => {
      const before = await db.rowCounts();
      const res = await upload(w.orgId, await sheetXlsx(SEED_ROWS), true);
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ dryRun: true, rows: 4, created: 4, updated: 0, unchanged: 0, errors: [] });
      expect(await db.rowCounts()).toEqual(before);
    });

    it('the real run writes all four through the measures service (audit, status, result, due dates)', async () => {
      const res = await upload(w.orgId, await sheetXlsx(SEED_ROWS));
      expect(res.json).toEqual({ dryRun: false, rows: 4, created: 4, updated: 0, unchanged: 0, errors: [] });
      const rows = await db.query<{
        title: string;
        due: string;
        status: string;
        result: string;
        steps: number;
      }>(
        `SELECT m.title, to_char(m.due_date, 'YYYY-MM-DD') AS due, m.status, m.result,
                (SELECT count(*)::int FROM measure_steps s WHERE s.measure_id = m.id) AS steps
           FROM measures m WHERE m.organization_id = $1 ORDER BY m.due_date`,
        [w.orgId],
      );
      expect(rows.map((r) => [r.due, r.status, r.steps])).toEqual([
        ['2022-12-27', 'COMPLETED', 1],
        ['2023-02-10', 'COMPLETED', 1],
        ['2023-02-15', 'COMPLETED', 1],
        ['2023-03-31', 'COMPLETED', 1],
      ]);
      // The title lost its "- "; the two-line title stayed one measure; the result lost its status word.
      expect(rows[1].title).toBe('ให้ความรู้เรื่องการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ');
      expect(rows[2].title.split('\n')).toHaveLength(2);
      expect(rows[1].result).toMatch(/^นายนิวัฒน์ รุ่งสาคร/);
      const audit = await db.query<{ action: string; n: number }>(
        `SELECT action, count(*)::int AS n FROM audit_log WHERE organization_id = $1 GROUP BY action ORDER BY action`,
        [w.orgId],
      );
      expect(audit).toEqual([
        { action: 'measure.complete', n: 4 },
        { action: 'measure.create', n: 4 },
      ]);
      // Progress is recomputed once for the whole file (not per row), and counts every imported measure.
      expect(
        await db.query(
          `SELECT measures_total, measures_completed FROM organization_progress
           WHERE organization_id = $1 AND fiscal_year = 2566`,
          [w.orgId],
        ),
      ).toEqual([{ measures_total: 4, measures_completed: 4 }]);
    });

    it('importing the same file again creates nothing (identity: the title within the LAO and year)', async () => {
      const res = await upload(w.orgId, await sheetXlsx(SEED_ROWS));
      expect(res.json).toEqual({ dryRun: false, rows: 4, created: 0, updated: 0, unchanged: 4, errors: [] });
      expect(await measureCount(w.orgId)).toBe(4);
    });

    it('finds the columns by header in any order, takes Excel dates, and updates a changed row', async () => {
      const order = [3, 0, 2, 1] as const; // dueDate, title, responsible, steps; no result column
      const rows = [
        [new Date(Date.UTC(2023, 5, 30)), 'มาตรการใหม่จากไฟล์', 'กองคลัง', '- ขั้นที่หนึ่ง\n- ขั้นที่สอง'],
        ['10/02/2566', SEED_ROWS[0][0], 'สำนักปลัด', SEED_ROWS[0][1]],
      ];
      const res = await upload(
        w.otherOrgId,
        await sheetXlsx(
          rows,
          order.map((i) => SEED_HEADERS[i]),
        ),
        false,
        w.tokens.stranger,
      );
      expect(res.json).toMatchObject({ rows: 2, created: 2, errors: [] });
      const steps = await db.query<{ description: string }>(
        `SELECT s.description FROM measure_steps s JOIN measures m ON m.id = s.measure_id
          WHERE m.title = 'มาตรการใหม่จากไฟล์' ORDER BY s.position`,
      );
      expect(steps.map((s) => s.description)).toEqual(['ขั้นที่หนึ่ง', 'ขั้นที่สอง']);
      rows[1][2] = 'กองช่าง';
      const again = await upload(
        w.otherOrgId,
        await sheetXlsx(
          rows,
          order.map((i) => SEED_HEADERS[i]),
        ),
        false,
        w.tokens.stranger,
      );
      expect(again.json).toMatchObject({ created: 0, updated: 1, unchanged: 1, errors: [] });
      expect(
        (
          await db.query<{ responsible: string }>(
            `SELECT responsible FROM measures WHERE organization_id = $1 AND title = $2`,
            [w.otherOrgId, 'ให้ความรู้เรื่องการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ'],
          )
        )[0].responsible,
      ).toBe('กองช่าง');
    });

    it('row errors name the sheet row and the header as written, in Thai; any error writes nothing', async () => {
      const before = await db.rowCounts();
      const headers = [' มาตรการ ', ...SEED_HEADERS.slice(1)];
      const rows = [
        ['มาตรการที่ถูกต้อง', '- ขั้นตอน', 'สำนักปลัด', '๑ มี.ค. ๖๖', ''],
        ['', '- ขั้นตอน', 'สำนักปลัด', '๑ มี.ค. ๖๖', ''],
        ['มาตรการวันที่ผิด', '- ขั้นตอน', 'สำนักปลัด', '๓๐ ก.พ. ๖๖', ''],
        ['มาตรการปีผิด', '- ขั้นตอน', 'สำนักปลัด', '10 ก.พ. 2023', ''],
        ['มาตรการนอกช่วงปี', '- ขั้นตอน', '', '2030-01-01', 'เสร็จแล้ว'],
      ];
      const res = await upload(w.orgId, await sheetXlsx(rows, headers));
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ dryRun: false, rows: 5, created: 1 });
      expect(res.json!.errors).toEqual([
        { row: 3, column: 'มาตรการ', message: 'ต้องไม่เว้นว่าง' },
        { row: 4, column: 'กำหนดแล้วเสร็จ', message: 'ไม่มีวันที่นี้ในเดือนนั้น' },
        { row: 5, column: 'กำหนดแล้วเสร็จ', message: expect.stringContaining('ปีพุทธศักราช') },
        { row: 6, column: 'ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง', message: 'ต้องไม่เว้นว่าง' },
        { row: 6, column: 'กำหนดแล้วเสร็จ', message: expect.stringContaining('ต้องอยู่ระหว่าง') },
        { row: 6, column: 'ผลการดำเนินการ', message: expect.stringContaining('ต้องขึ้นต้นด้วย') },
      ]);
      expect(await db.rowCounts()).toEqual(before);
    });

    it('a sheet without the headers answers which header is missing', async () => {
      const res = await upload(w.orgId, await sheetXlsx([['a', 'b']], ['ชื่อ', 'วันที่']));
      expect(res.json).toMatchObject({ rows: 0, created: 0 });
      expect(res.json!.errors).toEqual(
        expect.arrayContaining([{ row: 1, column: 'มาตรการ', message: 'ไม่พบหัวคอลัมน์ "มาตรการ"' }]),
      );
    });

    it('takes the multipart field "file"', async () => {
      const form = new FormData();
      form.append('file', new Blob([await sheetXlsx(SEED_ROWS)], { type: XLSX }), 'seed.xlsx');
      const res = await request(importPath(w.orgId, true), {
        method: 'POST',
        token: w.tokens.lead,
        body: form,
      });
      expect(res.json).toMatchObject({ dryRun: true, rows: 4, created: 0, unchanged: 4, errors: [] });
    });

    it.each<[string, Buffer, string, ErrorReason]>([
      ['a text body', Buffer.from('title,due\n'), 'text/csv', ErrorReason.FILE_NOT_XLSX],
      ['garbage typed as xlsx', Buffer.from('not a zip at all, just bytes'), XLSX, ErrorReason.FILE_NOT_XLSX],
      ['an empty body', Buffer.alloc(0), XLSX, ErrorReason.FILE_NOT_XLSX],
      ['a body over 5 MB', Buffer.alloc(5 * 1024 * 1024 + 1, 1), XLSX, ErrorReason.FILE_TOO_LARGE],
    ])('refuses %s with a 400 and a Thai message, writing nothing', async (_case, body, type, reason) => {
      const before = await db.rowCounts();
      const res = await request(importPath(w.orgId), { method: 'POST', token: w.tokens.lead, body, type });
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ code: 'BAD_USER_INPUT', reason, field: 'file' });
      expect(res.json!.message).toMatch(/[\u0e00-\u0e7f]/);
      expect(await db.rowCounts()).toEqual(before);
    });

    it('refuses a zip bomb (a part declaring a huge unpacked size) before unpacking it', async () => {
      const zip = new JSZip();
      zip.file('[Content_Types].xml', '<Types/>');
      zip.file('xl/workbook.xml', '<workbook/>');
      zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(60 * 1024 * 1024, 0x20));
      const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      expect(bomb.length).toBeLessThan(1024 * 1024);
      const res = await upload(w.orgId, bomb);
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ reason: ErrorReason.FILE_TOO_LARGE, field: 'file' });
    });
  });

  describe('access and bad input on every route', () => {
    const routes = () => [
      {
        path: `/reports/organizations/${w.orgId}/measures-2566.docx`,
        own: w.tokens.lead,
        other: w.tokens.stranger,
      },
      {
        path: `/reports/organizations/${w.orgId}/measures-2566.pdf`,
        own: w.tokens.member,
        other: w.tokens.outsider,
      },
      { path: `/reports/provinces/14/rollup-2566.xlsx`, own: w.tokens.supervisor, other: w.tokens.lead },
    ];

    it('answers 401 without a token, 403 to another tenant, 200 to its own', async () => {
      for (const r of routes()) {
        expect([r.path, (await request(r.path)).status]).toEqual([r.path, 401]);
        const refused = await request(r.path, { token: r.other });
        expect([r.path, refused.status, refused.json?.code]).toEqual([r.path, 403, 'FORBIDDEN']);
        expect([r.path, (await request(r.path, { token: r.own })).status]).toEqual([r.path, 200]);
      }
      expect((await request(importPath(w.orgId, true), { method: 'POST' })).status).toBe(401);
      const body = await sheetXlsx(SEED_ROWS);
      expect((await upload(w.orgId, body, true, w.tokens.stranger)).status).toBe(403);
      // Writing measures is the lead's: a member may read the report but not import.
      expect((await upload(w.orgId, body, true, w.tokens.member)).status).toBe(403);
      expect((await request('/imports/templates/measures.xlsx')).status).toBe(401);
      expect(
        (await request(`/reports/provinces/15/rollup-2566.xlsx`, { token: w.tokens.supervisor })).status,
      ).toBe(403);
    });

    it.each([
      ['not a year', 'abcd', ErrorReason.INVALID_VALUE],
      ['a year without a framework', '2400', ErrorReason.FISCAL_YEAR_WITHOUT_FRAMEWORK],
    ])('a bad fiscal year (%s) is a 400 with its reason', async (_case, year, reason) => {
      for (const path of [
        `/reports/organizations/${w.orgId}/measures-${year}.docx`,
        `/reports/organizations/${w.orgId}/measures-${year}.pdf`,
        `/reports/provinces/14/rollup-${year}.xlsx`,
      ]) {
        const res = await request(path, { token: w.tokens.admin });
        expect([path, res.status, res.json?.code, res.json?.reason]).toEqual([
          path,
          400,
          'BAD_USER_INPUT',
          reason,
        ]);
      }
      const res = await request(importPath(w.orgId, true, year), {
        method: 'POST',
        token: w.tokens.lead,
        body: await sheetXlsx(SEED_ROWS),
        type: XLSX,
      });
      expect([res.status, res.json?.reason]).toEqual([400, reason]);
    });
  });

  describe('the documents', () => {
    it('DOCX: the seed format in word/document.xml (title in Thai digits, five columns, - steps, ๑๐ ก.พ. ๖๖, bold status, font, A4)', async () => {
      const res = await request(`/reports/organizations/${w.orgId}/measures-2566.docx`, {
        token: w.tokens.lead,
      });
      expect(res.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(res.disposition).toMatch(/^attachment; filename="measures-2566\.docx"; filename\*=UTF-8''/);
      expect(decodeURIComponent(res.disposition.split("''")[1])).toBe(
        'รายงานมาตรการ ITA เทศบาลเมืองอโยธยา 2566.docx',
      );
      writeFileSync(join(OUT, 'measures-2566.docx'), res.bytes);
      const xml = await (await JSZip.loadAsync(res.bytes)).file('word/document.xml')!.async('string');
      const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
      expect(texts).toContain(
        'รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ ๒๕๖๖',
      );
      expect(texts).toContain('เทศบาลเมืองอโยธยา');
      expect(texts.find((x) => x.startsWith('ตามที่ได้วิเคราะห์'))).toContain('ITA ประจำปีงบประมาณ ๒๕๖๕');
      for (const header of SEED_HEADERS) expect(texts).toContain(header);
      expect(texts).toContain('- จัดประชุมคณะทำงานฯ เพื่อยกระดับและขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖');
      expect(texts).toContain(
        '- จังหวัดพระนครศรีอยุธยาจัดประชุมองค์กรปกครองส่วนท้องถิ่น จำนวน ๑๕๘ หน่วยงานเพื่อให้ทุกหน่วยงานผ่านเกณฑ์ประเมิน ITA (๘๕ คะแนน)',
      );
      expect(texts.filter((x) => /^[๐-๙]{1,2} [\u0e01-\u0e4f.]+ [๐-๙]{2}$/.test(x))).toEqual([
        '๒๗ ธ.ค. ๖๕',
        '๑๐ ก.พ. ๖๖',
        '๑๕ ก.พ. ๖๖',
        '๓๑ มี.ค. ๖๖',
      ]);
      // The status is its own bold run (Latin and complex-script bold), the result follows unbolded.
      const statusRuns = [
        ...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<w:t[^>]*>ดำเนินการแล้วเสร็จ<\/w:t><\/w:r>/gs),
      ].map((m) => m[0]);
      expect(statusRuns).toHaveLength(4);
      for (const r of statusRuns) expect(r).toMatch(/<w:b\/>.*<w:bCs\/>/s);
      expect(xml).toMatch(
        /<w:rFonts w:ascii="TH Sarabun New" w:cs="TH Sarabun New" w:eastAsia="TH Sarabun New" w:hAnsi="TH Sarabun New"\/>/,
      );
      expect(xml).toContain('<w:sz w:val="32"/>');
      expect(xml).toContain('<w:szCs w:val="32"/>');
      expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(xml).toMatch(/<w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1701"/);
    });

    it('PDF: Thai text comes out of pdftotext, Sarabun is embedded, page 1 renders', async () => {
      const res = await request(`/reports/organizations/${w.orgId}/measures-2566.pdf`, {
        token: w.tokens.lead,
      });
      expect(res.type).toBe('application/pdf');
      expect(res.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const pdf = join(OUT, 'measures-2566.pdf');
      writeFileSync(pdf, res.bytes);
      // In content order (-raw), a table cell's text is contiguous; lines wrap inside narrow cells.
      const raw = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
      const text = raw.replace(/\s+/g, ' ');
      const joined = raw.replace(/\s+/g, '');
      expect(raw).toContain(
        'รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\nประจำปีงบประมาณ ๒๕๖๖',
      );
      expect(text).toContain('เทศบาลเมืองอโยธยา');
      for (const due of ['๒๗ ธ.ค. ๖๕', '๑๐ ก.พ. ๖๖', '๑๕ ก.พ. ๖๖', '๓๑ มี.ค. ๖๖']) expect(text).toContain(due);
      expect(joined.match(/ดำเนินการแล้วเสร็จ/g)).toHaveLength(4);
      for (const header of SEED_HEADERS) expect(joined).toContain(header.replace(/\s+/g, ''));
      expect(joined).toContain('นายนิวัฒน์รุ่งสาครผู้ว่าราชการจังหวัดพระนครศรีอยุธยา');
      const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
      const sarabun = fonts.split('\n').filter((l) => /Sarabun/.test(l));
      expect(sarabun.length).toBeGreaterThanOrEqual(2); // regular and bold
      for (const line of sarabun) expect(line).toMatch(/\byes\s+yes\s+yes\b/); // emb sub uni
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, join(OUT, 'measures-2566')]);
      expect(readFileSync(join(OUT, 'measures-2566-1.png')).length).toBeGreaterThan(10_000);
    });

    it('XLSX: the province workbook reads back (summary, a sheet per district, a row per LAO)', async () => {
      const res = await request(`/reports/provinces/14/rollup-2566.xlsx`, { token: w.tokens.supervisor });
      expect(res.type).toBe(XLSX);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.bytes);
      const names = book.worksheets.map((s) => s.name);
      expect(names[0]).toBe('สรุป');
      expect(names).toHaveLength(17); // the summary and 16 districts
      const summary = book.getWorksheet('สรุป')!;
      const total = summary.getRow(summary.rowCount);
      expect(total.getCell(1).value).toBe('รวมทั้งจังหวัด');
      expect(total.getCell(2).value).toBe(158);
      expect(total.getCell(6).value).toBe(6); // the seed's four measures + two of the other LAO
      const laoRows = book.worksheets.slice(1).flatMap((s) =>
        s
          .getSheetValues()
          .slice(3)
          .filter(Boolean)
          .map((v) => (v as unknown[]).slice(1)),
      );
      expect(laoRows).toHaveLength(158);
      const own = laoRows.find((r) => r[0] === '4140103')!;
      expect(own.slice(0, 4)).toEqual(['4140103', 'เทศบาลเมืองอโยธยา', expect.any(String), 'เทศบาลเมือง']);
      expect(own.slice(7, 11)).toEqual([4, 4, 0, expect.stringMatching(/^0 \/ 43$/)]);
      const header = book.worksheets[1].getRow(2).values as unknown[];
      expect(header.slice(1, 4)).toEqual(['รหัส อปท.', 'ชื่อ อปท.', 'อำเภอ']);
    });

    it('the import template has the five headers, an example row and a notes sheet', async () => {
      const res = await request('/imports/templates/measures.xlsx', { token: w.tokens.member });
      expect(res.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.bytes);
      expect((book.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual([...SEED_HEADERS]);
      expect(book.worksheets[0].getRow(2).getCell(4).value).toBe('๑๐ ก.พ. ๖๖');
      expect(book.worksheets[1].name).toBe('คำอธิบาย');
      // The template imports as it is (a dry run of it reads its example without an error).
      const dry = await upload(w.otherOrgId, res.bytes, true, w.tokens.stranger);
      expect(dry.json).toMatchObject({ rows: 1, errors: [] });
    });
  });
});
