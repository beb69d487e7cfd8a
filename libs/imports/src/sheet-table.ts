import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { BadInputError, ErrorReason } from '@prongsai/common';
import { IMPORT_LIMITS } from './import-limits';
import { checkXlsxZip, NOT_XLSX_MESSAGE } from './xlsx-zip-guard';

/** A cell as the import reads it: text, or a date Excel stores as a date (never a formula: see below). */
export type SheetCell = string | Date | null;

export interface SheetRow {
  /** The spreadsheet's own row number (1-based, as Excel shows it). */
  readonly number: number;
  readonly cells: readonly SheetCell[];
}

export interface SheetTable {
  readonly sheetName: string;
  readonly rows: readonly SheetRow[];
}

type ExcelValue = ExcelJS.CellValue;

/**
 * A cell value as text or a date. Formulas are never evaluated: a formula cell counts as the value Excel
 * saved with it (what the author saw), and as empty when none was saved.
 */
export function cellOf(value: ExcelValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelValue }).result;
      return result === undefined || (typeof result === 'object' && result !== null && 'error' in result)
        ? null
        : cellOf(result);
    }
    if ('hyperlink' in value) return cellOf((value as { text?: ExcelValue }).text ?? value.hyperlink);
    if ('error' in value) return null;
  }
  return null;
}

/**
 * The first worksheet of an .xlsx, streamed (ExcelJS's WorkbookReader): rows with at least one value, at
 * most `IMPORT_LIMITS.maxRows` data rows plus a few header rows. A body that is not a workbook, or too
 * big, is a BadInputError on `file` with a Thai message.
 */
export async function readFirstSheet(body: Buffer, headerRows = 10): Promise<SheetTable> {
  checkXlsxZip(body);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([body]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const rows: SheetRow[] = [];
  let sheetName = '';
  try {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name?: string };
      sheetName = ws.name ?? '';
      for await (const row of ws) {
        const values = (row.values as ExcelValue[]).slice(1).map(cellOf);
        if (values.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) continue;
        rows.push({ number: row.number, cells: values });
        if (rows.length > IMPORT_LIMITS.maxRows + headerRows) {
          throw new BadInputError(
            'file',
            ErrorReason.TOO_MANY_ROWS,
            `ไฟล์มีข้อมูลเกิน ${IMPORT_LIMITS.maxRows.toLocaleString('th-TH')} แถว กรุณาแบ่งเป็นหลายไฟล์`,
          );
        }
      }
      break;
    }
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    throw new BadInputError('file', ErrorReason.FILE_NOT_XLSX, NOT_XLSX_MESSAGE);
  }
  return { sheetName, rows };
}
