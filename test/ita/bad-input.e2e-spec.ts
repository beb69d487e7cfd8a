import { TestApp } from '../setup/test-app';
import { CREATE_MEASURE, ItaWorld, OwnerProbe, firstError, itaWorld, measureInput, ok } from './ita-fixtures';

/**
 * One table per mutation: each row is an input, the BAD_USER_INPUT it earns with the field it names, and
 * proof that nothing was written (row counts of every ITA table and the audit log are unchanged).
 */
describe('bad input is refused, naming the field, and writes nothing (e2e)', () => {
  let t: TestApp;
  let w: ItaWorld;
  let db: OwnerProbe;
  let measureId: string;
  let completedId: string;
  let cancelledId: string;
  beforeAll(async () => {
    t = await TestApp.create();
    w = await itaWorld(t);
    db = await OwnerProbe.open(t);
    const create = async () =>
      ok(await t.gql(CREATE_MEASURE, { input: measureInput(w.orgId) }, w.tokens.lead)).createMeasure
        .id as string;
    measureId = await create();
    completedId = await create();
    cancelledId = await create();
    ok(
      await t.gql(
        `mutation($id: ID!) { completeMeasure(id: $id, result: "เสร็จ") { id } }`,
        { id: completedId },
        w.tokens.lead,
      ),
    );
    ok(
      await t.gql(
        `mutation($id: ID!) { updateMeasure(id: $id, input: { status: CANCELLED }) { id } }`,
        { id: cancelledId },
        w.tokens.lead,
      ),
    );
    ok(
      await t.gql(
        `mutation($o: ID!) { updateOitItem(input: { organizationId: $o, fiscalYear: 2566, itemCode: "O5", status: DRAFT }) { code } }`,
        { o: w.orgId },
        w.tokens.lead,
      ),
    );
  });
  afterAll(async () => {
    await db.close();
    await t.close();
  });

  /** Runs the operation and checks code, field and that no table changed. */
  async function expectRefused(
    query: string,
    variables: Record<string, unknown>,
    token: string,
    field: string,
  ): Promise<void> {
    const snapshot = async () => ({
      counts: await db.rowCounts(),
      measure: await db.query(`SELECT * FROM measures WHERE id = $1`, [measureId]),
      steps: await db.query(`SELECT * FROM measure_steps WHERE measure_id = $1 ORDER BY position`, [
        measureId,
      ]),
    });
    const before = await snapshot();
    const res = await t.gql(query, variables, token);
    expect(firstError(res)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await snapshot()).toEqual(before);
  }

  const long = (n: number) => 'ก'.repeat(n);

  describe('createMeasure', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['empty title', { title: '' }, 'title'],
      ['whitespace title', { title: '  \n\t ' }, 'title'],
      ['title of 501 characters', { title: long(501) }, 'title'],
      ['title that is not a string', { title: 42 }, 'title'],
      ['a blank step', { steps: ['ประชุม', '   '] }, 'steps.1'],
      ['a step of 2001 characters', { steps: [long(2001)] }, 'steps.0'],
      ['51 steps', { steps: Array.from({ length: 51 }, (_, i) => `ขั้นที่ ${i + 1}`) }, 'steps'],
      ['empty responsible', { responsible: ' ' }, 'responsible'],
      ['responsible of 501 characters', { responsible: long(501) }, 'responsible'],
      ['30 February', { dueDate: '2023-02-30' }, 'dueDate'],
      ['a Thai date', { dueDate: '10 ก.พ. 66' }, 'dueDate'],
      ['no due date', { dueDate: null }, 'dueDate'],
      ['a Buddhist year as Gregorian (outside the window)', { dueDate: '2566-02-10' }, 'dueDate'],
      ['a due date two years early', { dueDate: '2020-10-01' }, 'dueDate'],
      ['an unknown indicator', { indicatorCodes: ['9', '11'] }, 'indicatorCodes.1'],
      ['an OIT item code as indicator', { indicatorCodes: ['O42'] }, 'indicatorCodes.0'],
      ['an unknown fiscal year', { fiscalYear: 2599 }, 'fiscalYear'],
      ['a Gregorian fiscal year', { fiscalYear: 2023 }, 'fiscalYear'],
      ['a fiscal year that is not an integer', { fiscalYear: 2566.5 }, 'fiscalYear'],
      ['an organization id that is not a UUID', { organizationId: 'org-1' }, 'organizationId'],
    ])('%s', async (_scenario, override, field) => {
      await expectRefused(CREATE_MEASURE, { input: measureInput(w.orgId, override) }, w.tokens.lead, field);
    });
  });

  describe('updateMeasure', () => {
    const UPDATE = `mutation($id: ID!, $input: UpdateMeasureInput!) { updateMeasure(id: $id, input: $input) { id } }`;
    it.each<[string, () => string, Record<string, unknown>, string]>([
      ['whitespace title', () => measureId, { title: '   ' }, 'title'],
      ['title of 501 characters', () => measureId, { title: long(501) }, 'title'],
      ['a blank step', () => measureId, { steps: [''] }, 'steps.0'],
      ['30 February', () => measureId, { dueDate: '2023-02-30' }, 'dueDate'],
      ['a due date outside the window', () => measureId, { dueDate: '2030-01-01' }, 'dueDate'],
      ['an unknown indicator', () => measureId, { indicatorCodes: ['0'] }, 'indicatorCodes.0'],
      ['an unknown status', () => measureId, { status: 'DONE' }, 'status'],
      ['PLANNED → COMPLETED (skips IN_PROGRESS)', () => measureId, { status: 'COMPLETED' }, 'status'],
      [
        'a valid title with an illegal status: nothing applied',
        () => measureId,
        { title: 'ใหม่', status: 'COMPLETED' },
        'status',
      ],
      ['COMPLETED → IN_PROGRESS', () => completedId, { status: 'IN_PROGRESS' }, 'status'],
      ['COMPLETED → CANCELLED', () => completedId, { status: 'CANCELLED' }, 'status'],
      ['CANCELLED → PLANNED', () => cancelledId, { status: 'PLANNED' }, 'status'],
      ['CANCELLED → IN_PROGRESS', () => cancelledId, { status: 'IN_PROGRESS' }, 'status'],
    ])('%s', async (_scenario, id, input, field) => {
      await expectRefused(UPDATE, { id: id(), input }, w.tokens.lead, field);
    });
  });

  describe('updateMeasureStep', () => {
    const STEP = `mutation($id: ID!, $input: UpdateMeasureStepInput!) { updateMeasureStep(id: $id, input: $input) { id } }`;
    let stepId: string;
    beforeAll(async () => {
      [{ id: stepId }] = await db.query<{ id: string }>(
        `SELECT id FROM measure_steps WHERE measure_id = $1 ORDER BY position LIMIT 1`,
        [measureId],
      );
    });
    it.each<[string, Record<string, unknown>, string]>([
      ['30 February', { dueDate: '2023-02-30' }, 'dueDate'],
      ["after the measure's due date (2023-02-10)", { dueDate: '2023-02-11' }, 'dueDate'],
      ['years before the fiscal year', { dueDate: '2019-01-01' }, 'dueDate'],
      ['a Buddhist-era year typed as Gregorian', { dueDate: '2566-02-10' }, 'dueDate'],
      ['a valid date with done that is not a boolean', { dueDate: '2023-02-01', done: 'yes' }, 'done'],
    ])('%s', async (_scenario, input, field) => {
      await expectRefused(STEP, { id: stepId, input }, w.tokens.lead, field);
    });
  });

  describe('completeMeasure', () => {
    const COMPLETE = `mutation($id: ID!, $result: String!) { completeMeasure(id: $id, result: $result) { id } }`;
    it.each<[string, () => string, unknown, string]>([
      ['empty result', () => measureId, '', 'result'],
      ['whitespace result', () => measureId, '   ', 'result'],
      ['result of 5001 characters', () => measureId, long(5001), 'result'],
      ['no result', () => measureId, null, 'result'],
      ['an already completed measure', () => completedId, 'อีกครั้ง', 'status'],
      ['a cancelled measure', () => cancelledId, 'เสร็จ', 'status'],
    ])('%s', async (_scenario, id, result, field) => {
      await expectRefused(COMPLETE, { id: id(), result }, w.tokens.member, field);
    });
  });

  describe('addMeasureEvidence', () => {
    const ADD = `mutation($m: ID!, $input: AddMeasureEvidenceInput!) { addMeasureEvidence(measureId: $m, input: $input) { id } }`;
    it.each<[string, Record<string, unknown>, string]>([
      ['a javascript: link', { url: 'javascript:alert(1)', label: 'x' }, 'url'],
      ['a bare domain', { url: 'ww2.ayutthaya.go.th/frontpage', label: 'x' }, 'url'],
      ['a file: link', { url: 'file:///etc/passwd', label: 'x' }, 'url'],
      ['an empty url', { url: ' ', label: 'x' }, 'url'],
      ['a url of 2001 characters', { url: `https://a.go.th/${'a'.repeat(1990)}`, label: 'x' }, 'url'],
      ['an empty label', { url: 'https://a.go.th', label: '' }, 'label'],
      ['a label of 301 characters', { url: 'https://a.go.th', label: long(301) }, 'label'],
    ])('%s', async (_scenario, input, field) => {
      await expectRefused(ADD, { m: measureId, input }, w.tokens.member, field);
    });
  });

  describe('createProvinceMeasure', () => {
    const CREATE = `mutation($input: CreateProvinceMeasureInput!) { createProvinceMeasure(input: $input) { measureCount } }`;
    const input = (override: Record<string, unknown>) => {
      const { organizationId: _o, ...rest } = measureInput(w.orgId);
      return { ...rest, provinceCode: '14', ...override };
    };
    it.each<[string, () => Record<string, unknown>, string]>([
      ['empty title', () => ({ title: '' }), 'title'],
      ['a blank step', () => ({ steps: ['ok', ''] }), 'steps.1'],
      ['an unknown indicator', () => ({ indicatorCodes: ['99'] }), 'indicatorCodes.0'],
      ['an unknown fiscal year', () => ({ fiscalYear: 2500 }), 'fiscalYear'],
      ['30 February', () => ({ dueDate: '2023-02-30' }), 'dueDate'],
      ['an empty list of organizations', () => ({ organizationIds: [] }), 'organizationIds'],
      [
        'an organization id that is not a UUID',
        () => ({ organizationIds: [w.orgId, 'x'] }),
        'organizationIds.1',
      ],
      [
        'an organization outside the province',
        () => ({ organizationIds: ['00000000-0000-4000-8000-000000000000'] }),
        'organizationIds.0',
      ],
      ['a province code that is not 2 digits', () => ({ provinceCode: '1' }), 'provinceCode'],
    ])('%s', async (_scenario, override, field) => {
      await expectRefused(CREATE, { input: input(override()) }, w.tokens.supervisor, field);
    });
  });

  describe('recordIndicatorScore', () => {
    const RECORD = `mutation($input: RecordIndicatorScoreInput!) { recordIndicatorScore(input: $input) { score } }`;
    const input = (override: Record<string, unknown>) => ({
      organizationId: w.orgId,
      fiscalYear: 2566,
      indicatorCode: '1',
      score: 80,
      source: 'OFFICIAL',
      ...override,
    });
    it.each<[string, Record<string, unknown>, string]>([
      ['score 101', { score: 101 }, 'score'],
      ['score 100.01', { score: 100.01 }, 'score'],
      ['a negative score', { score: -0.01 }, 'score'],
      ['a score that is not a number', { score: 'NaN' }, 'score'],
      ['an unknown indicator', { indicatorCode: '11' }, 'indicatorCode'],
      ['an OIT item instead of an indicator', { indicatorCode: 'O1' }, 'indicatorCode'],
      ['an unknown fiscal year', { fiscalYear: 2599 }, 'fiscalYear'],
      ['an unknown source', { source: 'GUESS' }, 'source'],
    ])('%s', async (_scenario, override, field) => {
      await expectRefused(RECORD, { input: input(override) }, w.tokens.lead, field);
    });
  });

  describe('updateOitItem', () => {
    const UPDATE = `mutation($input: UpdateOitItemInput!) { updateOitItem(input: $input) { code } }`;
    const input = (override: Record<string, unknown>) => ({
      organizationId: w.orgId,
      fiscalYear: 2566,
      itemCode: 'O5',
      ...override,
    });
    it.each<[string, Record<string, unknown>, string]>([
      ['an item of no framework', { itemCode: 'O44' }, 'itemCode'],
      ['publishing without a link', { status: 'PUBLISHED' }, 'evidenceUrls'],
      ['publishing with an empty list of links', { status: 'PUBLISHED', evidenceUrls: [] }, 'evidenceUrls'],
      ['an ftp link', { evidenceUrls: ['ftp://files.example.go.th/o5.pdf'] }, 'evidenceUrls.0'],
      [
        'a second link that is no URL',
        { evidenceUrls: ['https://ok.go.th/o5', 'เว็บไซต์ อบต.'] },
        'evidenceUrls.1',
      ],
      [
        '11 links',
        { evidenceUrls: Array.from({ length: 11 }, (_, i) => `https://a.go.th/${i}`) },
        'evidenceUrls',
      ],
      ['a note of 2001 characters', { note: long(2001) }, 'note'],
      ['an unknown status', { status: 'DONE' }, 'status'],
      ['an unknown fiscal year', { fiscalYear: 2600 }, 'fiscalYear'],
    ])('%s', async (_scenario, override, field) => {
      await expectRefused(UPDATE, { input: input(override) }, w.tokens.member, field);
    });
  });

  describe('reviewOitItem', () => {
    const REVIEW = `mutation($input: ReviewOitItemInput!) { reviewOitItem(input: $input) { code } }`;
    const input = (override: Record<string, unknown>) => ({
      organizationId: w.orgId,
      fiscalYear: 2566,
      itemCode: 'O5',
      decision: 'ACCEPTED',
      ...override,
    });
    it.each<[string, Record<string, unknown>, string]>([
      ['a draft item', {}, 'itemCode'],
      ['an item nobody touched', { itemCode: 'O6' }, 'itemCode'],
      ['an unknown item', { itemCode: 'X1' }, 'itemCode'],
      ['returning without a comment', { decision: 'RETURNED' }, 'comment'],
      ['returning with a blank comment', { decision: 'RETURNED', comment: '  ' }, 'comment'],
      ['an unknown decision', { decision: 'MAYBE' }, 'decision'],
    ])('%s', async (_scenario, override, field) => {
      await expectRefused(REVIEW, { input: input(override) }, w.tokens.supervisor, field);
    });
  });

  describe('setSurveyTarget', () => {
    const SET = `mutation($input: SetSurveyTargetInput!) { setSurveyTarget(input: $input) { id } }`;
    const input = (override: Record<string, unknown>) => ({
      organizationId: w.orgId,
      fiscalYear: 2566,
      tool: 'IIT',
      ...override,
    });
    it.each<[string, Record<string, unknown>, string]>([
      ['a 5-character access code', { accessCode: '15596' }, 'accessCode'],
      ['a 7-character access code', { accessCode: '15596dd' }, 'accessCode'],
      ['an upper-case access code', { accessCode: '15596D' }, 'accessCode'],
      ['an access code with a dash', { accessCode: '1559-d' }, 'accessCode'],
      ['a negative staff count', { eligibleStaffCount: -1 }, 'eligibleStaffCount'],
      ['a staff count for the EIT', { tool: 'EIT', eligibleStaffCount: 40 }, 'eligibleStaffCount'],
      ['a fractional minimum', { minimumResponses: 1.5 }, 'minimumResponses'],
      ['an implausible response count', { responsesSoFar: 100_001 }, 'responsesSoFar'],
      ['an unknown tool', { tool: 'XIT' }, 'tool'],
      ['an unknown fiscal year', { fiscalYear: 1999 }, 'fiscalYear'],
    ])('%s', async (_scenario, override, field) => {
      await expectRefused(SET, { input: input(override) }, w.tokens.lead, field);
    });
  });

  describe('queries name bad arguments too', () => {
    it.each<[string, string, Record<string, unknown>, string]>([
      [
        'simulateScore with an unknown item',
        `query($o: ID!) { simulateScore(organizationId: $o, fiscalYear: 2566, metOitItems: ["O1", "O99"]) { delta } }`,
        {},
        'metOitItems.1',
      ],
      [
        'simulateScore with a score of 101',
        `query($o: ID!) { simulateScore(organizationId: $o, fiscalYear: 2566, indicatorScores: [{ indicatorCode: "1", score: 101 }]) { delta } }`,
        {},
        'indicatorScores.0.score',
      ],
      [
        'simulateScore with an unknown indicator',
        `query($o: ID!) { simulateScore(organizationId: $o, fiscalYear: 2566, indicatorScores: [{ indicatorCode: "1", score: 1 }, { indicatorCode: "12", score: 1 }]) { delta } }`,
        {},
        'indicatorScores.1.indicatorCode',
      ],
      [
        'organizationProgress of an unknown year',
        `query($o: ID!) { organizationProgress(organizationId: $o, fiscalYear: 2599) { grade } }`,
        {},
        'fiscalYear',
      ],
      [
        'measures of an unknown year',
        `query($o: ID!) { measures(organizationId: $o, fiscalYear: 1) { id } }`,
        {},
        'fiscalYear',
      ],
      [
        'oitItems of an unknown year',
        `query($o: ID!) { oitItems(organizationId: $o, fiscalYear: 2599) { code } }`,
        {},
        'fiscalYear',
      ],
      [
        'auditLog with first 0',
        `query($o: ID!) { auditLog(organizationId: $o, first: 0) { id } }`,
        {},
        'first',
      ],
      [
        'auditLog with first 101',
        `query($o: ID!) { auditLog(organizationId: $o, first: 101) { id } }`,
        {},
        'first',
      ],
      [
        'auditLog with a bad cursor',
        `query($o: ID!) { auditLog(organizationId: $o, before: "abc") { id } }`,
        {},
        'before',
      ],
    ])('%s', async (_scenario, query, variables, field) => {
      await expectRefused(query, { o: w.orgId, ...variables }, w.tokens.lead, field);
    });
  });
});
