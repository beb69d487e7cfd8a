import { loadBundledFrameworks } from '@prongsai/frameworks/data';
import { MeasureStatus } from '@prongsai/measures/status';
import { MEASURE_HEADERS, readMeasureSheet } from './measures-sheet';
import type { SheetCell, SheetTable } from './sheet-table';

const fy2566 = loadBundledFrameworks().find((f) => f.fiscalYear === 2566)!;
const H = MEASURE_HEADERS;
const HEADER: SheetCell[] = [H.title, H.steps, H.responsible, H.dueDate, H.result];

/** A sheet whose first row is `header` and whose data rows start at spreadsheet row 2. */
const sheet = (rows: SheetCell[][], header: SheetCell[] = HEADER): SheetTable => ({
  sheetName: 'มาตรการ',
  rows: [header, ...rows].map((cells, i) => ({ number: i + 1, cells })),
});

const ok: SheetCell[] = ['มาตรการเผยแพร่ข้อมูล', '- จัดทำแผน\n- ประกาศบนเว็บไซต์', 'สำนักปลัด', '๑๐ ก.พ. ๒๕๖๖', null];
const withCell = (at: number, value: SheetCell): SheetCell[] => ok.map((c, i) => (i === at ? value : c));

describe('readMeasureSheet: rows that pass', () => {
  it.each<[string, SheetTable, unknown]>([
    [
      'the seed’s row: bullets dropped, steps one a line, Thai date read',
      sheet([ok]),
      [
        {
          row: 2,
          status: MeasureStatus.PLANNED,
          result: null,
          fields: {
            title: 'มาตรการเผยแพร่ข้อมูล',
            steps: ['จัดทำแผน', 'ประกาศบนเว็บไซต์'],
            responsible: 'สำนักปลัด',
            dueDate: '2023-02-10',
          },
        },
      ],
    ],
    [
      'columns in another order and a header typed with extra spaces',
      sheet(
        [['สำนักปลัด', '10/02/2566', 'มาตรการ ก', 'ขั้นที่ ๑']],
        [H.responsible, ` ${H.dueDate}\u00a0 `, H.title, H.steps],
      ),
      [
        {
          row: 2,
          status: MeasureStatus.PLANNED,
          result: null,
          fields: { title: 'มาตรการ ก', steps: ['ขั้นที่ ๑'], responsible: 'สำนักปลัด', dueDate: '2023-02-10' },
        },
      ],
    ],
    [
      'an Excel date cell and a responsible over two lines joined by a space',
      sheet([withCell(3, new Date(Date.UTC(2023, 1, 10))).map((c, i) => (i === 2 ? 'กองคลัง\nกองช่าง' : c))]),
      [
        expect.objectContaining({
          fields: expect.objectContaining({ dueDate: '2023-02-10', responsible: 'กองคลัง กองช่าง' }),
        }),
      ],
    ],
    [
      'COMPLETED with the text after the status word as its result',
      sheet([withCell(4, 'ดำเนินการแล้วเสร็จ เผยแพร่ครบ ๔๓ ข้อ')]),
      [expect.objectContaining({ status: MeasureStatus.COMPLETED, result: 'เผยแพร่ครบ ๔๓ ข้อ' })],
    ],
    [
      'COMPLETED with the status word alone: the word is the result',
      sheet([withCell(4, 'ดำเนินการแล้วเสร็จ')]),
      [expect.objectContaining({ status: MeasureStatus.COMPLETED, result: 'ดำเนินการแล้วเสร็จ' })],
    ],
    [
      'IN_PROGRESS keeps no result',
      sheet([withCell(4, 'อยู่ระหว่างดำเนินการ ร้อยละ ๕๐')]),
      [expect.objectContaining({ status: MeasureStatus.IN_PROGRESS, result: null })],
    ],
    [
      'PLANNED by its word',
      sheet([withCell(4, 'ยังไม่ได้ดำเนินการ')]),
      [expect.objectContaining({ status: MeasureStatus.PLANNED, result: null })],
    ],
    [
      'a repeat of the header further down is skipped, not a row',
      sheet([ok, HEADER, withCell(0, 'มาตรการที่สอง')]),
      [
        expect.objectContaining({ row: 2 }),
        expect.objectContaining({ row: 4, fields: expect.objectContaining({ title: 'มาตรการที่สอง' }) }),
      ],
    ],
  ])('%s', (_name, table, rows) => {
    const result = readMeasureSheet(table, fy2566);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual(rows);
  });

  it('finds the header below a title block (within the first ten rows) and counts rows from there', () => {
    const table: SheetTable = {
      sheetName: 'มาตรการ',
      rows: [
        { number: 1, cells: ['รายงานผลการดำเนินการตามมาตรการ'] },
        { number: 2, cells: [] },
        { number: 3, cells: HEADER },
        { number: 4, cells: ok },
      ],
    };
    expect(readMeasureSheet(table, fy2566)).toEqual({
      rowCount: 1,
      rows: [expect.objectContaining({ row: 4 })],
      errors: [],
    });
  });

  it('a header past the tenth row is not looked for: every required column is reported missing at row 1', () => {
    const table: SheetTable = {
      sheetName: 'มาตรการ',
      rows: [
        ...Array.from({ length: 10 }, (_, i) => ({ number: i + 1, cells: ['—'] })),
        { number: 11, cells: HEADER },
      ],
    };
    const result = readMeasureSheet(table, fy2566);
    expect(result.rowCount).toBe(0);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [1, H.title],
      [1, H.steps],
      [1, H.responsible],
      [1, H.dueDate],
    ]);
  });
});

