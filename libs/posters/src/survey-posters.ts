import { escapeHtml } from '@prongsai/reports';
import { SurveyTool, surveyUrl } from '@prongsai/surveys';
import { toThaiDigits } from '@prongsai/thai';
import { qrSvg } from './qr-svg';

/** One LAO as the posters need it: names as the registry writes them, and its targets of the year. */
export interface SurveyPosterSource {
  organizationNameTh: string;
  districtNameTh: string | null;
  provinceNameTh: string | null;
  fiscalYear: number;
  targets: readonly { tool: SurveyTool; accessCode: string | null }[];
}

/** One A4 page: everything printed on it, already in Thai. */
export interface SurveyPosterPage {
  tool: SurveyTool;
  organizationNameTh: string;
  /** `อำเภอ… จังหวัด…`, or empty when unknown. */
  placeTh: string;
  /** `ประจำปีงบประมาณ พ.ศ. ๒๕๖๖`. */
  fiscalYearTh: string;
  toolNameTh: string;
  /** Who is invited, in two short lines (read from a distance). */
  invitationLines: readonly [string, string];
  accessCode: string;
  surveyUrl: string;
}

export const ASSESSMENT_NAME_TH = 'การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)';
export const SCAN_TH = 'สแกน QR Code เพื่อเข้าตอบแบบวัด';
export const ACCESS_CODE_LABEL_TH = 'รหัสสำหรับเข้าตอบแบบวัด';

/**
 * The wording of each tool: IIT is for the LAO's own staff who have worked there at least a year (ITAS
 * samples from them), EIT for the people it serves. Order here is the print order.
 */
export const POSTER_TOOLS: Readonly<
  Record<SurveyTool, { nameTh: string; invitationLines: readonly [string, string] }>
> = {
  [SurveyTool.IIT]: {
    nameTh: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)',
    invitationLines: ['ขอเชิญบุคลากรที่ปฏิบัติงานในหน่วยงานมาแล้วไม่น้อยกว่า ๑ ปี', 'ร่วมตอบแบบวัดผ่านโทรศัพท์มือถือของท่าน'],
  },
  [SurveyTool.EIT]: {
    nameTh: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)',
    invitationLines: ['ขอเชิญผู้รับบริการและผู้มาติดต่อราชการกับหน่วยงาน', 'ร่วมตอบแบบวัดผ่านโทรศัพท์มือถือของท่าน'],
  },
};

const TOOL_ORDER: readonly SurveyTool[] = [SurveyTool.IIT, SurveyTool.EIT];

/** `ประจำปีงบประมาณ พ.ศ. ๒๕๖๖` (the year in Thai digits, as the reports print it). */
export function fiscalYearTh(fiscalYear: number): string {
  return `ประจำปีงบประมาณ พ.ศ. ${toThaiDigits(fiscalYear)}`;
}

/**
 * The pages of one LAO: one per tool that has an access code, IIT before EIT; none when no tool has one
 * (the caller decides what that means). The QR code is of `surveyUrl(tool, code)`, the ITAS link itself.
 */
