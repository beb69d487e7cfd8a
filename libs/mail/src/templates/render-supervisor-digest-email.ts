import { formatThaiDate } from '@prongsai/thai';
import { htmlButton, htmlDocument, htmlFooter, htmlLink } from './email-layout';
import { displayWidth, oneLine, padEndToWidth, padStartToWidth, requireHttpUrl } from './email-text';
import { escapeHtml } from './escape-html';
import { RenderedEmail } from './rendered-email';

export interface DigestOrganization {
  name: string;
  estimatedScore: number | null;
  /** Points still needed to pass; 0 when passing, null when no estimate exists yet. */
  gapToPass: number | null;
  passing: boolean | null;
  measuresOverdue: number;
  /** Evidence links (OIT answers, measures) that were not OK at their latest check; absent means 0. */
  brokenLinks?: number;
  url: string;
}

export interface SupervisorDigestEmailInput {
  recipientName: string;
  provinceName: string;
  /** Buddhist era, e.g. 2566. */
  fiscalYear: number;
  /** 'YYYY-MM-DD' */
  asOf: string;
  appUrl: string;
  /** Every LAO the supervisor follows; the template picks the ones needing attention. */
  organizations: DigestOrganization[];
}

const thaiCollator = new Intl.Collator('th');

// Not passing comes first (biggest gap first), then passing but late, then those with no estimate yet:
// a supervisor reads from the top and stops when the week's time runs out.
function attentionGroup(org: DigestOrganization): number {
  if (org.passing === false) return 0;
  return org.passing === true ? 1 : 2;
}

function compareByAttention(a: DigestOrganization, b: DigestOrganization): number {
  return (
    attentionGroup(a) - attentionGroup(b) ||
    (b.gapToPass ?? Number.NEGATIVE_INFINITY) - (a.gapToPass ?? Number.NEGATIVE_INFINITY) ||
    b.measuresOverdue - a.measuresOverdue ||
    (b.brokenLinks ?? 0) - (a.brokenLinks ?? 0) ||
    thaiCollator.compare(a.name, b.name)
  );
}

function needsAttention(org: DigestOrganization): boolean {
  return org.passing === false || org.measuresOverdue > 0 || (org.brokenLinks ?? 0) > 0;
}

function provinceLabel(name: string): string {
  return name.startsWith('จังหวัด') || name.startsWith('กรุงเทพ') ? name : `จังหวัด${name}`;
}

function score(value: number | null): string {
  return value === null ? '-' : value.toFixed(2);
}

function gap(org: DigestOrganization): string {
  if (org.passing === true) return 'ผ่าน';
  return org.gapToPass === null ? '-' : org.gapToPass.toFixed(2);
}

const COLUMNS = ['ลำดับ', 'หน่วยงาน', 'คะแนนประมาณการ', 'ขาดอีก', 'มาตรการเกินกำหนด', 'ลิงก์เสีย'] as const;

function textTable(rows: DigestOrganization[]): string[] {
  const cells = rows.map((org, i) => [
    String(i + 1),
    oneLine(org.name),
    score(org.estimatedScore),
    gap(org),
    String(org.measuresOverdue),
    String(org.brokenLinks ?? 0),
  ]);
  const widths = COLUMNS.map((header, c) =>
    Math.max(...[header, ...cells.map((r) => r[c])].map(displayWidth)),
  );
  // The name column is left-aligned, the rest are numbers and right-aligned.
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (c === 1 ? padEndToWidth(cell, widths[c]) : padStartToWidth(cell, widths[c])))
      .join('  ');
  const urlIndent = ' '.repeat(widths[0] + 2);
  return [
    line(COLUMNS).trimEnd(),
    ...cells.flatMap((r, i) => [line(r).trimEnd(), `${urlIndent}${rows[i].url}`]),
  ];
}

