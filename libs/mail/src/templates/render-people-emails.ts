import { formatThaiDateTime } from '@prongsai/thai';
import { htmlButton, htmlDocument, htmlFooter } from './email-layout';
import { oneLine, requireHttpUrl } from './email-text';
import { escapeHtml } from './escape-html';
import { RenderedEmail } from './rendered-email';

const AUTOMATIC = 'อีเมลฉบับนี้ส่งโดยอัตโนมัติจากระบบ Prongsai (โปร่งใส) กรุณาอย่าตอบกลับ';

/** Thai names of the roles as an invitation or a notice states them. */
export const ROLE_NAMES_TH = {
  ADMIN: 'ผู้ดูแลระบบ',
  PROVINCE_SUPERVISOR: 'ผู้กำกับดูแลระดับจังหวัด',
  ORG_LEAD: 'ผู้รับผิดชอบหลักด้าน ITA',
  ORG_MEMBER: 'เจ้าหน้าที่ผู้ร่วมดำเนินการ',
} as const;

export type PeopleRole = keyof typeof ROLE_NAMES_TH;

export interface InvitationEmailInput {
  recipientName: string;
  /** Null when nobody signed in invited: an ADMIN invitation made by the operator's `admin:create`. */
  inviterName: string | null;
  role: PeopleRole;
  /** The LAO's or the province's name; null for an ADMIN (the whole country). */
  placeName: string | null;
  expiresAt: Date;
  /** APP_URL/invitations/<token> */
  acceptUrl: string;
}

/** An invitation to Prongsai: who invites, to what role where, one link, until when. No password ever. */
export function renderInvitationEmail(input: InvitationEmailInput): RenderedEmail {
  const url = requireHttpUrl(input.acceptUrl, 'acceptUrl');
  const role = ROLE_NAMES_TH[input.role];
  const until = formatThaiDateTime(input.expiresAt);
  const subject = `[Prongsai] คำเชิญเข้าร่วมระบบ: ${oneLine(input.placeName ?? role, 60)}`;
  const who = input.inviterName === null ? 'ผู้ติดตั้งระบบ' : oneLine(input.inviterName);
  const where = input.placeName === null ? ' ระดับประเทศ' : ` ของ${oneLine(input.placeName)}`;
  const lead = `${who} เชิญท่านเข้าร่วมระบบ Prongsai (โปร่งใส) ในบทบาท${role}${where} เพื่อติดตามการประเมินคุณธรรมและความโปร่งใส (ITA)`;
  const how = 'กดลิงก์ด้านล่างเพื่อตั้งรหัสผ่านและเข้าสู่ระบบ ลิงก์นี้ใช้ได้ครั้งเดียว';
  const expiry = `ลิงก์หมดอายุ ${until}`;
  const ignore = 'หากท่านไม่ได้คาดว่าจะได้รับคำเชิญนี้ ไม่ต้องดำเนินการใด ๆ';
  const text = [
    `เรียน ${oneLine(input.recipientName)}`,
    '',
    lead,
    '',
    how,
    url,
    expiry,
    '',
    ignore,
    '',
    '--',
    AUTOMATIC,
    '',
  ].join('\n');
  const body = [
    `<p>เรียน ${escapeHtml(input.recipientName)}</p>`,
    `<p>${escapeHtml(lead)}</p>`,
    `<p>${how}</p>`,
    htmlButton(url, 'ตอบรับคำเชิญและตั้งรหัสผ่าน'),
    `<p style="font-size:14px;color:#555">${expiry}<br>${escapeHtml(url)}</p>`,
    `<p>${ignore}</p>`,
    htmlFooter([AUTOMATIC]),
  ].join('\n');
  return { subject, text, html: htmlDocument(subject, body) };
}

export interface PasswordResetEmailInput {
  recipientName: string;
  expiresAt: Date;
  /** APP_URL/reset-password/<token> */
  resetUrl: string;
}

