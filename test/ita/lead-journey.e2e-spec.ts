import { TestApp } from '../setup/test-app';
import { CREATE_MEASURE, MEASURE_FIELDS, PROGRESS, SUPERVISOR_14, ok, recordScores } from './ita-fixtures';

/**
 * The "done when" of the ITA core issue, as a new ITA lead would go through it over GraphQL: enter last
 * year's official scores, see the estimate and the gap to 85, write the measures of the example report
 * (shared/domain/example-measures-report-2566.txt) with their steps and deadlines, complete one with its
 * result, and see progress move.
 */
describe("an ITA lead's first week (e2e)", () => {
  let t: TestApp;
  let token: string;
  let orgId: string;
  beforeAll(async () => {
    t = await TestApp.create();
  });
  afterAll(() => t.close());

  // FY2565 official results of the LAO: IIT mean 81.6, EIT mean 78, OIT (72.5 + 62.5) / 2 = 67.5.
  // prettier-ignore
  const official2565 = { '1': 84.12, '2': 79.5, '3': 81, '4': 86.3, '5': 77.08, '6': 80.1, '7': 75.35, '8': 78.55, '9': 72.5, '10': 62.5 };

  // The four measures of the example report, due 27 ธ.ค. 65, 10 ก.พ. 66, 15 ก.พ. 66 and ม.ค.–มี.ค. 66.
  const reportMeasures = [
    {
      title: 'ให้ความรู้เรื่องการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ',
      steps: [
        'จังหวัดพระนครศรีอยุธยาจัดประชุมองค์กรปกครองส่วนท้องถิ่น จำนวน ๑๕๘ หน่วยงานเพื่อให้ทุกหน่วยงานผ่านเกณฑ์ประเมิน ITA (๘๕ คะแนน)',
      ],
      responsible: 'จังหวัดพระนครศรีอยุธยา',
      dueDate: '2023-02-10',
      indicatorCodes: ['1', '5', '9', '10'],
    },
    {
      title: 'การเปิดเผยข้อมูลข้อเท็จจริงแก่ผู้มาใช้บริการอย่างถูกต้องตรงไปตรงมา และมีแนวทางในการให้ผู้มาติดต่ออย่างโปร่งใส',
      steps: [
        'จัดทำประกาศเจตนารมณ์ไม่เรียกร้องประโยชน์อื่นใดในการปฏิบัติหน้าที่',
        'จัดทำประกาศไม่เรียกรับผลประโยชน์หรือทรัพย์สินใดๆ (No Gift Policy)',
      ],
      responsible: 'สำนักงานจังหวัดพระนครศรีอยุธยา และส่วนราชการสังกัดราชการส่วนภูมิภาคจังหวัดพระนครศรีอยุธยา',
      dueDate: '2022-12-27',
      indicatorCodes: ['10'],
    },
    {
      title: 'การเผยแพร่ข้อมูลต่อสาธารณะและการจัดการเรื่องร้องเรียนการทุจริต',
      steps: [
        'เพิ่มช่องทางให้ประชาชนมีส่วนร่วมในการเสนอแนะการปฏิบัติงานในความเป็นจริง มีเว็บไซต์ เฟซบุ๊ก ไลน์ เพื่อเป็นช่องทางให้ประชาชนมีส่วนร่วมในการเสนอแนะการปฏิบัติงาน',
      ],
      responsible: 'สำนักงานจังหวัด พระนครศรีอยุธยา',
      dueDate: '2023-03-31',
      indicatorCodes: ['7', '9'],
    },
    {
      title:
        'จัดประชุมคณะทำงานฯ เพื่อยกระดับและขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ และจัดทำคู่มือการร้องเรียนจนท.ในหน่วยงาน',
      steps: [
        'จัดประชุมคณะทำงานขับเคลื่อนการประเมินคุณธรรมฯ เพื่อทบทวน วิเคราะห์ข้อมูลในการยกระดับการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖',
        'ถ่ายทอด มอบหมายผู้รับผิดชอบตามภารกิจที่เกี่ยวข้อง',
        'จัดทำคู่มือการร้องเรียนจนท.ในหน่วยงาน ให้มีกระบวนการที่ชัดเจน เข้าใจง่าย และเผยแพร่คู่มือให้บุคลากรในหน่วยงานและประชาชนได้รับทราบ',
      ],
      responsible: 'สำนักงานจังหวัด พระนครศรีอยุธยา และส่วนราชการ สังกัดราชการส่วนภูมิภาคจังหวัด พระนครศรีอยุธยา',
      dueDate: '2023-02-15',
      indicatorCodes: ['3', '5', '9'],
    },
  ];

  it('1. signs in and reads the FY2566 framework', async () => {
    token = await t.token('lead.3140102@prongsai.example');
    orgId = await t.orgId('3140102');
    const { framework } = ok(
      await t.gql(
        `{ framework(fiscalYear: 2566) { passThreshold indicators { code nameTh tool } } }`,
        {},
        token,
      ),
    );
    expect(framework.passThreshold).toBe(85);
    expect(framework.indicators.map((i: { code: string }) => i.code)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
  });

  it("2. sees the estimate and the gap to 85 from last year's official scores (entered by the province)", async () => {
    // Official results are the province supervisor's to enter; a lead records self-assessments only.
    await recordScores(t, await t.token(SUPERVISOR_14), orgId, 2565, 'OFFICIAL', official2565);
    const { organizationProgress: p } = ok(await t.gql(PROGRESS, { o: orgId, y: 2566 }, token));
    // 0.3 × 81.6 + 0.3 × 78 + 0.4 × 67.5 = 74.88
    expect(p).toMatchObject({
      fiscalYear: 2566,
      estimatedScore: 74.88,
      grade: 'C',
      passing: false,
      gapToPass: 10.12,
      passThreshold: 85,
      measuresTotal: 0,
      organization: { code: '3140102' },
    });
    expect(p.toolScores).toEqual([
      { tool: 'IIT', weight: 0.3, score: 81.6 },
      { tool: 'EIT', weight: 0.3, score: 78 },
      { tool: 'OIT', weight: 0.4, score: 67.5 },
    ]);
    expect(p.indicators.find((i: { indicatorCode: string }) => i.indicatorCode === '10')).toEqual({
      indicatorCode: '10',
      score: 62.5,
      basis: 'PREVIOUS_YEAR_OFFICIAL',
      fiscalYear: 2565,
    });
  });

  it('3. writes the measures of the example report with their steps and deadlines', async () => {
    for (const m of reportMeasures) {
      const { createMeasure } = ok(
        await t.gql(CREATE_MEASURE, { input: { organizationId: orgId, fiscalYear: 2566, ...m } }, token),
      );
      expect(createMeasure).toMatchObject({
        title: m.title,
        status: 'PLANNED',
        dueDate: m.dueDate,
        result: null,
      });
      expect(
        createMeasure.steps.map((s: { order: number; description: string }) => [s.order, s.description]),
      ).toEqual(m.steps.map((s, i) => [i + 1, s]));
    }
    const { measures } = ok(
      await t.gql(
        `query($o: ID!) { measures(organizationId: $o, fiscalYear: 2566) { ${MEASURE_FIELDS} } }`,
        { o: orgId },
        token,
      ),
    );
    expect(measures.map((m: { dueDate: string }) => m.dueDate)).toEqual([
      '2022-12-27',
      '2023-02-10',
      '2023-02-15',
      '2023-03-31',
    ]);
    // Their deadlines were in FY2566, long before today in Bangkok.
    expect(measures.every((m: { isOverdue: boolean }) => m.isOverdue)).toBe(true);
    const { organizationProgress: p } = ok(await t.gql(PROGRESS, { o: orgId, y: 2566 }, token));
    expect(p).toMatchObject({
      measuresTotal: 4,
      measuresCompleted: 0,
      measuresOverdue: 4,
      estimatedScore: 74.88,
    });
  });

  it('4. completes the No Gift Policy measure with its result, and progress moves', async () => {
    const { measures } = ok(
      await t.gql(
        `query($o: ID!) { measures(organizationId: $o, fiscalYear: 2566) { id dueDate } }`,
        { o: orgId },
        token,
      ),
    );
    const noGift = measures.find((m: { dueDate: string }) => m.dueDate === '2022-12-27');
    const result =
      'ดำเนินการแล้วเสร็จ ประกาศเจตนารมณ์ เรื่อง “สุจริต โปร่งใส พระนครศรีอยุธยาใสสะอาด ๒๕๖๖” และ “งดรับ งดให้ของขวัญ ของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)”';
    const { completeMeasure } = ok(
      await t.gql(
        `mutation($id: ID!, $r: String!) { completeMeasure(id: $id, result: $r) { status result completedAt isOverdue } }`,
        { id: noGift.id, r: result },
        token,
      ),
    );
    expect(completeMeasure).toMatchObject({ status: 'COMPLETED', result, isOverdue: false });
    expect(Date.parse(completeMeasure.completedAt)).toBeGreaterThan(Date.now() - 60_000);

    let p = ok(await t.gql(PROGRESS, { o: orgId, y: 2566 }, token)).organizationProgress;
    expect(p).toMatchObject({ measuresTotal: 4, measuresCompleted: 1, measuresOverdue: 3 });

    // With the announcement published, the lead self-assesses indicator 10 and the estimate moves:
    // OIT (72.5 + 87.5) / 2 = 80 → 0.3 × 81.6 + 0.3 × 78 + 0.4 × 80 = 79.88.
    await recordScores(t, token, orgId, 2566, 'SELF_ASSESSMENT', { '10': 87.5 });
    p = ok(await t.gql(PROGRESS, { o: orgId, y: 2566 }, token)).organizationProgress;
    expect(p).toMatchObject({ estimatedScore: 79.88, grade: 'B', passing: false, gapToPass: 5.12 });
  });

  it('5. asks what meeting every OIT item would do: a pass', async () => {
    const { framework } = ok(await t.gql(`{ framework(fiscalYear: 2566) { oitItems { code } } }`, {}, token));
    const { simulateScore } = ok(
      await t.gql(
        `query($o: ID!, $items: [String!]) { simulateScore(organizationId: $o, fiscalYear: 2566, metOitItems: $items) {
          before { totalScore grade passing } after { totalScore grade passing gapToPass } delta } }`,
        { o: orgId, items: framework.oitItems.map((i: { code: string }) => i.code) },
        token,
      ),
    );
    // OIT 100 → 0.3 × 81.6 + 0.3 × 78 + 0.4 × 100 = 87.88
    expect(simulateScore).toEqual({
      before: { totalScore: 79.88, grade: 'B', passing: false },
      after: { totalScore: 87.88, grade: 'A', passing: true, gapToPass: 0 },
      delta: 8,
    });
  });
});