/** The weekly digest for a province supervisor: which LAOs to follow up, worst first. */
export function renderSupervisorDigestEmail(input: SupervisorDigestEmailInput): RenderedEmail {
  if (!Number.isInteger(input.fiscalYear)) {
    throw new RangeError(`renderSupervisorDigestEmail: fiscalYear ${input.fiscalYear} is not a whole year`);
  }
  const appUrl = requireHttpUrl(input.appUrl, 'appUrl');
  input.organizations.forEach((org, i) => requireHttpUrl(org.url, `organizations[${i}].url`));
  const asOfThai = formatThaiDate(input.asOf);
  const province = provinceLabel(oneLine(input.provinceName));

  const all = input.organizations;
  const flagged = all.filter(needsAttention).sort(compareByAttention);
  const notPassing = all.filter((o) => o.passing === false).length;
  const withOverdue = all.filter((o) => o.measuresOverdue > 0);
  const overdueTotal = withOverdue.reduce((sum, o) => sum + o.measuresOverdue, 0);
  const unknown = all.filter((o) => o.passing === null).length;
  const withBrokenLinks = all.filter((o) => (o.brokenLinks ?? 0) > 0);
  const brokenTotal = withBrokenLinks.reduce((sum, o) => sum + (o.brokenLinks ?? 0), 0);

  const title = `สรุปประจำสัปดาห์ ${province} ปีงบประมาณ ${input.fiscalYear}`;
  const subject = `[Prongsai] ${title}: ${
    flagged.length ? `ควรติดตาม ${flagged.length} หน่วยงาน` : 'ไม่มีหน่วยงานที่ต้องติดตาม'
  }`;
  const summary = [
    `หน่วยงานที่ควรติดตาม ${flagged.length} แห่ง จากทั้งหมด ${all.length} แห่ง`,
    `คะแนนประมาณการยังไม่ผ่านเกณฑ์ ${notPassing} แห่ง`,
    `มีมาตรการเกินกำหนด ${withOverdue.length} แห่ง (รวม ${overdueTotal} มาตรการ)`,
    ...(brokenTotal
      ? [`มีลิงก์หลักฐานที่เปิดไม่ได้ ${withBrokenLinks.length} แห่ง (รวม ${brokenTotal} ลิงก์) ควรแก้ก่อนผู้ประเมินตรวจ`]
      : []),
    ...(unknown ? [`ยังไม่มีคะแนนประมาณการ ${unknown} แห่ง`] : []),
  ];
  const allClear = 'ทุกหน่วยงานไม่มีมาตรการเกินกำหนด และไม่มีหน่วยงานที่คะแนนประมาณการต่ำกว่าเกณฑ์';
  const disclaimer = 'คะแนนเป็นค่าประมาณการจากข้อมูลในระบบ ไม่ใช่ผลการประเมินอย่างเป็นทางการของ ป.ป.ช.';
  const footer = [
    'อีเมลฉบับนี้ส่งโดยอัตโนมัติทุกสัปดาห์จากระบบ Prongsai (โปร่งใส) กรุณาอย่าตอบกลับ',
    'หากไม่ต้องการรับอีเมลสรุปนี้ ปิดได้ที่การตั้งค่าการแจ้งเตือนในบัญชีของท่านในระบบ Prongsai',
  ];

  const text = [
    `เรียน ${oneLine(input.recipientName)}`,
    '',
    title,
    `ข้อมูล ณ วันที่ ${asOfThai}`,
    '',
    ...(flagged.length
      ? [
          ...summary.map((s) => `- ${s}`),
          '',
          'เรียงจากหน่วยงานที่ควรเร่งติดตามมากที่สุด',
          '',
          ...textTable(flagged),
          '',
          disclaimer,
        ]
      : [allClear, ...(unknown ? [summary[summary.length - 1]] : [])]),
    '',
    `ดูภาพรวมทั้งจังหวัด: ${appUrl}`,
    '',
    '--',
    ...footer,
    '',
  ].join('\n');

  const th = (label: string, align: 'left' | 'right') =>
    `<th align="${align}" style="padding:6px 8px;border-bottom:2px solid #ccc;white-space:nowrap">${label}</th>`;
  const td = (html: string, align: 'left' | 'right', extra = '') =>
    `<td align="${align}" style="padding:6px 8px;border-bottom:1px solid #eee;${extra}">${html}</td>`;
  const tableHtml = [
    '<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%;font-size:14px">',
    `<thead><tr>${COLUMNS.map((c, i) => th(c, i === 1 ? 'left' : 'right')).join('')}</tr></thead>`,
    '<tbody>',
    ...flagged.map(
      (org, i) =>
        '<tr>' +
        td(String(i + 1), 'right') +
        td(htmlLink(org.url, org.name), 'left') +
        td(score(org.estimatedScore), 'right') +
        td(gap(org), 'right', org.passing === false ? 'color:#b00020;font-weight:bold' : '') +
        td(String(org.measuresOverdue), 'right', org.measuresOverdue > 0 ? 'color:#b00020' : '') +
        td(String(org.brokenLinks ?? 0), 'right', (org.brokenLinks ?? 0) > 0 ? 'color:#b00020' : '') +
        '</tr>',
    ),
    '</tbody>',
    '</table>',
  ].join('\n');

  const body = [
    `<p>เรียน ${escapeHtml(input.recipientName)}</p>`,
    `<h1 style="font-size:20px;margin:16px 0 4px">${escapeHtml(title)}</h1>`,
    `<p style="margin-top:0;color:#555">ข้อมูล ณ วันที่ ${asOfThai}</p>`,
    ...(flagged.length
      ? [
          `<ul>${summary.map((s) => `<li>${s}</li>`).join('')}</ul>`,
          '<h2 style="font-size:17px">หน่วยงานที่ควรติดตาม เรียงจากที่ควรเร่งติดตามมากที่สุด</h2>',
          tableHtml,
          `<p style="font-size:13px;color:#666">${disclaimer}</p>`,
        ]
      : [`<p>${allClear}</p>`, ...(unknown ? [`<p>${summary[summary.length - 1]}</p>`] : [])]),
    htmlButton(appUrl, 'ดูภาพรวมทั้งจังหวัด'),
    htmlFooter(footer),
  ].join('\n');

  return { subject, text, html: htmlDocument(subject, body) };
}
