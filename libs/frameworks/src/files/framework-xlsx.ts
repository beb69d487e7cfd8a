import ExcelJS from 'exceljs';
import { ErrorReason } from '@prongsai/common';
import { FrameworkDefinition, FrameworkProblem } from '../framework-definition';

/**
 * The XLSX layout of a framework file: the same content as the JSON (`framework.schema.json`), one sheet
 * per list, one row per entry, a header row whose cells end with the JSON key in parentheses (columns are
 * found by that key, in any order; the Thai label before it is free). Weights are written in percent
 * (30 = 0.3), as people write them; empty rows are skipped.
 */
interface SheetLayout {
  readonly list: 'tools' | 'indicators' | 'gradeBands' | 'oitSubIndicators' | 'oitItems';
  readonly sheet: string;
  readonly columns: readonly { key: string; label: string; kind: 'text' | 'number' | 'percent' }[];
}

export const FRAMEWORK_SHEET = 'กรอบการประเมิน';

export const FRAMEWORK_XLSX_LAYOUT: readonly SheetLayout[] = [
  {
    list: 'tools',
    sheet: 'เครื่องมือ',
    columns: [
      { key: 'code', label: 'รหัส', kind: 'text' },
      { key: 'nameTh', label: 'ชื่อ', kind: 'text' },
      { key: 'weight', label: 'น้ำหนัก %', kind: 'percent' },
      { key: 'aggregation', label: 'วิธีรวมคะแนน', kind: 'text' },
    ],
  },
  {
    list: 'indicators',
    sheet: 'ตัวชี้วัด',
    columns: [
      { key: 'code', label: 'รหัส', kind: 'text' },
      { key: 'nameTh', label: 'ชื่อ', kind: 'text' },
      { key: 'tool', label: 'เครื่องมือ', kind: 'text' },
      { key: 'weight', label: 'น้ำหนักในเครื่องมือ % (ว่าง = เท่ากัน)', kind: 'percent' },
    ],
  },
  {
    list: 'gradeBands',
    sheet: 'ระดับผลการประเมิน',
    columns: [
      { key: 'grade', label: 'ระดับ', kind: 'text' },
      { key: 'min', label: 'คะแนนต่ำสุด', kind: 'number' },
      { key: 'max', label: 'คะแนนสูงสุด', kind: 'number' },
    ],
  },
  {
    list: 'oitSubIndicators',
    sheet: 'ตัวชี้วัดย่อย OIT',
    columns: [
      { key: 'code', label: 'รหัส', kind: 'text' },
      { key: 'indicatorCode', label: 'ตัวชี้วัด', kind: 'text' },
      { key: 'nameTh', label: 'ชื่อ', kind: 'text' },
      { key: 'weight', label: 'น้ำหนักในตัวชี้วัด % (ว่าง = เท่ากัน)', kind: 'percent' },
    ],
  },
  {
    list: 'oitItems',
    sheet: 'ข้อ OIT',
    columns: [
      { key: 'order', label: 'ลำดับ', kind: 'number' },
      { key: 'code', label: 'รหัส', kind: 'text' },
      { key: 'nameTh', label: 'ข้อ', kind: 'text' },
      { key: 'subIndicatorCode', label: 'ตัวชี้วัดย่อย', kind: 'text' },
    ],
  },
];

/** Rows of the first sheet: a label ending in the key in parentheses, and a value. */
const FIELD_ROWS = [
  { key: 'fiscalYear', label: 'ปีงบประมาณ (พ.ศ.)' },
  { key: 'passThreshold', label: 'เกณฑ์ผ่าน' },
] as const;
const ASSUMPTION = { key: 'assumption', label: 'ข้อสันนิษฐาน' };

const header = (label: string, key: string) => `${label} (${key})`;
const KEY_IN_HEADER = /\(([A-Za-z]+)\)\s*$/;

/** Where each entry of a list came from, to say "sheet ตัวชี้วัด, row 5" beside a JSON path. */
export type XlsxRowMap = Record<string, number[]>;

export type XlsxRead =
  | { readonly ok: true; readonly candidate: Record<string, unknown>; readonly rows: XlsxRowMap }
  | { readonly ok: false; readonly problems: FrameworkProblem[] };

const unreadable = (message: string): XlsxRead => ({
  ok: false,
  problems: [{ path: '', reason: ErrorReason.FRAMEWORK_FILE_UNREADABLE, message }],
});

/** A cell as plain data: formulas give their result, rich text its text, hyperlinks their text. */
function plain(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('result' in value) return plain(value.result);
    if ('richText' in value) return plain(value.richText.map((r) => r.text).join(''));
    if ('text' in value) return plain(value.text);
  }
  return null;
}

