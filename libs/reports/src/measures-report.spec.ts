import { MeasureStatus } from '@prongsai/measures/status';
import { buildMeasuresReport, dashed, measuresReportFileName } from './measures-report';
import { buildRollupWorkbook, sheetName } from './rollup-workbook';
import { OrganizationType } from '@prongsai/common';

describe('buildMeasuresReport: stored measures → the seed report', () => {
  const report = buildMeasuresReport({
    organizationNameTh: 'เทศบาลเมืองอโยธยา',
    fiscalYear: 2566,
    measures: [
      {
        title: 'จัดประชุมคณะทำงานฯ\n- จัดทำคู่มือการร้องเรียน',
        steps: ['จัดประชุม', '- เผยแพร่คู่มือ'],
        responsible: ' สำนักปลัด ',
        dueDate: '2023-02-10',
        status: MeasureStatus.COMPLETED,
        result: 'ดำเนินการแล้วเสร็จ ประชุมเมื่อ ๑๐ ก.พ.',
      },
      {
        title: 'ข',
        steps: [],
        responsible: 'ค',
        dueDate: '2023-03-31',
        status: MeasureStatus.PLANNED,
        result: null,
      },
    ],
  });

  it('titles the year in Thai digits and names the previous year in the intro', () => {
    expect(report.title).toBe(
      'รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ ๒๕๖๖',
    );
    expect(report.intro).toContain('ITA ประจำปีงบประมาณ ๒๕๖๕');
    expect(report.columns).toEqual([
      'มาตรการ',
      'ขั้นตอนหรือวิธีการปฏิบัติ',
      'ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง',
      'กำหนดแล้วเสร็จ',
      'ผลการดำเนินการ',
    ]);
  });

  it.each([
    ['title lines each led by "- ", once', 'titleLines', ['- จัดประชุมคณะทำงานฯ', '- จัดทำคู่มือการร้องเรียน']],
    ['steps led by "- "', 'stepLines', ['- จัดประชุม', '- เผยแพร่คู่มือ']],
    ['the due date as the seed writes it', 'due', '๑๐ ก.พ. ๖๖'],
    ['the status word to print in bold', 'status', 'ดำเนินการแล้วเสร็จ'],
    ['the result without its status word twice', 'result', 'ประชุมเมื่อ ๑๐ ก.พ.'],
    ['the responsible trimmed', 'responsible', 'สำนักปลัด'],
  ])('row 1: %s', (_case, key, value) => {
    expect(report.rows[0][key as keyof (typeof report.rows)[0]]).toEqual(value);
  });

  it('prints a planned measure without a result as ยังไม่ได้ดำเนินการ and the last day of March', () => {
    expect(report.rows[1]).toMatchObject({ status: 'ยังไม่ได้ดำเนินการ', result: '', due: '๓๑ มี.ค. ๖๖' });
  });

  it('a title line of spaces only is no line of the report', () => {
    const one = buildMeasuresReport({
      organizationNameTh: 'อบต.บ้านใหม่',
      fiscalYear: 2566,
      measures: [
        {
          title: 'บรรทัดแรก\n   \n\tบรรทัดสอง',
          steps: [],
          responsible: 'ค',
          dueDate: '2023-03-31',
          status: MeasureStatus.PLANNED,
          result: null,
        },
      ],
    });
    expect(one.rows[0].titleLines).toEqual(['- บรรทัดแรก', '- บรรทัดสอง']);
  });

  it('dashes and file names', () => {
    expect(dashed('• ก')).toBe('- ก');
    // The typed dash is replaced however it was typed; a dash inside the text is text.
    expect(dashed('-ก')).toBe('- ก');
    expect(dashed('–   ก')).toBe('- ก');
    expect(dashed('ประชุม ก - ข')).toBe('- ประชุม ก - ข');
    expect(dashed('  ก  ')).toBe('- ก');
    expect(measuresReportFileName('อบต.บ้านใหม่', 2566, 'pdf')).toBe('รายงานมาตรการ ITA อบต.บ้านใหม่ 2566.pdf');
  });
});

describe('buildRollupWorkbook', () => {
  const org = (code: string, district: string, score: number | null) => ({
    code,
    nameTh: `อปท. ${code}`,
    type: OrganizationType.SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION,
    districtCode: district,
    districtNameTh: `อำเภอ ${district}`,
    estimatedScore: score,
    grade: score === null ? null : 'A',
    gapToPass: score === null ? null : 85 - score,
    passThreshold: 85,
    measuresTotal: 2,
    measuresCompleted: 1,
    measuresOverdue: 1,
    oitAccepted: 10,
    oitItems: 43,
    iitResponses: 5,
    iitMinimum: 30,
    eitResponses: 2,
    eitMinimum: null,
  });

  it('a summary row per district and the province total, a sheet per district, a row per LAO', () => {
    const book = buildRollupWorkbook({
      provinceNameTh: 'พระนครศรีอยุธยา',
      fiscalYear: 2566,
      asOf: '2023-02-10',
      organizations: [org('2', '1402', 90), org('1', '1401', 80), org('3', '1401', null)],
    });
    expect(book.sheets.map((s) => s.name)).toEqual(['สรุป', 'อำเภอ 1401', 'อำเภอ 1402']);
    expect(book.sheets[0].rows).toEqual([
      ['อำเภอ 1401', 2, 1, 0, 80, 4, 2, 2, 20],
      ['อำเภอ 1402', 1, 1, 1, 90, 2, 1, 1, 10],
      ['รวมทั้งจังหวัด', 3, 2, 1, 85, 6, 3, 3, 30],
    ]);
    expect(book.sheets[1].rows[0]).toEqual([
      '1',
      'อปท. 1',
      'อำเภอ 1401',
      'อบต.',
      80,
      'A',
      5,
      2,
      1,
      1,
      '10 / 43',
      '5 / 30',
      '2',
    ]);
    expect(book.sheets[0].title).toContain('10 ก.พ. 2566');
  });

  it('sheet names follow Excel’s rules and stay unique', () => {
    expect(sheetName('a/b:c', new Set())).toBe('a b c');
    expect(sheetName('x', new Set(['x']))).toBe('x (2)');
  });
});
