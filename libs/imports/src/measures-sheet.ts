import { BadInputError, ErrorReason, normalizeText } from '@prongsai/common';
import type { FrameworkDefinition } from '@prongsai/frameworks';
import { MEASURE_LIMITS, MeasureFields, dueDateWindow, normalizeMeasureFields } from '@prongsai/measures';
import { MeasureStatus } from '@prongsai/measures/status';
import { formatThaiDate, parseThaiDocumentDate, ThaiDocumentDateError } from '@prongsai/thai';
import type { SheetCell, SheetRow, SheetTable } from './sheet-table';

/** The seed's headers, which the import looks for (in any order); the result column may be absent. */
export const MEASURE_HEADERS = {
  title: 'มาตรการ',
  steps: 'ขั้นตอนหรือวิธีการปฏิบัติ',
  responsible: 'ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง',
  dueDate: 'กำหนดแล้วเสร็จ',
  result: 'ผลการดำเนินการ',
} as const;

export type MeasureColumn = keyof typeof MEASURE_HEADERS;
const REQUIRED: readonly MeasureColumn[] = ['title', 'steps', 'responsible', 'dueDate'];

/** The status words a result opens with (as the report prints them). */
export const RESULT_STATUS_WORDS: readonly [string, MeasureStatus][] = [
  ['ดำเนินการแล้วเสร็จ', MeasureStatus.COMPLETED],
  ['อยู่ระหว่างดำเนินการ', MeasureStatus.IN_PROGRESS],
  ['ยังไม่ได้ดำเนินการ', MeasureStatus.PLANNED],
];

/** One row error: the sheet's own row number, the header as written in the file, a Thai message. */
export interface ImportRowError {
  readonly row: number;
  readonly column: string | null;
  readonly message: string;
}

/** A row that passed every check of createMeasure, with the status and result its result cell says. */
export interface MeasureRow {
  readonly row: number;
  readonly fields: MeasureFields;
  readonly status: MeasureStatus;
  /** The result after its status word (COMPLETED only), as `completeMeasure` stores it. */
  readonly result: string | null;
}

export interface MeasureSheet {
  /** Data rows read (with or without errors). */
  readonly rowCount: number;
  readonly rows: readonly MeasureRow[];
  readonly errors: readonly ImportRowError[];
}

/** Trim, NBSP and runs of spaces to one space: how a header typed by hand is compared. */
const squash = (text: string) => text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

function text(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell.replace(/\r\n?/g, '\n');
}

const lines = (cell: string) =>
  cell
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** A leading `- ` (or • or –) is the seed's bullet, not part of the text. */
const undash = (line: string) => line.replace(/^[-–•]\s*/, '').trim();

const DATE_MESSAGES: Record<ThaiDocumentDateError, string> = {
  EMPTY: 'ต้องระบุกำหนดแล้วเสร็จ',
  FORMAT: 'อ่านวันที่ไม่ได้ ใช้รูปแบบเช่น ๑๐ ก.พ. ๖๖, 10/02/2566, 2023-02-10 หรือช่วงเดือน ม.ค. - มี.ค. ๖๖',
  UNKNOWN_MONTH: 'ชื่อเดือนไม่ถูกต้อง ใช้ชื่อย่อเช่น ม.ค. ก.พ. มี.ค. หรือชื่อเต็ม',
  YEAR_NOT_BUDDHIST_ERA: 'ปีต้องเป็นปีพุทธศักราช เช่น ๖๖ หรือ ๒๕๖๖',
  MONTH_OUT_OF_RANGE: 'เดือนต้องอยู่ระหว่าง ๑ ถึง ๑๒',
  DAY_OUT_OF_RANGE: 'ไม่มีวันที่นี้ในเดือนนั้น',
};

/** Excel's own dates arrive as a Date at midnight UTC of that calendar day. */
function dueDateText(
  cell: SheetCell | undefined,
): { ok: true; value: string } | { ok: false; message: string } {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime())
      ? { ok: false, message: DATE_MESSAGES.FORMAT }
      : { ok: true, value: cell.toISOString().slice(0, 10) };
  }
  const parsed = parseThaiDocumentDate(text(cell));
  return parsed.ok ? parsed : { ok: false, message: DATE_MESSAGES[parsed.reason] };
}

/** createMeasure's refusals, in Thai, for the person who typed the sheet. */
function thaiMessage(error: BadInputError, fiscalYear: number): string {
  const reason = error.reason;
  if (reason === ErrorReason.EMPTY_TEXT) return 'ต้องไม่เว้นว่าง';
  if (reason === ErrorReason.TEXT_TOO_LONG) {
    // Stryker disable next-line Regex: equivalent — the message has one number; either anchor alone finds it
    return `ข้อความยาวเกินไป (${error.message.replace(/^\D*(\d+).*$/, '$1')} ตัวอักษรเป็นอย่างมาก)`;
  }
  if (reason === ErrorReason.TOO_MANY_ITEMS) return `มีขั้นตอนได้ไม่เกิน ${MEASURE_LIMITS.steps} ขั้นตอน`;
  if (reason === ErrorReason.DUE_DATE_OUTSIDE_WINDOW) {
    const { from, to } = dueDateWindow(fiscalYear);
    return `กำหนดแล้วเสร็จต้องอยู่ระหว่าง ${formatThaiDate(from)} ถึง ${formatThaiDate(to)} สำหรับมาตรการปีงบประมาณ ${fiscalYear}`;
  }
  if (reason === ErrorReason.INVALID_DATE) return DATE_MESSAGES.FORMAT;
  // Stryker disable next-line ConditionalExpression: equivalent — createMeasure's field checks raise no reason but those above
  if (reason === ErrorReason.INVALID_TEXT) return 'มีอักขระที่ใช้ไม่ได้ในข้อความ';
  // Stryker disable next-line StringLiteral: unreachable today (see above); kept so a new reason still reads as a refusal
  return `ข้อมูลไม่ถูกต้อง (${reason})`;
}

