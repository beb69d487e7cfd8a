import ExcelJS from 'exceljs';
import { Role } from '@prongsai/common';
import { normalizeEmail } from '../email-address';

/** One valid row of a people file, ready to invite. `row` is the spreadsheet's own row number. */
export interface PersonRow {
  row: number;
  organizationCode: string;
  organizationId: string;
  displayName: string;
  email: string;
  role: Role.ORG_LEAD | Role.ORG_MEMBER;
}

export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

/** Header names accepted for each column (case and spaces ignored), Thai first. */
export const PEOPLE_COLUMNS = {
  code: ['รหัส อปท.', 'รหัสอปท', 'รหัสหน่วยงาน', 'รหัส', 'lao code', 'code'],
  name: ['ชื่อ-นามสกุล', 'ชื่อ นามสกุล', 'ชื่อ', 'name'],
  email: ['อีเมล', 'อีเมล์', 'email', 'e-mail'],
  role: ['บทบาท', 'role'],
} as const;

const ROLE_WORDS: Record<string, PersonRow['role']> = {
  org_lead: Role.ORG_LEAD,
  lead: Role.ORG_LEAD,
  ผู้รับผิดชอบหลัก: Role.ORG_LEAD,
  'ผู้รับผิดชอบหลักด้าน ita': Role.ORG_LEAD,
  org_member: Role.ORG_MEMBER,
  member: Role.ORG_MEMBER,
  เจ้าหน้าที่: Role.ORG_MEMBER,
  ผู้ร่วมดำเนินการ: Role.ORG_MEMBER,
};

const key = (s: string) => s.replace(/\s+/g, '').replace(/\./g, '').toLowerCase();

/** The cells of a file, row by row, as text (row 1 is the header). XLSX (first sheet) or CSV (UTF-8). */
export async function readPeopleSheet(file: Buffer): Promise<string[][]> {
  const isZip = file.length > 4 && file[0] === 0x50 && file[1] === 0x4b;
  if (!isZip) return parseCsv(file.toString('utf8').replace(/^\uFEFF/, ''));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell.value)));
    rows[number - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text; // hyperlink (mailto:)
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return typeof value.result === 'object' ? '' : String(value.result ?? '');
    if (value instanceof Date) return value.toISOString();
    return '';
  }
  return String(value);
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

export interface CheckedPeopleFile {
  rows: PersonRow[];
  errors: ImportRowError[];
  /** Data rows in the file (blank rows left out). */
  total: number;
}

/**
 * Checks every row against the province's LAOs (`organizations`: DLA code → id): unknown code, bad email,
 * missing name, unknown role, the same (LAO, email) twice. Messages in Thai; `column` is the header as
 * written in the file. Pure.
 */
export function checkPeopleRows(
  sheet: string[][],
  organizations: ReadonlyMap<string, string>,
  provinceName: string,
): CheckedPeopleFile {
  const header = sheet[0] ?? [];
  const find = (names: readonly string[]) =>
    header.findIndex((h) => names.some((n) => key(n) === key(h ?? '')));
  const col = {
    code: find(PEOPLE_COLUMNS.code),
    name: find(PEOPLE_COLUMNS.name),
    email: find(PEOPLE_COLUMNS.email),
    role: find(PEOPLE_COLUMNS.role),
  };
  const errors: ImportRowError[] = [];
  const missing = (Object.keys(col) as (keyof typeof col)[]).filter((k) => col[k] < 0);
  if (missing.length > 0) {
    for (const k of missing)
      errors.push({
        row: 1,
        column: PEOPLE_COLUMNS[k][0],
        message: `ไม่พบคอลัมน์ "${PEOPLE_COLUMNS[k][0]}" ในแถวหัวตาราง`,
      });
    return { rows: [], errors, total: Math.max(0, sheet.length - 1) };
  }
  const headerOf = (i: number) => (header[i] ?? '').trim();
  const rows: PersonRow[] = [];
  const seen = new Map<string, number>();
  let total = 0;
  sheet.slice(1).forEach((cells, index) => {
    const rowNumber = index + 2;
    const cell = (i: number) => (cells[i] ?? '').trim();
    if (cells.every((c) => (c ?? '').trim() === '')) return;
    total++;
    const before = errors.length;
    const code = cell(col.code).replace(/\D/g, '') || cell(col.code);
    const organizationId = organizations.get(code);
    if (!organizationId)
      errors.push({
        row: rowNumber,
        column: headerOf(col.code),
        message: `ไม่พบ อปท. รหัส "${cell(col.code)}" ใน${provinceName}`,
      });
    const displayName = cell(col.name);
    if (!displayName)
      errors.push({ row: rowNumber, column: headerOf(col.name), message: 'กรุณาระบุชื่อ-นามสกุล' });
    else if ([...displayName].length > 200)
      errors.push({ row: rowNumber, column: headerOf(col.name), message: 'ชื่อยาวเกิน 200 ตัวอักษร' });
    const email = normalizeEmail(cell(col.email).replace(/^mailto:/i, ''));
    if (!email)
      errors.push({
        row: rowNumber,
        column: headerOf(col.email),
        message: `อีเมล "${cell(col.email)}" ไม่ถูกต้อง`,
      });
    const role = ROLE_WORDS[cell(col.role).toLowerCase()];
    if (!role)
      errors.push({
        row: rowNumber,
        column: headerOf(col.role),
        message: `ไม่รู้จักบทบาท "${cell(col.role)}" (ใช้ ORG_LEAD/ผู้รับผิดชอบหลัก หรือ ORG_MEMBER/เจ้าหน้าที่)`,
      });
    if (organizationId && email) {
      const first = seen.get(`${organizationId}|${email}`);
      if (first !== undefined)
        errors.push({
          row: rowNumber,
          column: headerOf(col.email),
          message: `ซ้ำกับแถวที่ ${first} (อปท. และอีเมลเดียวกัน)`,
        });
      else seen.set(`${organizationId}|${email}`, rowNumber);
    }
    if (errors.length === before)
      rows.push({
        row: rowNumber,
        organizationCode: code,
        organizationId: organizationId!,
        displayName,
        email: email!,
        role: role,
      });
  });
  return { rows, errors, total };
}