/** Numbers typed as text ("30", "85.5") are numbers; anything else stays as it is for the schema to refuse. */
function asNumber(value: string | number | boolean): unknown {
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

/** Percent → share, rounded off binary noise (30 → 0.3, not 0.30000000000000004). */
const percentToShare = (value: number) => Number((value / 100).toFixed(10));

/** Reads the XLSX layout into a framework candidate (validated by the caller, like a JSON file). */
export async function readFrameworkXlsx(bytes: Buffer): Promise<XlsxRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (err) {
    return unreadable(`not an XLSX workbook: ${(err as Error).message}`);
  }
  const missing = [FRAMEWORK_SHEET, ...FRAMEWORK_XLSX_LAYOUT.map((l) => l.sheet)].filter(
    (name) => !workbook.getWorksheet(name),
  );
  if (missing.length > 0) return unreadable(`missing sheet(s): ${missing.join(', ')}`);

  const candidate: Record<string, unknown> = { assumptions: [] };
  const rows: XlsxRowMap = {};
  workbook.getWorksheet(FRAMEWORK_SHEET)!.eachRow((row) => {
    const label = plain(row.getCell(1).value);
    const value = plain(row.getCell(2).value);
    const key = typeof label === 'string' ? KEY_IN_HEADER.exec(label)?.[1] : undefined;
    if (key === ASSUMPTION.key) {
      if (value !== null) (candidate.assumptions as unknown[]).push(String(value));
    } else if (key && FIELD_ROWS.some((f) => f.key === key)) {
      candidate[key] = value === null ? undefined : asNumber(value);
    }
  });

  for (const layout of FRAMEWORK_XLSX_LAYOUT) {
    const sheet = workbook.getWorksheet(layout.sheet)!;
    const columnOf = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, col) => {
      const text = plain(cell.value);
      const key = typeof text === 'string' ? KEY_IN_HEADER.exec(text)?.[1] : undefined;
      if (key) columnOf.set(key, col);
    });
    const entries: Record<string, unknown>[] = [];
    rows[layout.list] = [];
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber === 1) return;
      const entry: Record<string, unknown> = {};
      for (const column of layout.columns) {
        const col = columnOf.get(column.key);
        const value = col === undefined ? null : plain(row.getCell(col).value);
        if (value === null) continue;
        const n = column.kind === 'text' ? value : asNumber(value);
        entry[column.key] =
          column.kind === 'text'
            ? String(n)
            : column.kind === 'percent' && typeof n === 'number'
              ? percentToShare(n)
              : n;
      }
      if (Object.keys(entry).length === 0) return;
      entries.push(entry);
      rows[layout.list].push(rowNumber);
    });
    candidate[layout.list] = entries;
  }
  return { ok: true, candidate, rows };
}

/** "tools.1.weight" → ' (sheet "เครื่องมือ", row 3)', when the path names an entry of a list. */
export function xlsxLocation(path: string, rows: XlsxRowMap): string {
  const [list, index] = path.split('.');
  const layout = FRAMEWORK_XLSX_LAYOUT.find((l) => l.list === list);
  const row = layout && index !== undefined ? rows[list]?.[Number(index)] : undefined;
  if (layout && row !== undefined) return ` (sheet "${layout.sheet}", row ${row})`;
  if (list === 'fiscalYear' || list === 'passThreshold' || list === 'assumptions') {
    return ` (sheet "${FRAMEWORK_SHEET}")`;
  }
  return '';
}

/** The XLSX layout of a framework: what `readFrameworkXlsx` reads back to the same definition. */
export async function frameworkToXlsx(definition: FrameworkDefinition): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Prongsai';
  const first = workbook.addWorksheet(FRAMEWORK_SHEET);
  first.columns = [{ width: 36 }, { width: 100 }];
  first.addRow([header('รายการ', 'field'), header('ค่า', 'value')]).font = { bold: true };
  for (const field of FIELD_ROWS) first.addRow([header(field.label, field.key), definition[field.key]]);
  for (const text of definition.assumptions) first.addRow([header(ASSUMPTION.label, ASSUMPTION.key), text]);

  for (const layout of FRAMEWORK_XLSX_LAYOUT) {
    const sheet = workbook.addWorksheet(layout.sheet);
    sheet.columns = layout.columns.map((c) => ({ width: c.key === 'nameTh' ? 70 : 18 }));
    sheet.addRow(layout.columns.map((c) => header(c.label, c.key))).font = { bold: true };
    for (const entry of definition[layout.list] as readonly object[]) {
      const values = entry as Record<string, unknown>;
      sheet.addRow(
        layout.columns.map((c) => {
          const value = values[c.key];
          if (value === undefined) return null;
          return c.kind === 'percent' ? Number(((value as number) * 100).toFixed(8)) : value;
        }),
      );
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
