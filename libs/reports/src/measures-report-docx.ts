import {
  AlignmentType,
  BorderStyle,
  Document,
  IRunOptions,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { MeasuresReport } from './measures-report';

/**
 * TH Sarabun New is the font Thai government documents are written in (and the one 16 pt is calibrated
 * for); Word falls back to what it has. Set for every script slot — ascii/hAnsi (Latin), cs (Thai is a
 * complex script in Word), eastAsia — so no run lands in Calibri.
 */
export const DOCX_FONT = 'TH Sarabun New';
const FONT = { ascii: DOCX_FONT, hAnsi: DOCX_FONT, cs: DOCX_FONT, eastAsia: DOCX_FONT };
/** 16 pt in half-points. */
const SIZE = 32;

/** Twips per centimetre (1 in = 1440 twips = 2.54 cm). */
const CM = 567;
/** A4 portrait, and the margins of ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ: left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm. */
export const DOCX_PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: Math.round(2.5 * CM), right: 2 * CM, bottom: 2 * CM, left: 3 * CM },
} as const;
/** The 16 cm between the margins, shared by the five columns (the result and the steps get the most). */
const COLUMN_CM = [3.5, 4.0, 3.0, 2.0, 3.5] as const;

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}): TextRun =>
  new TextRun({
    text,
    font: FONT,
    size: SIZE,
    sizeComplexScript: SIZE,
    language: { value: 'th-TH', bidirectional: 'th-TH' },
    ...(options.bold ? { boldComplexScript: true } : {}),
    ...options,
  });

const para = (
  children: TextRun[],
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT,
) => new Paragraph({ children, alignment, spacing: { after: 0 } });

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(paragraphs: Paragraph[], column: number, header = false): TableCell {
  return new TableCell({
    children: paragraphs.length > 0 ? paragraphs : [para([])],
    width: { size: Math.round(COLUMN_CM[column] * CM), type: WidthType.DXA },
    borders,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
  });
}

/** The seed's report as a Word document (A4, TH Sarabun New 16 pt, one table of the five columns). */
export function measuresReportDocument(report: MeasuresReport): Document {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: report.columns.map((c, i) =>
      cell([para([run(c, { bold: true })], AlignmentType.CENTER)], i, true),
    ),
  });
  const rows = report.rows.map(
    (r) =>
      new TableRow({
        children: [
          cell(
            r.titleLines.map((l) => para([run(l)])),
            0,
          ),
          cell(
            r.stepLines.map((l) => para([run(l)])),
            1,
          ),
          cell([para([run(r.responsible)])], 2),
          cell([para([run(r.due)], AlignmentType.CENTER)], 3),
          cell([para([run(r.status, { bold: true }), ...(r.result ? [run(` ${r.result}`)] : [])])], 4),
        ],
      }),
  );
  const body =
    report.rows.length > 0
      ? [
          new Table({
            rows: [header, ...rows],
            width: { size: Math.round(16 * CM), type: WidthType.DXA },
            columnWidths: COLUMN_CM.map((w) => Math.round(w * CM)),
          }),
        ]
      : [para([run(report.emptyNote)])];
  return new Document({
    creator: 'Prongsai',
    title: report.title,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE, sizeComplexScript: SIZE } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: DOCX_PAGE.width, height: DOCX_PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: DOCX_PAGE.margin,
          },
        },
        children: [
          para([run(report.title, { bold: true })], AlignmentType.CENTER),
          para([run(report.organizationNameTh, { bold: true })], AlignmentType.CENTER),
          new Paragraph({
            children: [run(report.intro)],
            alignment: AlignmentType.THAI_DISTRIBUTE,
            indent: { firstLine: Math.round(2.5 * CM) },
            spacing: { before: 240, after: 240 },
          }),
          ...body,
        ],
      },
    ],
  });
}

export function renderMeasuresReportDocx(report: MeasuresReport): Promise<Buffer> {
  return Packer.toBuffer(measuresReportDocument(report));
}