/** `steps.2` → the steps column; every field of createMeasure maps to one header. */
function columnOfField(field: string | undefined): MeasureColumn {
  // Stryker disable next-line StringLiteral: equivalent — every BadInputError names its field
  const head = (field ?? '').split('.')[0];
  return head === 'steps' || head === 'responsible' || head === 'dueDate' || head === 'result'
    ? head
    : 'title';
}

/**
 * Pure: a sheet → measures that pass createMeasure's own checks (`normalizeMeasureFields`, reused, not
 * copied), or row errors. The header row is the first row (of the first ten) that holds the seed's
 * headers; a repeat of it further down (the seed's table repeats its header) is skipped.
 */
export function readMeasureSheet(table: SheetTable, framework: FrameworkDefinition): MeasureSheet {
  const errors: ImportRowError[] = [];
  const wanted = new Map(Object.entries(MEASURE_HEADERS).map(([k, h]) => [squash(h), k as MeasureColumn]));
  let headerAt = -1;
  const index = new Map<MeasureColumn, { at: number; header: string }>();
  for (let r = 0; r < Math.min(table.rows.length, 10) && headerAt < 0; r += 1) {
    const found = new Map<MeasureColumn, { at: number; header: string }>();
    table.rows[r].cells.forEach((c, at) => {
      const column = wanted.get(squash(text(c)));
      if (column && !found.has(column)) found.set(column, { at, header: text(c).trim() });
    });
    if (found.has('title')) {
      headerAt = r;
      for (const [k, v] of found) index.set(k, v);
    }
  }
  const headerRow = headerAt >= 0 ? table.rows[headerAt].number : 1;
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) {
    for (const c of missing) {
      errors.push({
        row: headerRow,
        column: MEASURE_HEADERS[c],
        message: `ไม่พบหัวคอลัมน์ "${MEASURE_HEADERS[c]}"`,
      });
    }
    return { rowCount: 0, rows: [], errors };
  }
  const headerOf = (c: MeasureColumn) => index.get(c)?.header ?? MEASURE_HEADERS[c];
  const cellOf = (row: SheetRow, c: MeasureColumn) => {
    const at = index.get(c)?.at;
    return at === undefined ? null : row.cells[at];
  };

  const rows: MeasureRow[] = [];
  const firstRowOfTitle = new Map<string, number>();
  let rowCount = 0;
  for (const row of table.rows.slice(headerAt + 1)) {
    if (squash(text(cellOf(row, 'title'))) === squash(MEASURE_HEADERS.title)) continue;
    rowCount += 1;
    const rowErrors: ImportRowError[] = [];
    const fail = (c: MeasureColumn, message: string) =>
      rowErrors.push({ row: row.number, column: headerOf(c), message });

    const title = lines(text(cellOf(row, 'title')))
      .map(undash)
      .join('\n');
    const steps = lines(text(cellOf(row, 'steps')))
      .map(undash)
      .filter((s) => s !== '');
    const responsible = lines(text(cellOf(row, 'responsible'))).join(' ');
    const due = dueDateText(cellOf(row, 'dueDate'));
    if (!due.ok) fail('dueDate', due.message);

    // The same checks as createMeasure, field by field, so one row can report each of its problems.
    const input = { title, steps, responsible, dueDate: due.ok ? due.value : null };
    let fields: Partial<MeasureFields> = {};
    for (const key of ['title', 'steps', 'responsible', 'dueDate'] as const) {
      if (input[key] === null) continue;
      try {
        fields = { ...fields, ...normalizeMeasureFields({ [key]: input[key] }, framework) };
      } catch (error) {
        if (!(error instanceof BadInputError)) throw error;
        fail(columnOfField(error.field), thaiMessage(error, framework.fiscalYear));
      }
    }

    let status = MeasureStatus.PLANNED;
    let result: string | null = null;
    const resultText = squash(text(cellOf(row, 'result')));
    if (resultText !== '') {
      const word = RESULT_STATUS_WORDS.find(([w]) => resultText.startsWith(w));
      if (!word) {
        fail('result', 'ผลการดำเนินการต้องขึ้นต้นด้วย "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ" หรือ "ยังไม่ได้ดำเนินการ"');
      } else {
        status = word[1];
        if (status === MeasureStatus.COMPLETED) {
          // completeMeasure needs a result: the status word alone is the result then.
          // Stryker disable next-line MethodExpression: equivalent — resultText is squashed, and normalizeText trims the one space left
          const rest = resultText.slice(word[0].length).trim();
          try {
            result = normalizeText(rest === '' ? word[0] : rest, 'result', MEASURE_LIMITS.result);
          } catch (error) {
            if (!(error instanceof BadInputError)) throw error;
            fail('result', thaiMessage(error, framework.fiscalYear));
          }
        }
      }
    }

    if (fields.title !== undefined) {
      const earlier = firstRowOfTitle.get(fields.title);
      if (earlier !== undefined) fail('title', `ชื่อมาตรการซ้ำกับแถวที่ ${earlier} ของไฟล์นี้`);
      else firstRowOfTitle.set(fields.title, row.number);
    }
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else rows.push({ row: row.number, fields: fields as MeasureFields, status, result });
  }
  return { rowCount, rows, errors };
}
