import { TestApp } from '../setup/test-app';
import { BANGKOK_2566, ItaWorld, PROGRESS, RECORD_SCORE, itaWorld, ok, recordScores } from './ita-fixtures';

describe('indicator scores and the estimate (e2e)', () => {
  let t: TestApp;
  let w: ItaWorld;
  beforeAll(async () => {
    t = await TestApp.create();
    w = await itaWorld(t);
  });
  afterAll(() => t.close());

  const SCORES = `query($o: ID!, $y: Int!) { indicatorScores(organizationId: $o, fiscalYear: $y) { indicatorCode score source fiscalYear } }`;
  const HISTORY = `query($o: ID!, $y: Int!) { indicatorScoreHistory(organizationId: $o, fiscalYear: $y) { indicatorCode score source } }`;

  it('reproduces Bangkok FY2566 end to end: ten indicator scores → 88.98, grade A, passing, no gap', async () => {
    const orgId = await t.orgId('4140801');
    const lead = await t.token('lead.4140801@prongsai.example');
    await recordScores(t, lead, orgId, 2566, 'OFFICIAL', BANGKOK_2566);

    const { organizationProgress: p } = ok(await t.gql(PROGRESS, { o: orgId, y: 2566 }, lead));
    expect(p).toMatchObject({
      estimatedScore: 88.98,
      grade: 'A',
      passing: true,
      gapToPass: 0,
      passThreshold: 85,
    });
    expect(p.toolScores).toEqual([
      { tool: 'IIT', weight: 0.3, score: 82.44 },
      { tool: 'EIT', weight: 0.3, score: 80.82 },
      { tool: 'OIT', weight: 0.4, score: 100 },
    ]);
    expect(p.indicators.every((i: { basis: string }) => i.basis === 'OFFICIAL')).toBe(true);
    // Stored, not only computed on read.
    const [row] = await t.db.ownerQuery<{ estimated_score: string; grade: string }>(
      `SELECT estimated_score, grade FROM organization_progress WHERE organization_id = $1 AND fiscal_year = 2566`,
      [orgId],
    );
    expect(row).toEqual({ estimated_score: '88.98', grade: 'A' });
  });

  it('keeps history: a correction is a new row, the latest counts, self-assessment beats official', async () => {
    const input = { organizationId: w.orgId, fiscalYear: 2566, indicatorCode: '7', source: 'OFFICIAL' };
    ok(await t.gql(RECORD_SCORE, { input: { ...input, score: 70 } }, w.tokens.lead));
    ok(await t.gql(RECORD_SCORE, { input: { ...input, score: 75.456 } }, w.tokens.lead));
    expect(ok(await t.gql(SCORES, { o: w.orgId, y: 2566 }, w.tokens.member)).indicatorScores).toEqual([
      { indicatorCode: '7', score: 75.46, source: 'OFFICIAL', fiscalYear: 2566 },
    ]);
    ok(
      await t.gql(RECORD_SCORE, { input: { ...input, source: 'SELF_ASSESSMENT', score: 81 } }, w.tokens.lead),
    );
    expect(ok(await t.gql(SCORES, { o: w.orgId, y: 2566 }, w.tokens.supervisor)).indicatorScores).toEqual([
      { indicatorCode: '7', score: 81, source: 'SELF_ASSESSMENT', fiscalYear: 2566 },
    ]);
    expect(ok(await t.gql(HISTORY, { o: w.orgId, y: 2566 }, w.tokens.lead)).indicatorScoreHistory).toEqual([
      { indicatorCode: '7', score: 81, source: 'SELF_ASSESSMENT' },
      { indicatorCode: '7', score: 75.46, source: 'OFFICIAL' },
      { indicatorCode: '7', score: 70, source: 'OFFICIAL' },
    ]);
    const rows = await t.db.ownerQuery(`SELECT 1 FROM indicator_scores WHERE organization_id = $1`, [
      w.orgId,
    ]);
    expect(rows).toHaveLength(3);
  });

  it('falls back to last year official scores; null estimate while a tool lacks data', async () => {
    const orgId = await t.orgId('4141101');
    const lead = await t.token('lead.4141101@prongsai.example');
    const { '9': _nine, '10': _ten, ...surveyScores } = BANGKOK_2566;
    await recordScores(t, lead, orgId, 2565, 'OFFICIAL', surveyScores);
    let p = ok(await t.gql(PROGRESS, { o: orgId, y: 2566 }, lead)).organizationProgress;
    expect(p).toMatchObject({ estimatedScore: null, grade: null, passing: null, gapToPass: null });
    expect(p.toolScores.find((x: { tool: string }) => x.tool === 'OIT').score).toBeNull();

    await recordScores(t, lead, orgId, 2565, 'OFFICIAL', { '9': 60, '10': 70 });
    p = ok(await t.gql(PROGRESS, { o: orgId, y: 2566 }, lead)).organizationProgress;
    // 0.3 × 82.44 + 0.3 × 80.82 + 0.4 × 65 = 74.978
    expect(p).toMatchObject({ estimatedScore: 74.98, grade: 'C', passing: false, gapToPass: 10.02 });
    expect(p.indicators[0]).toEqual({
      indicatorCode: '1',
      score: 82.44,
      basis: 'PREVIOUS_YEAR_OFFICIAL',
      fiscalYear: 2565,
    });

    await recordScores(t, lead, orgId, 2566, 'SELF_ASSESSMENT', { '9': 100, '10': 100 });
    p = ok(await t.gql(PROGRESS, { o: orgId, y: 2566 }, lead)).organizationProgress;
    expect(p).toMatchObject({ estimatedScore: 88.98, grade: 'A', passing: true, gapToPass: 0 });
  });
});
