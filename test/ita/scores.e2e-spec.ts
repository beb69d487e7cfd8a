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
    // The province supervisor enters the NACC's published results; the lead reads its estimate.
    await recordScores(t, w.tokens.supervisor, orgId, 2566, 'OFFICIAL', BANGKOK_2566);

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
    ok(await t.gql(RECORD_SCORE, { input: { ...input, score: 70 } }, w.tokens.supervisor));
    ok(await t.gql(RECORD_SCORE, { input: { ...input, score: 75.456 } }, w.tokens.supervisor));
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
    await recordScores(t, w.tokens.supervisor, orgId, 2565, 'OFFICIAL', surveyScores);
    let p = ok(await t.gql(PROGRESS, { o: orgId, y: 2566 }, lead)).organizationProgress;
    expect(p).toMatchObject({ estimatedScore: null, grade: null, passing: null, gapToPass: null });
    expect(p.toolScores.find((x: { tool: string }) => x.tool === 'OIT').score).toBeNull();

    await recordScores(t, w.tokens.supervisor, orgId, 2565, 'OFFICIAL', { '9': 60, '10': 70 });
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

  it("OFFICIAL scores are the province's to record: a lead's official 99 is FORBIDDEN naming the roles, and nothing moves", async () => {
    const orgId = await t.orgId('4141201');
    const lead = await t.token('lead.4141201@prongsai.example');
    await recordScores(t, w.tokens.supervisor, orgId, 2566, 'OFFICIAL', BANGKOK_2566);
    const before = await t.db.ownerQuery(
      `SELECT (SELECT count(*)::int FROM indicator_scores WHERE organization_id = $1) AS scores,
              (SELECT count(*)::int FROM audit_log WHERE organization_id = $1) AS audit,
              (SELECT estimated_score FROM organization_progress WHERE organization_id = $1 AND fiscal_year = 2566) AS estimate`,
      [orgId],
    );
    const official99 = {
      organizationId: orgId,
      fiscalYear: 2566,
      indicatorCode: '9',
      score: 99,
      source: 'OFFICIAL',
    };

    const refused = await t.gql(RECORD_SCORE, { input: { ...official99, score: 10 } }, lead);
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining('PROVINCE_SUPERVISOR'),
      extensions: { code: 'FORBIDDEN', reason: 'FORBIDDEN', requiredRoles: ['PROVINCE_SUPERVISOR', 'ADMIN'] },
    });
    // A supervisor of another province is refused the same way (READ fails first, so it names READ's roles).
    const outsider = await t.gql(RECORD_SCORE, { input: official99 }, w.tokens.outsider);
    expect(outsider.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FORBIDDEN' });
    expect(outsider.errors?.[0].extensions?.requiredRoles).toContain('PROVINCE_SUPERVISOR');
    // The same answer for an organization id that does not exist: the refusal tells nothing about the id.
    const unknown = await t.gql(
      RECORD_SCORE,
      { input: { ...official99, organizationId: '00000000-0000-4000-8000-000000000000' } },
      w.tokens.outsider,
    );
    expect(unknown.errors?.[0]).toEqual(outsider.errors?.[0]);
    // The lead's own supervisor (not a member) may not enter a self-assessment for the LAO.
    const selfBySupervisor = await t.gql(
      RECORD_SCORE,
      { input: { ...official99, source: 'SELF_ASSESSMENT' } },
      w.tokens.supervisor,
    );
    expect(selfBySupervisor.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredRoles: ['ORG_LEAD', 'ADMIN'],
    });
    const after = await t.db.ownerQuery(
      `SELECT (SELECT count(*)::int FROM indicator_scores WHERE organization_id = $1) AS scores,
              (SELECT count(*)::int FROM audit_log WHERE organization_id = $1) AS audit,
              (SELECT estimated_score FROM organization_progress WHERE organization_id = $1 AND fiscal_year = 2566) AS estimate`,
      [orgId],
    );
    expect(after).toEqual(before);
    expect(before[0]).toMatchObject({ scores: 10, estimate: '88.98' });

    // The lead's own estimate is a self-assessment, and it does count (latest self-assessment first).
    ok(await t.gql(RECORD_SCORE, { input: { ...official99, source: 'SELF_ASSESSMENT', score: 90 } }, lead));
    ok(await t.gql(RECORD_SCORE, { input: { ...official99, score: 98 } }, w.tokens.admin));
    const p = ok(await t.gql(PROGRESS, { o: orgId, y: 2566 }, lead)).organizationProgress;
    expect(p.indicators.find((i: { indicatorCode: string }) => i.indicatorCode === '9')).toMatchObject({
      score: 90,
      basis: 'SELF_ASSESSMENT',
    });
  });
});
