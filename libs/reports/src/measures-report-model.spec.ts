import { MeasureStatus } from '@prongsai/measures/status';
import {
  buildMeasuresReport,
  dashed,
  MEASURE_STATUS_TH,
  measuresReportIntro,
  ReportMeasure,
} from './measures-report';

// Named rows for the report model's small rules, each one cell of the printed report.
const measure = (m: Partial<ReportMeasure>): ReportMeasure => ({
  title: 'ก',
  steps: [],
  responsible: 'ข',
  dueDate: '2023-02-10',
  status: MeasureStatus.PLANNED,
  result: null,
  ...m,
});
const rowOf = (m: Partial<ReportMeasure>) =>
  buildMeasuresReport({ organizationNameTh: 'อบต.ก', fiscalYear: 2566, measures: [measure(m)] }).rows[0];

describe('measures report model: the rules cell by cell', () => {
  it.each<[string, MeasureStatus, string]>([
    ['completed', MeasureStatus.COMPLETED, 'ดำเนินการแล้วเสร็จ'],
    ['in progress', MeasureStatus.IN_PROGRESS, 'อยู่ระหว่างดำเนินการ'],
    ['planned', MeasureStatus.PLANNED, 'ยังไม่ได้ดำเนินการ'],
    ['cancelled', MeasureStatus.CANCELLED, 'ยกเลิก'],
    ['carried over', MeasureStatus.CARRIED_OVER, 'ยกไปดำเนินการในปีงบประมาณถัดไป'],
  ])('status word: %s', (_name, status, word) => {
    expect(MEASURE_STATUS_TH[status]).toBe(word);
    expect(rowOf({ status }).status).toBe(word);
  });

  it.each<[string, string, string]>([
    ['a plain line gets a dash', 'ก', '- ก'],
    ['a typed dash stays one dash', '- ก', '- ก'],
    ['a dash without a space', '-ก', '- ก'],
    ['an en dash', '– ก', '- ก'],
    ['a bullet', '• ก', '- ก'],
    ['spaces around are trimmed', '   ก  ', '- ก'],
    ['a dash inside the text is kept', 'ก-ข', '- ก-ข'],
    ['a dash with many spaces', '-    ก', '- ก'],
  ])('dashed: %s', (_name, line, expected) => {
    expect(dashed(line)).toBe(expected);
  });

  it.each<[string, Partial<ReportMeasure>, keyof ReturnType<typeof rowOf>, unknown]>([
    [
      'title lines split on CRLF, blank lines dropped',
      { title: 'ก\r\n\r\n  ข  \n' },
      'titleLines',
      ['- ก', '- ข'],
    ],
    ['each step split into its lines', { steps: ['ก\nข', '', 'ค'] }, 'stepLines', ['- ก', '- ข', '- ค']],
    ['no result is an empty cell', { result: null }, 'result', ''],
    ['a result is trimmed', { result: '  ประชุมแล้ว  ' }, 'result', 'ประชุมแล้ว'],
    [
      'a result opening with its status word loses it',
      { status: MeasureStatus.IN_PROGRESS, result: 'อยู่ระหว่างดำเนินการ   ร้อยละ ๕๐' },
      'result',
      'ร้อยละ ๕๐',
    ],
    [
      'another status word in the result is kept',
      { status: MeasureStatus.IN_PROGRESS, result: 'ดำเนินการแล้วเสร็จ บางส่วน' },
      'result',
      'ดำเนินการแล้วเสร็จ บางส่วน',
    ],
    ['the due date in Thai digits and a short year', { dueDate: '2024-02-29' }, 'due', '๒๙ ก.พ. ๖๗'],
  ])('%s', (_name, m, key, expected) => {
    expect(rowOf(m)[key]).toEqual(expected);
  });

  it('the whole intro, naming the previous year in Thai digits', () => {
    expect(measuresReportIntro(2567)).toBe(
      'ตามที่ได้วิเคราะห์ผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ' +
        '(Integrity and Transparency Assessment) หรือ ITA ประจำปีงบประมาณ ๒๕๖๖ ' +
        'และจัดทำแนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ หรือมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส' +
        'ภายในหน่วยงานให้ดีขึ้น เพื่อยกระดับค่าคะแนนให้ดีขึ้น โดยมีการขับเคลื่อน ตามรายละเอียดดังนี้',
    );
  });

  it('an empty year: no rows and the note naming the year', () => {
    const report = buildMeasuresReport({ organizationNameTh: 'อบต.ก', fiscalYear: 2567, measures: [] });
    expect([report.rows, report.emptyNote, report.organizationNameTh]).toEqual([
      [],
      'ยังไม่มีมาตรการของปีงบประมาณ ๒๕๖๗',
      'อบต.ก',
    ]);
  });
});
