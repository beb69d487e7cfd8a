import type { MeasuresReport } from './measures-report';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every user text goes through this: the page is rendered by a browser. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * Sarabun at 11.5 pt draws Thai as large as TH Sarabun New at 16 pt (the DOCX's font, whose glyphs sit small
 * in their em square): the PDF then looks like the Word file, page for page.
 */
export const PDF_FONT_SIZE_PT = 11.5;

/** The title breaks before ประจำปีงบประมาณ, as Thai reports set it, instead of wherever the line ends. */
const titleLines = (title: string) =>
  title
    .split(/ (?=ประจำปีงบประมาณ)/)
    .map(escapeHtml)
    .join('<br>');

const lines = (items: readonly string[]) => items.map((l) => `<p>${escapeHtml(l)}</p>`).join('');

/**
 * The same report model as the DOCX, as one self-contained HTML page for Chromium's print to PDF: A4, the
 * Thai government margins (left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm), the table's header row repeated
 * on each page. `fontCss` holds the @font-face rules (fonts as data: URLs, so nothing is fetched).
 */
export function renderMeasuresReportHtml(report: MeasuresReport, fontCss: string): string {
  const head = report.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const rows = report.rows
    .map(
      (r) =>
        `<tr><td>${lines(r.titleLines)}</td><td>${lines(r.stepLines)}</td>` +
        `<td><p>${escapeHtml(r.responsible)}</p></td><td class="due">${escapeHtml(r.due)}</td>` +
        `<td><p><b>${escapeHtml(r.status)}</b>${r.result ? ` ${escapeHtml(r.result)}` : ''}</p></td></tr>`,
    )
    .join('');
  const body =
    report.rows.length > 0
      ? `<table><colgroup><col style="width:18%"><col style="width:21%"><col style="width:22%">` +
        `<col style="width:14%"><col style="width:25%"></colgroup><thead><tr>${head}</tr></thead>` +
        `<tbody>${rows}</tbody></table>`
      : `<p>${escapeHtml(report.emptyNote)}</p>`;
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title>
<style>
${fontCss}
@page { size: A4; margin: 2.5cm 2cm 2cm 3cm; }
html { font-family: 'Sarabun', sans-serif; font-size: ${PDF_FONT_SIZE_PT}pt; line-height: 1.45; color: #000; }
body { margin: 0; }
h1, h2 { font-size: 1em; font-weight: 700; text-align: center; margin: 0; }
.intro { text-indent: 2.5cm; margin: 0.8em 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
thead tr { break-inside: avoid; }
th, td { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: top; overflow-wrap: break-word; }
th { font-weight: 700; text-align: center; vertical-align: middle; }
td.due { text-align: center; white-space: nowrap; }
td p { margin: 0; }
</style></head>
<body>
<h1>${titleLines(report.title)}</h1>
<h2>${escapeHtml(report.organizationNameTh)}</h2>
<p class="intro">${escapeHtml(report.intro)}</p>
${body}
</body></html>`;
}
