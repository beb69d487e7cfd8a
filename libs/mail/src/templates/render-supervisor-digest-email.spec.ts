import { displayWidth } from './email-text';
import {
  DigestOrganization,
  renderSupervisorDigestEmail,
  SupervisorDigestEmailInput,
} from './render-supervisor-digest-email';

function org(name: string, fields: Partial<DigestOrganization> = {}): DigestOrganization {
  return {
    name,
    estimatedScore: 90,
    gapToPass: 0,
    passing: true,
    measuresOverdue: 0,
    url: `https://prongsai.example/organizations/${encodeURIComponent(name)}`,
    ...fields,
  };
}

const notPassing = (name: string, score: number, measuresOverdue = 0) =>
  org(name, {
    estimatedScore: score,
    gapToPass: Math.round((85 - score) * 100) / 100,
    passing: false,
    measuresOverdue,
  });
const unknown = (name: string, measuresOverdue = 0) =>
  org(name, { estimatedScore: null, gapToPass: null, passing: null, measuresOverdue });

function digest(organizations: DigestOrganization[], fields: Partial<SupervisorDigestEmailInput> = {}) {
  return renderSupervisorDigestEmail({
    recipientName: 'นายสมชาย รักษ์ถิ่น',
    provinceName: 'พระนครศรีอยุธยา',
    fiscalYear: 2566,
    asOf: '2023-02-10',
    appUrl: 'https://prongsai.example',
    organizations,
    ...fields,
  });
}