describe('readMeasureSheet: every error names the row, the column as written and a Thai reason', () => {
  it.each<[string, SheetTable, { row: number; column: string | null; message: string | RegExp }[]]>([
    [
      'a missing required header',
      sheet([['ก', 'ข', 'ค']], [H.title, H.steps, H.responsible]),
      [{ row: 1, column: H.dueDate, message: `ไม่พบหัวคอลัมน์ "${H.dueDate}"` }],
    ],
    [
      'an empty due date',
      sheet([withCell(3, null)]),
      [{ row: 2, column: H.dueDate, message: 'ต้องระบุกำหนดแล้วเสร็จ' }],
    ],
    [
      'an unreadable due date',
      sheet([withCell(3, 'พรุ่งนี้')]),
      [{ row: 2, column: H.dueDate, message: /^อ่านวันที่ไม่ได้/ }],
    ],
    [
      'a month that does not exist',
      sheet([withCell(3, '10 ก.ข. 2566')]),
      [{ row: 2, column: H.dueDate, message: /^ชื่อเดือนไม่ถูกต้อง/ }],
    ],
    [
      'a Gregorian year',
      sheet([withCell(3, '10/02/2023')]),
      [{ row: 2, column: H.dueDate, message: /^ปีต้องเป็นปีพุทธศักราช/ }],
    ],
    [
      'month 13',
      sheet([withCell(3, '10/13/2566')]),
      [{ row: 2, column: H.dueDate, message: 'เดือนต้องอยู่ระหว่าง ๑ ถึง ๑๒' }],
    ],
    [
      '30 February',
      sheet([withCell(3, '30/02/2566')]),
      [{ row: 2, column: H.dueDate, message: 'ไม่มีวันที่นี้ในเดือนนั้น' }],
    ],
    [
      'an invalid Excel date',
      sheet([withCell(3, new Date(Number.NaN))]),
      [{ row: 2, column: H.dueDate, message: /^อ่านวันที่ไม่ได้/ }],
    ],
    [
      'a due date outside the window of the fiscal year',
      sheet([withCell(3, '10/02/2570')]),
      [{ row: 2, column: H.dueDate, message: /^กำหนดแล้วเสร็จต้องอยู่ระหว่าง .* สำหรับมาตรการปีงบประมาณ 2566$/ }],
    ],
    ['an empty title', sheet([withCell(0, '  ')]), [{ row: 2, column: H.title, message: 'ต้องไม่เว้นว่าง' }]],
    [
      'an empty responsible',
      sheet([withCell(2, null)]),
      [{ row: 2, column: H.responsible, message: 'ต้องไม่เว้นว่าง' }],
    ],
    [
      'a title too long',
      sheet([withCell(0, 'ก'.repeat(501))]),
      [{ row: 2, column: H.title, message: 'ข้อความยาวเกินไป (500 ตัวอักษรเป็นอย่างมาก)' }],
    ],
    [
      'too many steps',
      sheet([withCell(1, Array.from({ length: 51 }, (_, i) => `ขั้นที่ ${i + 1}`).join('\n'))]),
      [{ row: 2, column: H.steps, message: 'มีขั้นตอนได้ไม่เกิน 50 ขั้นตอน' }],
    ],
    [
      'a lone surrogate in a step (text that is not Unicode)',
      sheet([withCell(1, 'ขั้นที่\ud800หนึ่ง')]),
      [{ row: 2, column: H.steps, message: 'มีอักขระที่ใช้ไม่ได้ในข้อความ' }],
    ],
    [
      'a NUL in the title (PostgreSQL would refuse it)',
      sheet([withCell(0, 'มาตรการ\u0000ก')]),
      [{ row: 2, column: H.title, message: 'มีอักขระที่ใช้ไม่ได้ในข้อความ' }],
    ],
    [
      'a result that opens with no status word',
      sheet([withCell(4, 'เสร็จแล้ว')]),
      [{ row: 2, column: H.result, message: /^ผลการดำเนินการต้องขึ้นต้นด้วย/ }],
    ],
    [
      'a completed result too long',
      sheet([withCell(4, `ดำเนินการแล้วเสร็จ ${'ก'.repeat(5001)}`)]),
      [{ row: 2, column: H.result, message: 'ข้อความยาวเกินไป (5000 ตัวอักษรเป็นอย่างมาก)' }],
    ],
    [
      'several problems in one row are each reported',
      sheet([['', '', '', 'x', 'y']]),
      [
        { row: 2, column: H.dueDate, message: /^อ่านวันที่ไม่ได้/ },
        { row: 2, column: H.title, message: 'ต้องไม่เว้นว่าง' },
        { row: 2, column: H.responsible, message: 'ต้องไม่เว้นว่าง' },
        { row: 2, column: H.result, message: /^ผลการดำเนินการต้องขึ้นต้นด้วย/ },
      ],
    ],
    [
      'the column is named as the file wrote it (spaces trimmed)',
      sheet([withCell(3, null)], [H.title, H.steps, H.responsible, `  ${H.dueDate} `]),
      [{ row: 2, column: H.dueDate, message: 'ต้องระบุกำหนดแล้วเสร็จ' }],
    ],
  ])('%s', (_name, table, expected) => {
    const result = readMeasureSheet(table, fy2566);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual(
      expected.map((e) => ({
        row: e.row,
        column: e.column,
        message: typeof e.message === 'string' ? e.message : expect.stringMatching(e.message),
      })),
    );
  });

  it('the same title twice: the first row is kept, the second names it', () => {
    const result = readMeasureSheet(sheet([ok, ok]), fy2566);
    expect([result.rows.map((r) => r.row), result.errors]).toEqual([
      [2],
      [{ row: 3, column: H.title, message: 'ชื่อมาตรการซ้ำกับแถวที่ 2 ของไฟล์นี้' }],
    ]);
  });

  it('counts every data row, good or bad, and keeps the good ones', () => {
    const result = readMeasureSheet(sheet([ok, withCell(0, ''), withCell(0, 'มาตรการที่สาม')]), fy2566);
    expect([result.rowCount, result.rows.map((r) => r.row), result.errors.map((e) => e.row)]).toEqual([
      3,
      [2, 4],
      [3],
    ]);
  });
});

