import { renderReminderEmail, ReminderEmailInput, ReminderKind } from './render-reminder-email';

const base: ReminderEmailInput = {
  kind: 'DUE_IN_7_DAYS',
  recipientName: 'นางสาวสมหญิง ใจดี',
  organizationName: 'องค์การบริหารส่วนตำบลบ้านป้อม',
  measureTitle: 'จัดทำแผนปฏิบัติการป้องกันการทุจริต',
  dueDate: '2023-02-10',
  asOf: '2023-02-03',
  measureUrl: 'https://prongsai.example/measures/42',
};

describe('renderReminderEmail', () => {
  it.each<[string, ReminderKind, string, string, string]>([
    ['7 days before', 'DUE_IN_7_DAYS', '2023-02-03', 'มาตรการใกล้ครบกำหนด', 'เหลืออีก 7 วัน'],
    ['7-day reminder sent a day late', 'DUE_IN_7_DAYS', '2023-02-04', 'มาตรการใกล้ครบกำหนด', 'เหลืออีก 6 วัน'],
    ['the day before', 'DUE_TOMORROW', '2023-02-09', 'มาตรการครบกำหนดพรุ่งนี้', 'ครบกำหนดพรุ่งนี้'],
    [
      '"tomorrow" reminder sent on the due day',
      'DUE_TOMORROW',
      '2023-02-10',
      'มาตรการครบกำหนดวันนี้',
      'ครบกำหนดวันนี้',
    ],
    ['one day overdue', 'OVERDUE', '2023-02-11', 'มาตรการเกินกำหนด', 'เกินกำหนดมาแล้ว 1 วัน'],
    ['overdue across a month end', 'OVERDUE', '2023-03-12', 'มาตรการเกินกำหนด', 'เกินกำหนดมาแล้ว 30 วัน'],
  ])('%s', (_name, kind, asOf, headline, status) => {
    const email = renderReminderEmail({ ...base, kind, asOf });
    expect(email.subject).toBe(`[Prongsai] ${headline}: จัดทำแผนปฏิบัติการป้องกันการทุจริต (ครบกำหนด 10 ก.พ. 2566)`);
    expect(email.text).toContain(`สถานะ: ${status} (ข้อมูล ณ วันที่`);
    expect(email.html).toContain(`>${status}</strong>`);
  });

  it('puts the organization, the measure, the Buddhist-era due date and the link in both parts', () => {
    const { text, html } = renderReminderEmail(base);
    for (const part of [text, html]) {
      expect(part).toContain('นางสาวสมหญิง ใจดี');
      expect(part).toContain('องค์การบริหารส่วนตำบลบ้านป้อม');
      expect(part).toContain('จัดทำแผนปฏิบัติการป้องกันการทุจริต');
      expect(part).toContain('10 ก.พ. 2566');
      expect(part).toContain('https://prongsai.example/measures/42');
    }
    expect(text).toContain('กำหนดแล้วเสร็จ: 10 ก.พ. 2566');
    expect(html).toMatch(/^<!doctype html>\n<html lang="th">/);
  });

  it('escapes user text in the HTML part and leaves the plain text readable', () => {
    const { subject, text, html } = renderReminderEmail({
      ...base,
      recipientName: 'Eve <img src=x onerror=alert(1)>',
      organizationName: 'อบต. "ทดสอบ" & คณะ',
      measureTitle: '<script>alert("x")</script> มาตรการ',
    });
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; มาตรการ');
    expect(html).toContain('Eve &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('อบต. &quot;ทดสอบ&quot; &amp; คณะ');
    expect(text).toContain('มาตรการ: <script>alert("x")</script> มาตรการ');
    expect(subject).toContain('<script>alert("x")</script> มาตรการ');
  });

  describe("a step's own due date", () => {
    const step = { order: 2, description: 'จัดประชุมชี้แจง <บุคลากร> ทุกกอง' };

    it.each<[ReminderKind, string, string, string]>([
      ['DUE_IN_7_DAYS', '2023-02-03', 'ขั้นตอนใกล้ครบกำหนด', 'ขั้นตอนของมาตรการต่อไปนี้ใกล้ครบกำหนดแล้ว'],
      ['DUE_TOMORROW', '2023-02-09', 'ขั้นตอนครบกำหนดพรุ่งนี้', 'ขั้นตอนของมาตรการต่อไปนี้จะครบกำหนดในวันพรุ่งนี้'],
      ['OVERDUE', '2023-02-11', 'ขั้นตอนเกินกำหนด', 'ขั้นตอนของมาตรการต่อไปนี้เกินกำหนดแล้ว'],
    ])('%s: the step in the subject, the measure and the step in the body', (kind, asOf, headline, lead) => {
      const { subject, text, html } = renderReminderEmail({ ...base, kind, asOf, step });
      expect(subject).toBe(`[Prongsai] ${headline}: จัดประชุมชี้แจง <บุคลากร> ทุกกอง (ครบกำหนด 10 ก.พ. 2566)`);
      expect(text).toContain(`${lead}`);
      expect(text).toContain(
        'มาตรการ: จัดทำแผนปฏิบัติการป้องกันการทุจริต\nขั้นตอนที่ 2: จัดประชุมชี้แจง <บุคลากร> ทุกกอง\nกำหนดแล้วเสร็จ: 10 ก.พ. 2566',
      );
      expect(html).toContain('<strong>จัดประชุมชี้แจง &lt;บุคลากร&gt; ทุกกอง</strong>');
      expect(html).toContain('>ขั้นตอนที่ 2</th>');
      expect(html).toContain('https://prongsai.example/measures/42');
    });

    it('a measure reminder has no step line', () => {
      expect(renderReminderEmail(base).text).not.toContain('ขั้นตอนที่');
    });
  });

  it('escapes URLs inside href attributes', () => {
    const { html } = renderReminderEmail({ ...base, measureUrl: 'https://prongsai.example/m?id=1&tab="x"' });
    expect(html).toContain('href="https://prongsai.example/m?id=1&amp;tab=&quot;x&quot;"');
  });

  it('keeps the subject on one line and the due date visible for a long multi-line title', () => {
    const { subject, text } = renderReminderEmail({
      ...base,
      measureTitle: `การประชุมชี้แจง\nแนวทาง${'การเปิดเผยข้อมูลสาธารณะ'.repeat(10)}`,
    });
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toMatch(
      /^\[Prongsai\] มาตรการใกล้ครบกำหนด: การประชุมชี้แจง แนวทาง.*… \(ครบกำหนด 10 ก\.พ\. 2566\)$/,
    );
    expect(text).toContain('การเปิดเผยข้อมูลสาธารณะ'.repeat(10));
  });

  it.each([
    [
      'with an unsubscribe link',
      'https://prongsai.example/unsubscribe?t=abc',
      'ยกเลิกได้ที่: https://prongsai.example/unsubscribe?t=abc',
    ],
    ['without one, it points to the notification settings', undefined, 'ปิดได้ที่การตั้งค่าการแจ้งเตือน'],
  ])('footer says how to switch reminders off %s', (_name, unsubscribeUrl, expected) => {
    const { text, html } = renderReminderEmail({ ...base, unsubscribeUrl });
    expect(text).toContain(expected);
    expect(html).toContain(unsubscribeUrl ? `href="${unsubscribeUrl}"` : expected);
  });

  it.each<[string, Partial<ReminderEmailInput>, RegExp]>([
    [
      '"due soon" for a measure already overdue',
      { kind: 'DUE_IN_7_DAYS', asOf: '2023-02-11' },
      /does not fit/,
    ],
    ['"overdue" for a measure not yet due', { kind: 'OVERDUE', asOf: '2023-02-10' }, /does not fit/],
    ['an impossible due date', { dueDate: '2023-02-30' }, /day 30/],
    ['a Thai-style asOf', { asOf: '03/02/2566' }, /YYYY-MM-DD/],
    ['a javascript: link', { measureUrl: 'javascript:alert(1)' }, /measureUrl/],
    ['a relative unsubscribe link', { unsubscribeUrl: '/unsubscribe' }, /unsubscribeUrl/],
  ])('rejects %s', (_name, override, message) => {
    expect(() => renderReminderEmail({ ...base, ...override })).toThrow(message);
  });
});