/** Organization names in the order the HTML table lists them. */
function listedNames(html: string): string[] {
  return [...html.matchAll(/<td[^>]*><a href="[^"]*"[^>]*>([^<]*)<\/a><\/td>/g)].map((m) => m[1]);
}

describe('renderSupervisorDigestEmail', () => {
  it.each<[string, DigestOrganization[], string[]]>([
    [
      'not passing by largest gap, then passing but late by most overdue, then unknown scores',
      [
        org('อบต.ผ่านแต่ช้า 1', { measuresOverdue: 1 }),
        unknown('อบต.ยังไม่มีคะแนน', 5),
        notPassing('อบต.ขาดน้อย', 84),
        org('อบต.ผ่านแต่ช้า 4', { measuresOverdue: 4 }),
        notPassing('อบต.ขาดมาก', 70),
      ],
      ['อบต.ขาดมาก', 'อบต.ขาดน้อย', 'อบต.ผ่านแต่ช้า 4', 'อบต.ผ่านแต่ช้า 1', 'อบต.ยังไม่มีคะแนน'],
    ],
    [
      'an equal gap is broken by most overdue, then by name',
      [notPassing('อบต.ค', 80, 1), notPassing('อบต.ข', 80, 3), notPassing('อบต.ก', 80, 1)],
      ['อบต.ข', 'อบต.ก', 'อบต.ค'],
    ],
    [
      'not passing without a gap figure comes after those with one',
      [
        org('อบต.ไม่ทราบส่วนต่าง', { passing: false, gapToPass: null, estimatedScore: null }),
        notPassing('อบต.ขาด', 84.99),
      ],
      ['อบต.ขาด', 'อบต.ไม่ทราบส่วนต่าง'],
    ],
    [
      'passing with nothing overdue, and unknown with nothing overdue, are left out',
      [org('อบต.เรียบร้อย'), unknown('อบต.ยังไม่มีคะแนน'), org('อบต.ช้า', { measuresOverdue: 2 })],
      ['อบต.ช้า'],
    ],
  ])('orders worst first: %s', (_name, organizations, expected) => {
    const { html, text } = digest(organizations);
    expect(listedNames(html)).toEqual(expected);
    const textOrder = expected.map((name) => text.indexOf(name));
    expect(textOrder).toEqual([...textOrder].sort((a, b) => a - b));
  });

  it('does not reorder the caller’s array', () => {
    const organizations = [notPassing('อบต.ขาดน้อย', 84), notPassing('อบต.ขาดมาก', 70)];
    digest(organizations);
    expect(organizations.map((o) => o.name)).toEqual(['อบต.ขาดน้อย', 'อบต.ขาดมาก']);
  });

  it('heads both parts with the province, the Buddhist-era fiscal year and the Thai date', () => {
    const { subject, text, html } = digest([notPassing('อบต.บ้านป้อม', 80.5, 1), org('อบต.หันตรา')]);
    expect(subject).toBe('[Prongsai] สรุปประจำสัปดาห์ จังหวัดพระนครศรีอยุธยา ปีงบประมาณ 2566: ควรติดตาม 1 หน่วยงาน');
    for (const part of [text, html]) {
      expect(part).toContain('สรุปประจำสัปดาห์ จังหวัดพระนครศรีอยุธยา ปีงบประมาณ 2566');
      expect(part).toContain('ข้อมูล ณ วันที่ 10 ก.พ. 2566');
      expect(part).toContain('หน่วยงานที่ควรติดตาม 1 แห่ง จากทั้งหมด 2 แห่ง');
      expect(part).toContain('มีมาตรการเกินกำหนด 1 แห่ง (รวม 1 มาตรการ)');
    }
  });

  it('does not double the province prefix', () => {
    expect(digest([], { provinceName: 'จังหวัดอ่างทอง' }).subject).toContain(' จังหวัดอ่างทอง ');
  });

  it('shows score, gap and overdue count per row, with "-" for unknown and "ผ่าน" for passing', () => {
    const { text } = digest([
      notPassing('อบต.บ้านป้อม', 80.5, 1),
      org('เทศบาลนครพระนครศรีอยุธยา', { estimatedScore: 88.98, measuresOverdue: 3 }),
      unknown('อบต.คลองสวนพลู', 2),
    ]);
    const rows = text.split('\n').filter((line) => /^\s*\d+ {2}/.test(line));
    expect(rows.map((line) => line.trim().split(/\s+/))).toEqual([
      ['1', 'อบต.บ้านป้อม', '80.50', '4.50', '1', '0'],
      ['2', 'เทศบาลนครพระนครศรีอยุธยา', '88.98', 'ผ่าน', '3', '0'],
      ['3', 'อบต.คลองสวนพลู', '-', '-', '2', '0'],
    ]);
  });

  it('lists an LAO whose evidence links are broken, even when it passes and is on time', () => {
    const { text, html } = digest([
      org('เทศบาลตำบลลาดบัวหลวง', { estimatedScore: 90, brokenLinks: 2 }),
      org('อบต.ก'),
    ]);
    const rows = text.split('\n').filter((line) => /^\s*\d+ {2}/.test(line));
    expect(rows.map((line) => line.trim().split(/\s+/))).toEqual([
      ['1', 'เทศบาลตำบลลาดบัวหลวง', '90.00', 'ผ่าน', '0', '2'],
    ]);
    expect(text).toContain('- มีลิงก์หลักฐานที่เปิดไม่ได้ 1 แห่ง (รวม 2 ลิงก์) ควรแก้ก่อนผู้ประเมินตรวจ');
    expect(html).toContain('ลิงก์เสีย');
  });

  it('aligns the plain-text table by display width, so Thai tone marks do not shift columns', () => {
    const { text } = digest([
      notPassing('อบต.ที่นี่มีไม้เอก', 84, 1),
      notPassing('เทศบาลเมืองอโยธยา', 60.25, 12),
      unknown('อบต.บ้านใหม่', 2),
    ]);
    const lines = text.split('\n');
    const table = lines
      .slice(lines.findIndex((l) => l.startsWith('ลำดับ')))
      .filter((l) => /^(ลำดับ|\s*\d+ {2})/.test(l));
    expect(table).toHaveLength(4);
    expect(new Set(table.map(displayWidth)).size).toBe(1);
    // The same check by UTF-16 length would fail: the marks are in the string but take no column.
    expect(new Set(table.map((l) => l.length)).size).toBeGreaterThan(1);
  });

  it('links every listed organization under its row in the plain text', () => {
    const { text } = digest([notPassing('อบต.บ้านป้อม', 80.5)]);
    // The URL starts under the name column: 'ลำดับ' is 4 columns wide (ำ is one), plus the 2-space gap.
    expect(text).toMatch(/\n {3}1 {2}อบต\.บ้านป้อม .*\n {6}https:\/\/prongsai\.example\/organizations\//);
  });

  it.each<[string, DigestOrganization[]]>([
    ['no organizations at all', []],
    ['everyone passing and on time', [org('อบต.ก'), org('อบต.ข')]],
  ])('gives a friendly message for %s', (_name, organizations) => {
    const { subject, text, html } = digest(organizations);
    expect(subject).toBe('[Prongsai] สรุปประจำสัปดาห์ จังหวัดพระนครศรีอยุธยา ปีงบประมาณ 2566: ไม่มีหน่วยงานที่ต้องติดตาม');
    for (const part of [text, html]) expect(part).toContain('ทุกหน่วยงานไม่มีมาตรการเกินกำหนด');
    expect(html).not.toContain('<table');
    expect(text).not.toContain('ลำดับ');
  });

  it('says how many have no estimate yet even when nothing needs attention', () => {
    expect(digest([org('อบต.ก'), unknown('อบต.ข')]).text).toContain('ยังไม่มีคะแนนประมาณการ 1 แห่ง');
  });

  it('escapes user text in the HTML part', () => {
    const { html } = digest([notPassing('<script>alert(1)</script>', 70)], {
      recipientName: 'A & B',
      provinceName: '"><img src=x>',
    });
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('>&lt;script&gt;alert(1)&lt;/script&gt;</a>');
    expect(html).toContain('เรียน A &amp; B');
    expect(html).toContain('จังหวัด&quot;&gt;&lt;img src=x&gt;');
  });

  it.each<[string, Partial<SupervisorDigestEmailInput>, RegExp]>([
    ['an invalid asOf', { asOf: '2023-02-29' }, /day 29/],
    ['a relative appUrl', { appUrl: '/dashboard' }, /appUrl/],
    ['a fractional fiscal year', { fiscalYear: 2566.5 }, /fiscalYear/],
    [
      'an organization with a javascript: link',
      { organizations: [org('x', { url: 'javascript:alert(1)' })] },
      /organizations\[0\]\.url/,
    ],
  ])('rejects %s', (_name, override, message) => {
    expect(() => digest([], override)).toThrow(message);
  });
});