export function buildSurveyPosters(source: SurveyPosterSource): SurveyPosterPage[] {
  const place = [
    source.districtNameTh ? `อำเภอ${source.districtNameTh}` : '',
    source.provinceNameTh ? `จังหวัด${source.provinceNameTh}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const pages: SurveyPosterPage[] = [];
  for (const tool of TOOL_ORDER) {
    const target = source.targets.find((t) => t.tool === tool);
    const url = target ? surveyUrl(tool, target.accessCode) : null;
    if (!target?.accessCode || !url) continue;
    pages.push({
      tool,
      organizationNameTh: source.organizationNameTh,
      placeTh: place,
      fiscalYearTh: fiscalYearTh(source.fiscalYear),
      toolNameTh: POSTER_TOOLS[tool].nameTh,
      invitationLines: POSTER_TOOLS[tool].invitationLines,
      accessCode: target.accessCode,
      surveyUrl: url,
    });
  }
  return pages;
}

/** `โปสเตอร์แบบวัด ITA <LAO> 2566.pdf` (Arabic digits: a file name is typed and sorted). */
export function surveyPostersFileName(nameTh: string, fiscalYear: number): string {
  return `โปสเตอร์แบบวัด ITA ${nameTh} ${fiscalYear}.pdf`;
}

/**
 * The printed width of the QR code. A phone reads a code from about ten times its width, so 12 cm scans
 * from a metre with room to spare; with Q error correction the ITAS link (about 37 characters) is a
 * version 4 code, 33 modules plus the quiet zone, i.e. modules of about 2.9 mm.
 */
export const POSTER_QR_SIZE = '12cm';

const page = (p: SurveyPosterPage) => `<section class="poster">
<header><p class="assessment">${escapeHtml(ASSESSMENT_NAME_TH)}</p><p class="year">${escapeHtml(p.fiscalYearTh)}</p></header>
<h1>${escapeHtml(p.organizationNameTh)}</h1>
${p.placeTh ? `<p class="place">${escapeHtml(p.placeTh)}</p>` : ''}
<p class="tool">${escapeHtml(p.toolNameTh)}</p>
<p class="invite">${p.invitationLines.map(escapeHtml).join('<br>')}</p>
<p class="scan">${escapeHtml(SCAN_TH)}</p>
<div class="qr">${qrSvg(p.surveyUrl, POSTER_QR_SIZE)}</div>
<div class="code"><p class="code-label">${escapeHtml(ACCESS_CODE_LABEL_TH)}</p><p class="code-value">${escapeHtml(p.accessCode)}</p></div>
<p class="url">หรือเปิดลิงก์ ${escapeHtml(p.surveyUrl)}</p>
</section>`;

/**
 * The posters as one self-contained HTML document for Chromium's print to PDF: A4 portrait, one
 * `section` per page, each exactly one page high (nothing can spill onto a second sheet). `fontCss` holds
 * the @font-face rules (fonts as data: URLs); the QR codes are inline SVG, so nothing is fetched.
 */
export function renderSurveyPostersHtml(pages: readonly SurveyPosterPage[], fontCss: string): string {
  const title = pages[0] ? `โปสเตอร์แบบวัด ITA ${pages[0].organizationNameTh}` : 'โปสเตอร์แบบวัด ITA';
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
${fontCss}
@page { size: A4; margin: 0; }
html { font-family: 'Sarabun', sans-serif; color: #000; }
body { margin: 0; }
p { margin: 0; }
.poster { box-sizing: border-box; width: 210mm; height: 297mm; padding: 12mm 14mm 10mm; overflow: hidden;
  display: flex; flex-direction: column; align-items: center; text-align: center; break-after: page; }
.poster:last-child { break-after: auto; }
header { width: 100%; background: #1d3b6e; color: #fff; border-radius: 3mm; padding: 3mm 4mm;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.assessment { font-size: 13pt; line-height: 1.35; }
.year { font-size: 18pt; font-weight: 700; line-height: 1.3; }
h1 { font-size: 25pt; font-weight: 700; line-height: 1.25; margin: 5mm 0 0; }
.place { font-size: 14pt; line-height: 1.3; }
.tool { font-size: 19pt; font-weight: 700; line-height: 1.3; margin-top: 4mm; padding: 1.5mm 6mm;
  border-top: 0.6mm solid #1d3b6e; border-bottom: 0.6mm solid #1d3b6e; }
.invite { font-size: 17pt; line-height: 1.4; margin-top: 3mm; }
.scan { font-size: 23pt; font-weight: 700; line-height: 1.3; margin-top: 3mm; }
.qr { margin-top: 1mm; line-height: 0; }
.code { margin-top: 2mm; border: 0.8mm solid #000; border-radius: 3mm; padding: 1mm 10mm 2mm; }
.code-label { font-size: 15pt; line-height: 1.3; }
.code-value { font-size: 46pt; font-weight: 700; line-height: 1.1; letter-spacing: 0.06em; }
.url { font-size: 11pt; line-height: 1.3; margin-top: auto; color: #333; }
</style></head>
<body>
${pages.map(page).join('\n')}
</body></html>`;
}