export function renderPasswordResetEmail(input: PasswordResetEmailInput): RenderedEmail {
  const url = requireHttpUrl(input.resetUrl, 'resetUrl');
  const until = formatThaiDateTime(input.expiresAt);
  const subject = '[Prongsai] ตั้งรหัสผ่านใหม่';
  const lead = 'มีคำขอตั้งรหัสผ่านใหม่สำหรับบัญชี Prongsai ของท่าน กดลิงก์ด้านล่างเพื่อตั้งรหัสผ่านใหม่ ลิงก์นี้ใช้ได้ครั้งเดียว';
  const expiry = `ลิงก์หมดอายุ ${until} (1 ชั่วโมง) เมื่อตั้งรหัสผ่านใหม่แล้ว ทุกอุปกรณ์ที่เข้าสู่ระบบไว้จะต้องเข้าสู่ระบบใหม่`;
  const ignore = 'หากท่านไม่ได้ขอตั้งรหัสผ่านใหม่ ไม่ต้องดำเนินการใด ๆ รหัสผ่านเดิมยังใช้ได้ตามปกติ';
  const text = [
    `เรียน ${oneLine(input.recipientName)}`,
    '',
    lead,
    url,
    expiry,
    '',
    ignore,
    '',
    '--',
    AUTOMATIC,
    '',
  ].join('\n');
  const body = [
    `<p>เรียน ${escapeHtml(input.recipientName)}</p>`,
    `<p>${lead}</p>`,
    htmlButton(url, 'ตั้งรหัสผ่านใหม่'),
    `<p style="font-size:14px;color:#555">${expiry}<br>${escapeHtml(url)}</p>`,
    `<p>${ignore}</p>`,
    htmlFooter([AUTOMATIC]),
  ].join('\n');
  return { subject, text, html: htmlDocument(subject, body) };
}

export interface MemberRemovedEmailInput {
  recipientName: string;
  organizationName: string;
  removedName: string;
  removedByName: string;
  /** Open measures the person was assigned to, now without them. */
  releasedAssignments: number;
  /** APP_URL/organizations/<id>/people */
  peopleUrl: string;
}

/** Tells an LAO's leads that someone left it (and which follow-ups need a new assignee). */
export function renderMemberRemovedEmail(input: MemberRemovedEmailInput): RenderedEmail {
  const url = requireHttpUrl(input.peopleUrl, 'peopleUrl');
  const subject = `[Prongsai] ${oneLine(input.removedName, 40)} ไม่ได้เป็นสมาชิกของ${oneLine(input.organizationName, 40)} แล้ว`;
  const lead = `${oneLine(input.removedByName)} นำ ${oneLine(input.removedName)} ออกจาก${oneLine(input.organizationName)} สิทธิ์การเข้าถึงข้อมูลของหน่วยงานสิ้นสุดทันที`;
  const released =
    input.releasedAssignments > 0
      ? `มาตรการที่ยังไม่แล้วเสร็จ ${input.releasedAssignments} รายการที่มอบหมายให้บุคคลนี้ ไม่มีผู้ติดตามแล้ว กรุณามอบหมายผู้รับผิดชอบใหม่`
      : 'บุคคลนี้ไม่มีมาตรการที่ยังไม่แล้วเสร็จซึ่งได้รับมอบหมาย';
  const text = [
    `เรียน ${oneLine(input.recipientName)}`,
    '',
    lead,
    released,
    '',
    `ดูรายชื่อสมาชิก: ${url}`,
    '',
    '--',
    AUTOMATIC,
    '',
  ].join('\n');
  const body = [
    `<p>เรียน ${escapeHtml(input.recipientName)}</p>`,
    `<p>${escapeHtml(lead)}</p>`,
    `<p>${released}</p>`,
    htmlButton(url, 'ดูรายชื่อสมาชิก'),
    htmlFooter([AUTOMATIC]),
  ].join('\n');
  return { subject, text, html: htmlDocument(subject, body) };
}