// Each row below pins one rule of the reader that mutation testing found untested (issue 18).
describe('readMeasureSheet: how cells are read', () => {
  const only = (row: SheetCell[]) => readMeasureSheet(sheet([row]), fy2566);
  const fieldsOf = (row: SheetCell[]) => only(row).rows[0]?.fields;

  it.each<[string, SheetCell[], Record<string, unknown>]>([
    [
      'a step typed with its dash and no space',
      withCell(1, '-จัดทำแผน\n•ประกาศ'),
      { steps: ['จัดทำแผน', 'ประกาศ'] },
    ],
    ['a dash inside a step is text', withCell(1, 'ประชุม ก - ข'), { steps: ['ประชุม ก - ข'] }],
    ['a bullet alone on a line is no step', withCell(1, '- ก\n-\n  \n- ข'), { steps: ['ก', 'ข'] }],
    ['Windows and old Mac line breaks', withCell(1, 'ก\r\nข\rค'), { steps: ['ก', 'ข', 'ค'] }],
    [
      'a title over two lines keeps its line break',
      withCell(0, 'มาตรการที่ ๑\nการเผยแพร่ข้อมูล'),
      {
        title: 'มาตรการที่ ๑\nการเผยแพร่ข้อมูล',
      },
    ],
    [
      'a date cell in a text column reads as its ISO day',
      withCell(2, new Date(Date.UTC(2023, 1, 10))),
      {
        responsible: '2023-02-10',
      },
    ],
  ])('%s', (_name, row, fields) => {
    expect(fieldsOf(row)).toEqual(expect.objectContaining(fields));
  });

  it.each<[string, SheetCell, { status: MeasureStatus; result: string | null }]>([
    [
      'the status word alone is the result',
      'ดำเนินการแล้วเสร็จ',
      { status: MeasureStatus.COMPLETED, result: 'ดำเนินการแล้วเสร็จ' },
    ],
    [
      'the text after the status word, spaces squashed',
      'ดำเนินการแล้วเสร็จ   เมื่อ  10 ก.พ. 66',
      {
        status: MeasureStatus.COMPLETED,
        result: 'เมื่อ 10 ก.พ. 66',
      },
    ],
  ])('%s', (_name, cell, expected) => {
    expect(only(withCell(4, cell)).rows[0]).toEqual(expect.objectContaining(expected));
  });

  it('an error of one step is reported in the steps column', () => {
    const longStep = 'ก'.repeat(5000);
    const { errors } = only(withCell(1, `- ขั้นแรก\n- ${longStep}`));
    expect(errors).toEqual([
      {
        row: 2,
        column: H.steps,
        message: expect.stringMatching(/^ข้อความยาวเกินไป \(\d+ ตัวอักษรเป็นอย่างมาก\)$/),
      },
    ]);
  });

  it('an Excel date beyond year 9999 is refused as a date, in Thai', () => {
    const { errors } = only(withCell(3, new Date(Date.UTC(12000, 0, 1))));
    expect(errors).toEqual([{ row: 2, column: H.dueDate, message: expect.stringMatching(/^อ่านวันที่ไม่ได้/) }]);
  });

  it('a header found below a title block, missing a column, is reported at its own row', () => {
    const table: SheetTable = {
      sheetName: 'มาตรการ',
      rows: [
        { number: 1, cells: ['รายงานผลการดำเนินการตามมาตรการ'] },
        { number: 2, cells: [H.title, H.steps, H.responsible] },
        { number: 3, cells: ['ก', 'ข', 'ค'] },
      ],
    };
    expect(readMeasureSheet(table, fy2566).errors).toEqual([
      { row: 2, column: H.dueDate, message: `ไม่พบหัวคอลัมน์ "${H.dueDate}"` },
    ]);
  });
});
