import ExcelJS from 'exceljs';
import { OrganizationType } from '@prongsai/common';
import { formatThaiDate } from '@prongsai/thai';

/** One LAO's figures for the year, as read from the database (plain data). */
export interface RollupWorkbookOrganization {
  readonly code: string;
  readonly nameTh: string;
  readonly type: OrganizationType;
  readonly districtCode: string;
  readonly districtNameTh: string;
  readonly estimatedScore: number | null;
  readonly grade: string | null;
  readonly gapToPass: number | null;
  readonly passThreshold: number;
  readonly measuresTotal: number;
  readonly measuresCompleted: number;
  readonly measuresOverdue: number;
  readonly oitAccepted: number;
  /** OIT items in the year's framework. */
  readonly oitItems: number;
  readonly iitResponses: number;
  readonly iitMinimum: number | null;
  readonly eitResponses: number;
  readonly eitMinimum: number | null;
}

export interface RollupWorkbookInput {
  readonly provinceNameTh: string;
  readonly fiscalYear: number;
  /** 'YYYY-MM-DD' (Bangkok): the day the overdue counts are for. */
  readonly asOf: string;
  readonly organizations: readonly RollupWorkbookOrganization[];
}

export const ORGANIZATION_TYPE_TH: Readonly<Record<OrganizationType, string>> = {
  [OrganizationType.PROVINCIAL_ADMINISTRATIVE_ORGANIZATION]: 'อบจ.',
  [OrganizationType.CITY_MUNICIPALITY]: 'เทศบาลนคร',
  [OrganizationType.TOWN_MUNICIPALITY]: 'เทศบาลเมือง',
  [OrganizationType.SUBDISTRICT_MUNICIPALITY]: 'เทศบาลตำบล',
  [OrganizationType.SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION]: 'อบต.',
};

/** The columns of a district sheet, one row per LAO (files.md). */
export const LAO_COLUMNS = [
  'รหัส อปท.',
  'ชื่อ อปท.',
  'อำเภอ',
  'ประเภท',
  'คะแนนประมาณการ',
  'ระดับผล',
  'ห่างจากเกณฑ์ผ่าน (๘๕)',
  'มาตรการทั้งหมด',
  'ดำเนินการแล้วเสร็จ',
  'เกินกำหนด',
  'OIT ผ่านการตรวจ',
  'IIT ตอบแล้ว / ขั้นต่ำ',
  'EIT ตอบแล้ว / ขั้นต่ำ',
] as const;

export const SUMMARY_COLUMNS = [
  'อำเภอ',
  'จำนวน อปท.',
  'มีคะแนนประมาณการ',
  'ผ่านเกณฑ์',
  'คะแนนเฉลี่ย',
  'มาตรการทั้งหมด',
  'ดำเนินการแล้วเสร็จ',
  'เกินกำหนด',
  'OIT ผ่านการตรวจ',
] as const;

export type Cell = string | number | null;

export interface WorkbookSheet {
  /** At most 31 characters, none of : \ / ? * [ ] (Excel's rules). */
  readonly name: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

export interface RollupWorkbook {
  readonly sheets: readonly WorkbookSheet[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** "12 / 30", or the responses alone when the target has no minimum. */
function responsesVsMinimum(responses: number, minimum: number | null): string {
  return minimum === null ? String(responses) : `${responses} / ${minimum}`;
}

function laoRow(o: RollupWorkbookOrganization): Cell[] {
  return [
    o.code,
    o.nameTh,
    o.districtNameTh,
    ORGANIZATION_TYPE_TH[o.type],
    o.estimatedScore,
    o.grade,
    o.gapToPass,
    o.measuresTotal,
    o.measuresCompleted,
    o.measuresOverdue,
    `${o.oitAccepted} / ${o.oitItems}`,
    responsesVsMinimum(o.iitResponses, o.iitMinimum),
    responsesVsMinimum(o.eitResponses, o.eitMinimum),
  ];
}

function summaryRow(label: string, orgs: readonly RollupWorkbookOrganization[]): Cell[] {
  const scored = orgs.filter((o) => o.estimatedScore !== null);
  const sum = (f: (o: RollupWorkbookOrganization) => number) => orgs.reduce((s, o) => s + f(o), 0);
  return [
    label,
    orgs.length,
    scored.length,
    scored.filter((o) => (o.estimatedScore ?? 0) >= o.passThreshold).length,
    scored.length > 0
      ? round2(scored.reduce((s, o) => s + (o.estimatedScore ?? 0), 0) / scored.length)
      : null,
    sum((o) => o.measuresTotal),
    sum((o) => o.measuresCompleted),
    sum((o) => o.measuresOverdue),
    sum((o) => o.oitAccepted),
  ];
}

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]; a district name is well under. */
export function sheetName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 31)
      .trim() || 'อำเภอ';
  let candidate = base;
  for (let i = 2; taken.has(candidate); i += 1) candidate = `${base.slice(0, 27)} (${i})`;
  return candidate;
}

/**
 * Pure: the province's LAOs → a summary sheet (a row per district and the province's total) and one sheet
 * per district (a row per LAO), districts by code, LAOs by code.
 */
export function buildRollupWorkbook(input: RollupWorkbookInput): RollupWorkbook {
  const byDistrict = new Map<string, { nameTh: string; orgs: RollupWorkbookOrganization[] }>();
  for (const o of [...input.organizations].sort((a, b) => a.code.localeCompare(b.code))) {
    const group = byDistrict.get(o.districtCode) ?? { nameTh: o.districtNameTh, orgs: [] };
    group.orgs.push(o);
    byDistrict.set(o.districtCode, group);
  }
  const districts = [...byDistrict.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, g]) => g);
  const asOf = formatThaiDate(input.asOf);
  const taken = new Set<string>(['สรุป']);
  const summary: WorkbookSheet = {
    name: 'สรุป',
    title: `สรุปผลการดำเนินงาน ITA จังหวัด${input.provinceNameTh} ปีงบประมาณ ${input.fiscalYear} (ข้อมูล ณ ${asOf})`,
    columns: SUMMARY_COLUMNS,
    rows: [
      ...districts.map((d) => summaryRow(d.nameTh, d.orgs)),
      summaryRow('รวมทั้งจังหวัด', input.organizations),
    ],
  };
  const sheets = districts.map((d): WorkbookSheet => {
    const name = sheetName(d.nameTh, taken);
    taken.add(name);
    return {
      name,
      title: `อำเภอ${d.nameTh} จังหวัด${input.provinceNameTh} ปีงบประมาณ ${input.fiscalYear} (ข้อมูล ณ ${asOf})`,
      columns: LAO_COLUMNS,
      rows: d.orgs.map(laoRow),
    };
  });
  return { sheets: [summary, ...sheets] };
}

const FONT = { name: 'TH Sarabun New', size: 16 } as const;

/** The workbook as .xlsx (ExcelJS): a title row, a bold frozen header row, numbers as numbers. */
export async function renderRollupXlsx(workbook: RollupWorkbook): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Prongsai';
  for (const sheet of workbook.sheets) {
    const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 2 }] });
    ws.addRow([sheet.title]).font = { ...FONT, bold: true };
    const header = ws.addRow([...sheet.columns]);
    header.font = { ...FONT, bold: true };
    header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    for (const row of sheet.rows) ws.addRow([...row]).font = FONT;
    sheet.columns.forEach((c, i) => {
      const column = ws.getColumn(i + 1);
      column.width = Math.max(10, Math.min(40, c.length + 4));
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
