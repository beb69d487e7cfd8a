import { TestApp } from '../setup/test-app';
import { BANGKOK_2566, ItaWorld, PROGRESS, firstError, itaWorld, ok, recordScores } from './ita-fixtures';

/** OIT items: the LAO publishes, the province supervisor pre-checks, accepted items move the OIT estimate. */
describe('OIT items and their review (e2e)', () => {
  let t: TestApp;
  let w: ItaWorld;
  let codes: string[];
  beforeAll(async () => {
    t = await TestApp.create();
    w = await itaWorld(t);
    // Last year: the Bangkok survey figures, but a weak OIT of 70.
    await recordScores(t, w.tokens.supervisor, w.orgId, 2565, 'OFFICIAL', {
      ...BANGKOK_2566,
      '9': 70,
      '10': 70,
    });
  });
  afterAll(() => t.close());

  const ITEMS = `query($o: ID!) { oitItems(organizationId: $o, fiscalYear: 2566) {
    code order nameTh subIndicatorCode indicatorCode status evidenceUrls note review reviewComment reviewedAt met } }`;
  const UPDATE = `mutation($input: UpdateOitItemInput!) { updateOitItem(input: $input) { code status evidenceUrls note review met } }`;
  const REVIEW = `mutation($input: ReviewOitItemInput!) { reviewOitItem(input: $input) { code review reviewComment met } }`;
  const update = (itemCode: string, fields: Record<string, unknown>, token = w.tokens.member) =>
    t.gql(UPDATE, { input: { organizationId: w.orgId, fiscalYear: 2566, itemCode, ...fields } }, token);
  const review = (itemCode: string, decision: string, comment?: string) =>
    t.gql(
      REVIEW,
      { input: { organizationId: w.orgId, fiscalYear: 2566, itemCode, decision, comment } },
      w.tokens.supervisor,
    );
  const progress = async () =>
    ok(await t.gql(PROGRESS, { o: w.orgId, y: 2566 }, w.tokens.lead)).organizationProgress;
  const indicator = (p: { indicators: { indicatorCode: string }[] }, code: string) =>
    p.indicators.find((i) => i.indicatorCode === code);

  it('lists all 43 FY2566 items, NOT_STARTED until touched', async () => {
    const { oitItems } = ok(await t.gql(ITEMS, { o: w.orgId }, w.tokens.member));
    codes = oitItems.map((i: { code: string }) => i.code);
    expect(codes).toHaveLength(43);
    expect(oitItems[0]).toEqual({
      code: 'O1',
      order: 1,
      nameTh: 'โครงสร้าง',
      subIndicatorCode: '9.1',
      indicatorCode: '9',
      status: 'NOT_STARTED',
      evidenceUrls: [],
      note: null,
      review: null,
      reviewComment: null,
      reviewedAt: null,
      met: false,
    });
    expect(oitItems[42]).toMatchObject({ code: 'O43', indicatorCode: '10', subIndicatorCode: '10.2' });
    expect((await progress()).estimatedScore).toBe(76.98);
  });

  it('published items do not count until a supervisor accepts them', async () => {
    for (const code of codes) {
      ok(
        await update(code, {
          status: 'PUBLISHED',
          evidenceUrls: [`https://www.example-lao.go.th/ita/${code.toLowerCase()}`],
        }),
      );
    }
    const p = await progress();
    expect(p.estimatedScore).toBe(76.98);
    expect(indicator(p, '9')).toMatchObject({ score: 70, basis: 'PREVIOUS_YEAR_OFFICIAL' });
  });

  it('accepted items replace last year OIT; a returned item counts as missed', async () => {
    for (const code of codes.filter((c) => c !== 'O43')) ok(await review(code, 'ACCEPTED'));
    const { reviewOitItem } = ok(await review('O43', 'RETURNED', 'รายงานยังไม่ระบุผลการดำเนินการตามมาตรการ'));
    expect(reviewOitItem).toEqual({
      code: 'O43',
      review: 'RETURNED',
      reviewComment: 'รายงานยังไม่ระบุผลการดำเนินการตามมาตรการ',
      met: false,
    });
    // 9 = 100; 10 = mean(10.1 = 100, 10.2 = 1 of 2 = 50) = 75; OIT 87.5 → 24.732 + 24.246 + 35 = 83.978
    const p = await progress();
    expect(indicator(p, '9')).toMatchObject({ score: 100, basis: 'OIT_ITEMS', fiscalYear: 2566 });
    expect(indicator(p, '10')).toMatchObject({ score: 75, basis: 'OIT_ITEMS' });
    expect(p).toMatchObject({ estimatedScore: 83.98, grade: 'B', passing: false, gapToPass: 1.02 });
  });

  it('fixing the returned item clears the review; accepting it moves the estimate over 85', async () => {
    const { updateOitItem } = ok(
      await update('O43', {
        evidenceUrls: ['https://www.example-lao.go.th/ita/o43-report'],
        note: 'เพิ่มผลการดำเนินการ',
      }),
    );
    expect(updateOitItem).toMatchObject({ status: 'PUBLISHED', review: null, met: false });
    expect((await progress()).estimatedScore).toBe(83.98);

    ok(await review('O43', 'ACCEPTED'));
    expect(await progress()).toMatchObject({
      estimatedScore: 88.98,
      grade: 'A',
      passing: true,
      gapToPass: 0,
    });
  });

  it('taking an accepted item back to DRAFT drops it; a draft cannot be reviewed', async () => {
    ok(await update('O1', { status: 'DRAFT' }));
    // 9.1 = 9 of 10 → 9 = (90 + 4 × 100) / 5 = 98; OIT 99 → 24.732 + 24.246 + 39.6 = 88.578
    expect((await progress()).estimatedScore).toBe(88.58);
    expect(firstError(await review('O1', 'ACCEPTED'))).toEqual({ code: 'BAD_USER_INPUT', field: 'itemCode' });

    const { simulateScore } = ok(
      await t.gql(
        `query($o: ID!, $items: [String!]) { simulateScore(organizationId: $o, fiscalYear: 2566, metOitItems: $items) {
          before { totalScore } after { totalScore grade } delta } }`,
        { o: w.orgId, items: codes },
        w.tokens.member,
      ),
    );
    expect(simulateScore).toEqual({
      before: { totalScore: 88.58 },
      after: { totalScore: 88.98, grade: 'A' },
      delta: 0.4,
    });
  });

  it('a typed self-assessment made after the review takes over from the items', async () => {
    await recordScores(t, w.tokens.lead, w.orgId, 2566, 'SELF_ASSESSMENT', { '9': 90 });
    const p = await progress();
    expect(indicator(p, '9')).toMatchObject({ score: 90, basis: 'SELF_ASSESSMENT' });
    expect(indicator(p, '10')).toMatchObject({ score: 100, basis: 'OIT_ITEMS' });
  });

  it('concurrent first edits of one row queue on it instead of failing on the unique index', async () => {
    const notes = ['ร่าง 1', 'ร่าง 2', 'ร่าง 3', 'ร่าง 4'];
    const oit = await Promise.all(
      notes.map((note) =>
        t.gql(
          UPDATE,
          { input: { organizationId: w.orgId, fiscalYear: 2567, itemCode: 'O7', status: 'DRAFT', note } },
          w.tokens.lead,
        ),
      ),
    );
    const surveys = await Promise.all(
      [10, 20, 30, 40].map((minimumResponses) =>
        t.gql(
          `mutation($input: SetSurveyTargetInput!) { setSurveyTarget(input: $input) { id } }`,
          { input: { organizationId: w.orgId, fiscalYear: 2567, tool: 'EIT', minimumResponses } },
          w.tokens.lead,
        ),
      ),
    );
    expect([...oit, ...surveys].filter((r) => r.errors)).toEqual([]);
    const [counts] = await t.db.ownerQuery<{ items: number; targets: number; audit: number }>(
      `SELECT (SELECT count(*)::int FROM oit_item_statuses WHERE organization_id = $1 AND fiscal_year = 2567) AS items,
              (SELECT count(*)::int FROM survey_targets WHERE organization_id = $1 AND fiscal_year = 2567) AS targets,
              (SELECT count(*)::int FROM audit_log WHERE organization_id = $1 AND before IS NULL
                 AND action IN ('oit-item.update', 'survey-target.set') AND after->>'fiscalYear' = '2567') AS audit`,
      [w.orgId],
    );
    // One row each, and exactly one of the four edits of each is recorded as the creation.
    expect(counts).toEqual({ items: 1, targets: 1, audit: 2 });
  });
});
