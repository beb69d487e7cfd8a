import { formatThaiDate, toThaiDigits } from '@prongsai/thai';
import { MeasureStatus } from '@prongsai/measures/status';

/** What a builder needs of one stored measure (plain data: no entity, no I/O). */
export interface ReportMeasure {
  readonly title: string;
  readonly steps: readonly string[];
  readonly responsible: string;
  /** 'YYYY-MM-DD' */
  readonly dueDate: string;
  readonly status: MeasureStatus;
  readonly result: string | null;
}

export interface MeasuresReportInput {
  readonly organizationNameTh: string;
  /** Buddhist-era. */
  readonly fiscalYear: number;
  /** In the report's order (due date, then title): the builder keeps it. */
  readonly measures: readonly ReportMeasure[];
}

/** One row of the seed's table, every cell already as the document prints it. */
export interface MeasuresReportRow {
  /** Each line of the title, led by `- ` as in the seed. */
  readonly titleLines: readonly string[];
  /** Each step, led by `- `. */
  readonly stepLines: readonly string[];
  readonly responsible: string;
  /** `๑๐ ก.พ. ๖๖` */
  readonly due: string;
  /** Printed in bold before the result: `ดำเนินการแล้วเสร็จ` for a completed measure. */
  readonly status: string;
  /** The result after the status (empty when there is none). */
  readonly result: string;
}

/** The LAO measures report in the seed's format, ready for any renderer (DOCX, HTML → PDF). */
export interface MeasuresReport {
  readonly title: string;
  readonly organizationNameTh: string;
  readonly intro: string;
  readonly columns: readonly string[];
  readonly rows: readonly MeasuresReportRow[];
  /** Shown instead of an empty table. */
  readonly emptyNote: string;
}

/** The seed's five columns, in its order; the import finds its columns by the same headers. */
export const MEASURES_REPORT_COLUMNS = [
  'มาตรการ',
  'ขั้นตอนหรือวิธีการปฏิบัติ',
  'ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง',
  'กำหนดแล้วเสร็จ',
  'ผลการดำเนินการ',
] as const;

/** How the result column opens for each status; the import reads the same words back. */
export const MEASURE_STATUS_TH: Readonly<Record<MeasureStatus, string>> = {
  [MeasureStatus.COMPLETED]: 'ดำเนินการแล้วเสร็จ',
  [MeasureStatus.IN_PROGRESS]: 'อยู่ระหว่างดำเนินการ',
  [MeasureStatus.PLANNED]: 'ยังไม่ได้ดำเนินการ',
  [MeasureStatus.CANCELLED]: 'ยกเลิก',
  [MeasureStatus.CARRIED_OVER]: 'ยกไปดำเนินการในปีงบประมาณถัดไป',
};

export function measuresReportTitle(fiscalYear: number): string {
  return `รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ ${toThaiDigits(fiscalYear)}`;
}

/** The seed's opening paragraph, naming the previous year's ITA (whose results the measures answer). */
export function measuresReportIntro(fiscalYear: number): string {
  return (
    'ตามที่ได้วิเคราะห์ผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ' +
    `(Integrity and Transparency Assessment) หรือ ITA ประจำปีงบประมาณ ${toThaiDigits(fiscalYear - 1)} ` +
    'และจัดทำแนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ หรือมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส' +
    'ภายในหน่วยงานให้ดีขึ้น เพื่อยกระดับค่าคะแนนให้ดีขึ้น โดยมีการขับเคลื่อน ตามรายละเอียดดังนี้'
  );
}

/** `- ` before a line, unless the text already has it (titles typed with their dash stay as typed). */
export function dashed(line: string): string {
  const text = line.trim();
  return /^[-–•]\s*/.test(text) ? `- ${text.replace(/^[-–•]\s*/, '')}` : `- ${text}`;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The result after its status word: a stored result that already opens with it is not printed twice. */
function resultAfterStatus(status: string, result: string | null): string {
  const text = (result ?? '').trim();
  return text.startsWith(status) ? text.slice(status.length).trim() : text;
}

/** Pure: stored measures → the seed's report. Dates in Thai digits and short Buddhist years (`๑๐ ก.พ. ๖๖`). */
export function buildMeasuresReport(input: MeasuresReportInput): MeasuresReport {
  return {
    title: measuresReportTitle(input.fiscalYear),
    organizationNameTh: input.organizationNameTh,
    intro: measuresReportIntro(input.fiscalYear),
    columns: MEASURES_REPORT_COLUMNS,
    rows: input.measures.map((m) => {
      const status = MEASURE_STATUS_TH[m.status];
      return {
        titleLines: lines(m.title).map(dashed),
        stepLines: m.steps.flatMap(lines).map(dashed),
        responsible: m.responsible.trim(),
        due: formatThaiDate(m.dueDate, { digits: 'thai', shortYear: true }),
        status,
        result: resultAfterStatus(status, m.result),
      };
    }),
    emptyNote: `ยังไม่มีมาตรการของปีงบประมาณ ${toThaiDigits(input.fiscalYear)}`,
  };
}

/** `รายงานมาตรการ-<LAO>-<year>.<ext>`: what the browser saves the download as. */
export function measuresReportFileName(organizationNameTh: string, fiscalYear: number, ext: string): string {
  return `รายงานมาตรการ ITA ${organizationNameTh} ${fiscalYear}.${ext}`;
}
