import { daysBetween, formatThaiDate } from '@prongsai/thai';
import { htmlButton, htmlDocument, htmlFooter, htmlLink } from './email-layout';
import { oneLine, requireHttpUrl, subjectTitle } from './email-text';
import { escapeHtml } from './escape-html';
import { RenderedEmail } from './rendered-email';

export type ReminderKind = 'DUE_IN_7_DAYS' | 'DUE_TOMORROW' | 'OVERDUE';

export interface ReminderEmailInput {
  kind: ReminderKind;
  recipientName: string;
  organizationName: string;
  measureTitle: string;
  /** 'YYYY-MM-DD' */
  dueDate: string;
  /** 'YYYY-MM-DD', the Bangkok calendar day the reminder is about (usually bangkokToday()). */
  asOf: string;
  measureUrl: string;
  unsubscribeUrl?: string;
}

interface Wording {
  headline: string;
  lead: string;
  status: string;
}

/**
 * Wording comes from the dates, not the kind: a queue that ran a day late must not tell a clerk "due
 * tomorrow" on the due date itself. The kind only has to agree with the dates' direction; a "due soon"
 * reminder for a measure already overdue is an upstream bug and throws.
 */
function wordingFor(kind: ReminderKind, daysLeft: number): Wording {
  if ((kind === 'OVERDUE') !== daysLeft < 0) {
    throw new RangeError(`renderReminderEmail: kind ${kind} does not fit a due date ${daysLeft} day(s) away`);
  }
  if (daysLeft < 0) {
    return {
      headline: 'มาตรการเกินกำหนด',
      lead: 'มาตรการต่อไปนี้เกินกำหนดแล้ว กรุณาดำเนินการให้แล้วเสร็จโดยเร็ว และบันทึกผลการดำเนินการในระบบ',
      status: `เกินกำหนดมาแล้ว ${-daysLeft} วัน`,
    };
  }
  if (daysLeft === 0) {
    return {
      headline: 'มาตรการครบกำหนดวันนี้',
      lead: 'มาตรการต่อไปนี้ครบกำหนดวันนี้ กรุณาตรวจสอบและบันทึกผลการดำเนินการในระบบ',
      status: 'ครบกำหนดวันนี้',
    };
  }
  if (daysLeft === 1) {
    return {
      headline: 'มาตรการครบกำหนดพรุ่งนี้',
      lead: 'มาตรการต่อไปนี้จะครบกำหนดในวันพรุ่งนี้ กรุณาตรวจสอบและบันทึกผลการดำเนินการในระบบ',
      status: 'ครบกำหนดพรุ่งนี้',
    };
  }
  return {
    headline: 'มาตรการใกล้ครบกำหนด',
    lead: 'มาตรการต่อไปนี้ใกล้ครบกำหนดแล้ว กรุณาติดตามให้ดำเนินการแล้วเสร็จตามกำหนด',
    status: `เหลืออีก ${daysLeft} วัน`,
  };
}

/** A reminder to the people responsible for one measure: 7 days before, the day before, and once overdue. */
export function renderReminderEmail(input: ReminderEmailInput): RenderedEmail {
  const measureUrl = requireHttpUrl(input.measureUrl, 'measureUrl');
  const unsubscribeUrl =
    input.unsubscribeUrl === undefined ? undefined : requireHttpUrl(input.unsubscribeUrl, 'unsubscribeUrl');
  const dueThai = formatThaiDate(input.dueDate);
  const asOfThai = formatThaiDate(input.asOf);
  const wording = wordingFor(input.kind, daysBetween(input.asOf, input.dueDate));

  const subject = `[Prongsai] ${wording.headline}: ${subjectTitle(input.measureTitle)} (ครบกำหนด ${dueThai})`;
  const footer = [
    'อีเมลฉบับนี้ส่งโดยอัตโนมัติจากระบบ Prongsai (โปร่งใส) กรุณาอย่าตอบกลับ',
    unsubscribeUrl
      ? 'หากไม่ต้องการรับอีเมลแจ้งเตือนกำหนดเสร็จของมาตรการ ยกเลิกได้ที่:'
      : 'หากไม่ต้องการรับอีเมลแจ้งเตือนนี้ ปิดได้ที่การตั้งค่าการแจ้งเตือนในบัญชีของท่านในระบบ Prongsai',
  ];

  const text = [
    `เรียน ${oneLine(input.recipientName)}`,
    '',
    wording.lead,
    '',
    `หน่วยงาน: ${oneLine(input.organizationName)}`,
    `มาตรการ: ${oneLine(input.measureTitle)}`,
    `กำหนดแล้วเสร็จ: ${dueThai}`,
    `สถานะ: ${wording.status} (ข้อมูล ณ วันที่ ${asOfThai})`,
    '',
    `ดูรายละเอียดและบันทึกผลการดำเนินการ: ${measureUrl}`,
    '',
    '--',
    footer[0],
    unsubscribeUrl ? `${footer[1]} ${unsubscribeUrl}` : footer[1],
    '',
  ].join('\n');

  const overdue = input.kind === 'OVERDUE';
  const row = (label: string, valueHtml: string) =>
    `<tr><th align="left" style="padding:4px 16px 4px 0;vertical-align:top;white-space:nowrap;color:#555;font-weight:normal">${label}</th>` +
    `<td style="padding:4px 0">${valueHtml}</td></tr>`;
  const body = [
    `<p>เรียน ${escapeHtml(input.recipientName)}</p>`,
    `<p>${wording.lead}</p>`,
    '<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse">',
    row('หน่วยงาน', escapeHtml(input.organizationName)),
    row('มาตรการ', `<strong>${escapeHtml(input.measureTitle)}</strong>`),
    row('กำหนดแล้วเสร็จ', dueThai),
    row(
      'สถานะ',
      `<strong style="color:${overdue ? '#b00020' : '#8a5a00'}">${wording.status}</strong> (ข้อมูล ณ วันที่ ${asOfThai})`,
    ),
    '</table>',
    htmlButton(measureUrl, 'ดูรายละเอียดและบันทึกผลการดำเนินการ'),
    htmlFooter([
      footer[0],
      unsubscribeUrl ? `${footer[1]} ${htmlLink(unsubscribeUrl, 'ยกเลิกการรับอีเมลแจ้งเตือน')}` : footer[1],
    ]),
  ].join('\n');

  return { subject, text, html: htmlDocument(subject, body) };
}
