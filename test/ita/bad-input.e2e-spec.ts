import { ErrorReason as R } from '@prongsai/common';
import { TestApp } from '../setup/test-app';
import { CREATE_MEASURE, ItaWorld, OwnerProbe, firstError, itaWorld, measureInput, ok } from './ita-fixtures';

/**
 * One table per mutation: each row is an input, the BAD_USER_INPUT it earns with the field it names and the
 * reason (`extensions.reason`) a client shows a message for, and proof that nothing was written (row counts
 * of every ITA table and the audit log are unchanged).
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

  /** Runs the operation and checks code, field, reason and that no table changed. */
  async function expectRefused(
    query: string,
    variables: Record<string, unknown>,
    token: string,
    field: string,
    reason: R,
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
    expect({ ...firstError(res), reason: res.errors?.[0]?.extensions?.reason }).toEqual({
      code: 'BAD_USER_INPUT',
      field,
      reason,
    });
    expect(await snapshot()).toEqual(before);
  }

  const long = (n: number) => 'ก'.repeat(n);

  describe('createMeasure', () => {
    it.each<[string, Record<string, unknown>, string, R]>([
      ['empty title', { title: '' }, 'title', R.EMPTY_TEXT],
      ['whitespace title', { title: '  \n\t ' }, 'title', R.EMPTY_TEXT],
      ['title of 501 characters', { title: long(501) }, 'title', R.TEXT_TOO_LONG],
      ['title that is not a string', { title: 42 }, 'title', R.INVALID_VALUE],
      ['a blank step', { steps: ['ประชุม', '   '] }, 'steps.1', R.EMPTY_TEXT],
      ['a step of 2001 characters', { steps: [long(2001)] }, 'steps.0', R.TEXT_TOO_LONG],
      [
        '51 steps',
        { steps: Array.from({ length: 51 }, (_, i) => `ขั้นที่ ${i + 1}`) },
        'steps',
        R.TOO_MANY_ITEMS,
      ],
      ['empty responsible', { responsible: ' ' }, 'responsible', R.EMPTY_TEXT],
      ['responsible of 501 characters', { responsible: long(501) }, 'responsible', R.TEXT_TOO_LONG],
      ['30 February', { dueDate: '2023-02-30' }, 'dueDate', R.INVALID_DATE],
      ['a Thai date', { dueDate: '10 ก.พ. 66' }, 'dueDate', R.INVALID_DATE],
      ['no due date', { dueDate: null }, 'dueDate', R.INVALID_VALUE],
      [
        'a Buddhist year as Gregorian (outside the window)',
        { dueDate: '2566-02-10' },
        'dueDate',
        R.DUE_DATE_OUTSIDE_WINDOW,
      ],
      ['a due date two years early', { dueDate: '2020-10-01' }, 'dueDate', R.DUE_DATE_OUTSIDE_WINDOW],
      ['an unknown indicator', { indicatorCodes: ['9', '11'] }, 'indicatorCodes.1', R.UNKNOWN_INDICATOR],
      ['an OIT item code as indicator', { indicatorCodes: ['O42'] }, 'indicatorCodes.0', R.UNKNOWN_INDICATOR],
      ['an unknown fiscal year', { fiscalYear: 2599 }, 'fiscalYear', R.FISCAL_YEAR_WITHOUT_FRAMEWORK],
      ['a Gregorian fiscal year', { fiscalYear: 2023 }, 'fiscalYear', R.FISCAL_YEAR_WITHOUT_FRAMEWORK],
      ['a fiscal year that is not an integer', { fiscalYear: 2566.5 }, 'fiscalYear', R.INVALID_VALUE],
      ['an organization id that is not a UUID', { organizationId: 'org-1' }, 'organizationId', R.INVALID_ID],
    ])('%s', async (_scenario, override, field, reason) => {
      await expectRefused(
        CREATE_MEASURE,
        { input: measureInput(w.orgId, override) },
        w.tokens.lead,
        field,
        reason,
      );
    });
  });

  describe('updateMeasure', () => {
    const UPDATE = `mutation($id: ID!, $input: UpdateMeasureInput!) { updateMeasure(id: $id, input: $input) { id } }`;
    it.each<[string, () => string, Record<string, unknown>, string, R]>([
      ['whitespace title', () => measureId, { title: '   ' }, 'title', R.EMPTY_TEXT],
      ['title of 501 characters', () => measureId, { title: long(501) }, 'title', R.TEXT_TOO_LONG],
      ['a blank step', () => measureId, { steps: [''] }, 'steps.0', R.EMPTY_TEXT],
      ['30 February', () => measureId, { dueDate: '2023-02-30' }, 'dueDate', R.INVALID_DATE],
      [
        'a due date outside the window',
        () => measureId,
        { dueDate: '2030-01-01' },
        'dueDate',
        R.DUE_DATE_OUTSIDE_WINDOW,
      ],
      [
        'an unknown indicator',
        () => measureId,
        { indicatorCodes: ['0'] },
        'indicatorCodes.0',
        R.UNKNOWN_INDICATOR,
      ],
      ['an unknown status', () => measureId, { status: 'DONE' }, 'status', R.INVALID_VALUE],
      [
        'PLANNED → COMPLETED (skips IN_PROGRESS)',
        () => measureId,
        { status: 'COMPLETED' },
        'status',
        R.STATUS_CHANGE_NOT_ALLOWED,
      ],
      [
        'a valid title with an illegal status: nothing applied',
        () => measureId,
        { title: 'ใหม่', status: 'COMPLETED' },
        'status',
        R.STATUS_CHANGE_NOT_ALLOWED,
      ],
      ['COMPLETED → IN_PROGRESS', () => completedId, { status: 'IN_PROGRESS' }, 'status', R.MEASURE_CLOSED],
      ['COMPLETED → CANCELLED', () => completedId, { status: 'CANCELLED' }, 'status', R.MEASURE_CLOSED],
      ['CANCELLED → PLANNED', () => cancelledId, { status: 'PLANNED' }, 'status', R.MEASURE_CLOSED],
      ['CANCELLED → IN_PROGRESS', () => cancelledId, { status: 'IN_PROGRESS' }, 'status', R.MEASURE_CLOSED],
    ])('%s', async (_scenario, id, input, field, reason) => {
      await expectRefused(UPDATE, { id: id(), input }, w.tokens.lead, field, reason);
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
    it.each<[string, Record<string, unknown>, string, R]>([
      ['30 February', { dueDate: '2023-02-30' }, 'dueDate', R.INVALID_DATE],
      [
        "after the measure's due date (2023-02-10)",
        { dueDate: '2023-02-11' },
        'dueDate',
        R.DUE_DATE_AFTER_MEASURE,
      ],
      ['years before the fiscal year', { dueDate: '2019-01-01' }, 'dueDate', R.DUE_DATE_OUTSIDE_WINDOW],
      [
        'a Buddhist-era year typed as Gregorian',
        { dueDate: '2566-02-10' },
        'dueDate',
        R.DUE_DATE_AFTER_MEASURE,
      ],
      [
        'a valid date with done that is not a boolean',
        { dueDate: '2023-02-01', done: 'yes' },
        'done',
        R.INVALID_VALUE,
      ],
    ])('%s', async (_scenario, input, field, reason) => {
      await expectRefused(STEP, { id: stepId, input }, w.tokens.lead, field, reason);
    });
  });

  describe('completeMeasure', () => {
    const COMPLETE = `mutation($id: ID!, $result: String!) { completeMeasure(id: $id, result: $result) { id } }`;
    it.each<[string, () => string, unknown, string, R]>([
      ['empty result', () => measureId, '', 'result', R.EMPTY_TEXT],
      ['whitespace result', () => measureId, '   ', 'result', R.EMPTY_TEXT],
      ['result of 5001 characters', () => measureId, long(5001), 'result', R.TEXT_TOO_LONG],
      ['no result', () => measureId, null, 'result', R.INVALID_VALUE],
      ['an already completed measure', () => completedId, 'อีกครั้ง', 'status', R.MEASURE_CLOSED],
      ['a cancelled measure', () => cancelledId, 'เสร็จ', 'status', R.MEASURE_CLOSED],
    ])('%s', async (_scenario, id, result, field, reason) => {
      await expectRefused(COMPLETE, { id: id(), result }, w.tokens.member, field, reason);
    });
  });

  describe('addMeasureEvidence', () => {
    const ADD = `mutation($m: ID!, $input: AddMeasureEvidenceInput!) { addMeasureEvidence(measureId: $m, input: $input) { id } }`;
    it.each<[string, Record<string, unknown>, string, R]>([
      ['a javascript: link', { url: 'javascript:alert(1)', label: 'x' }, 'url', R.INVALID_URL],
      ['a bare domain', { url: 'ww2.ayutthaya.go.th/frontpage', label: 'x' }, 'url', R.INVALID_URL],
      ['a file: link', { url: 'file:///etc/passwd', label: 'x' }, 'url', R.INVALID_URL],
      ['an empty url', { url: ' ', label: 'x' }, 'url', R.EMPTY_TEXT],
      [
        'a url of 2001 characters',
        { url: `https://a.go.th/${'a'.repeat(1990)}`, label: 'x' },
        'url',
        R.TEXT_TOO_LONG,
      ],
      ['an empty label', { url: 'https://a.go.th', label: '' }, 'label', R.EMPTY_TEXT],
      ['a label of 301 characters', { url: 'https://a.go.th', label: long(301) }, 'label', R.TEXT_TOO_LONG],
    ])('%s', async (_scenario, input, field, reason) => {
      await expectRefused(ADD, { m: measureId, input }, w.tokens.member, field, reason);
    });
  });

  describe('createProvinceMeasure', () => {
    const CREATE = `mutation($input: CreateProvinceMeasureInput!) { createProvinceMeasure(input: $input) { measureCount } }`;
    const input = (override: Record<string, unknown>) => {
      const { organizationId: _o, ...rest } = measureInput(w.orgId);
      return { ...rest, provinceCode: '14', ...override };
    };
    it.each<[string, () => Record<string, unknown>, string, R]>([
      ['empty title', () => ({ title: '' }), 'title', R.EMPTY_TEXT],
      ['a blank step', () => ({ steps: ['ok', ''] }), 'steps.1', R.EMPTY_TEXT],
      ['an unknown indicator', () => ({ indicatorCodes: ['99'] }), 'indicatorCodes.0', R.UNKNOWN_INDICATOR],
      ['an unknown fiscal year', () => ({ fiscalYear: 2500 }), 'fiscalYear', R.FISCAL_YEAR_WITHOUT_FRAMEWORK],
      ['30 February', () => ({ dueDate: '2023-02-30' }), 'dueDate', R.INVALID_DATE],
      [
        'an empty list of organizations',
        () => ({ organizationIds: [] }),
        'organizationIds',
        R.NO_ORGANIZATIONS_NAMED,
      ],
      [
        'an organization id that is not a UUID',
        () => ({ organizationIds: [w.orgId, 'x'] }),
        'organizationIds.1',
        R.INVALID_ID,
      ],
      [
        'an organization outside the province',
        () => ({ organizationIds: ['00000000-0000-4000-8000-000000000000'] }),
        'organizationIds.0',
        R.ORGANIZATION_OUTSIDE_PROVINCE,
      ],
      [
        'a province code that is not 2 digits',
        () => ({ provinceCode: '1' }),
        'provinceCode',
        R.INVALID_PROVINCE_CODE,
      ],
    ])('%s', async (_scenario, override, field, reason) => {
      await expectRefused(CREATE, { input: input(override()) }, w.tokens.supervisor, field, reason);
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
    it.each<[string, Record<string, unknown>, string, R]>([
      ['score 101', { score: 101 }, 'score', R.SCORE_OUT_OF_RANGE],
      ['score 100.01', { score: 100.01 }, 'score', R.SCORE_OUT_OF_RANGE],
      ['a negative score', { score: -0.01 }, 'score', R.SCORE_OUT_OF_RANGE],
      ['a score that is not a number', { score: 'NaN' }, 'score', R.INVALID_VALUE],
      ['an unknown indicator', { indicatorCode: '11' }, 'indicatorCode', R.UNKNOWN_INDICATOR],
      ['an OIT item instead of an indicator', { indicatorCode: 'O1' }, 'indicatorCode', R.UNKNOWN_INDICATOR],
      ['an unknown fiscal year', { fiscalYear: 2599 }, 'fiscalYear', R.FISCAL_YEAR_WITHOUT_FRAMEWORK],
      ['an unknown source', { source: 'GUESS' }, 'source', R.INVALID_VALUE],
    ])('%s', async (_scenario, override, field, reason) => {
      // OFFICIAL is the province supervisor's to record.
      await expectRefused(RECORD, { input: input(override) }, w.tokens.supervisor, field, reason);
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
    it.each<[string, Record<string, unknown>, string, R]>([
      ['an item of no framework', { itemCode: 'O44' }, 'itemCode', R.UNKNOWN_OIT_ITEM],
      ['publishing without a link', { status: 'PUBLISHED' }, 'evidenceUrls', R.PUBLISHED_WITHOUT_EVIDENCE],
      [
        'publishing with an empty list of links',
        { status: 'PUBLISHED', evidenceUrls: [] },
        'evidenceUrls',
        R.PUBLISHED_WITHOUT_EVIDENCE,
      ],
      [
        'an ftp link',
        { evidenceUrls: ['ftp://files.example.go.th/o5.pdf'] },
        'evidenceUrls.0',
        R.INVALID_URL,
      ],
      [
        'a second link that is no URL',
        { evidenceUrls: ['https://ok.go.th/o5', 'เว็บไซต์ อบต.'] },
        'evidenceUrls.1',
        R.INVALID_URL,
      ],
      [
        '11 links',
        { evidenceUrls: Array.from({ length: 11 }, (_, i) => `https://a.go.th/${i}`) },
        'evidenceUrls',
        R.TOO_MANY_ITEMS,
      ],
      ['a note of 2001 characters', { note: long(2001) }, 'note', R.TEXT_TOO_LONG],
      ['an unknown status', { status: 'DONE' }, 'status', R.INVALID_VALUE],
      ['an unknown fiscal year', { fiscalYear: 2600 }, 'fiscalYear', R.FISCAL_YEAR_WITHOUT_FRAMEWORK],
    ])('%s', async (_scenario, override, field, reason) => {
      await expectRefused(UPDATE, { input: input(override) }, w.tokens.member, field, reason);
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
    it.each<[string, Record<string, unknown>, string, R]>([
      ['a draft item', {}, 'itemCode', R.OIT_ITEM_NOT_PUBLISHED],
      ['an item nobody touched', { itemCode: 'O6' }, 'itemCode', R.OIT_ITEM_NOT_PUBLISHED],
      ['an unknown item', { itemCode: 'X1' }, 'itemCode', R.UNKNOWN_OIT_ITEM],
      ['returning without a comment', { decision: 'RETURNED' }, 'comment', R.RETURN_WITHOUT_COMMENT],
      [
        'returning with a blank comment',
        { decision: 'RETURNED', comment: '  ' },
        'comment',
        R.RETURN_WITHOUT_COMMENT,
      ],
      ['an unknown decision', { decision: 'MAYBE' }, 'decision', R.INVALID_VALUE],
    ])('%s', async (_scenario, override, field, reason) => {
      await expectRefused(REVIEW, { input: input(override) }, w.tokens.supervisor, field, reason);
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
    it.each<[string, Record<string, unknown>, string, R]>([
      ['a 5-character access code', { accessCode: '15596' }, 'accessCode', R.INVALID_ACCESS_CODE],
      ['a 7-character access code', { accessCode: '15596dd' }, 'accessCode', R.INVALID_ACCESS_CODE],
      ['an upper-case access code', { accessCode: '15596D' }, 'accessCode', R.INVALID_ACCESS_CODE],
      ['an access code with a dash', { accessCode: '1559-d' }, 'accessCode', R.INVALID_ACCESS_CODE],
      ['a negative staff count', { eligibleStaffCount: -1 }, 'eligibleStaffCount', R.OUT_OF_RANGE],
      [
        'a staff count for the EIT',
        { tool: 'EIT', eligibleStaffCount: 40 },
        'eligibleStaffCount',
        R.ELIGIBLE_STAFF_COUNT_IIT_ONLY,
      ],
      ['a fractional minimum', { minimumResponses: 1.5 }, 'minimumResponses', R.INVALID_VALUE],
      ['an implausible response count', { responsesSoFar: 100_001 }, 'responsesSoFar', R.OUT_OF_RANGE],
      ['an unknown tool', { tool: 'XIT' }, 'tool', R.INVALID_VALUE],
      ['an unknown fiscal year', { fiscalYear: 1999 }, 'fiscalYear', R.FISCAL_YEAR_WITHOUT_FRAMEWORK],
    ])('%s', async (_scenario, override, field, reason) => {
      await expectRefused(SET, { input: input(override) }, w.tokens.lead, field, reason);
    });
  });

  describe('queries name bad arguments too', () => {
    it.each<[string, string, Record<string, unknown>, string, R]>([
      [
        'simulateScore with an unknown item',
        `query($o: ID!) { simulateScore(organizationId: $o, fiscalYear: 2566, metOitItems: ["O1", "O99"]) { delta } }`,
        {},
        'metOitItems.1',
        R.UNKNOWN_OIT_ITEM,
      ],
      [
        'simulateScore with a score of 101',
        `query($o: ID!) { simulateScore(organizationId: $o, fiscalYear: 2566, indicatorScores: [{ indicatorCode: "1", score: 101 }]) { delta } }`,
        {},
        'indicatorScores.0.score',
        R.SCORE_OUT_OF_RANGE,
      ],
      [
        'simulateScore with an unknown indicator',
        `query($o: ID!) { simulateScore(organizationId: $o, fiscalYear: 2566, indicatorScores: [{ indicatorCode: "1", score: 1 }, { indicatorCode: "12", score: 1 }]) { delta } }`,
        {},
        'indicatorScores.1.indicatorCode',
        R.UNKNOWN_INDICATOR,
      ],
      [
        'organizationProgress of an unknown year',
        `query($o: ID!) { organizationProgress(organizationId: $o, fiscalYear: 2599) { grade } }`,
        {},
        'fiscalYear',
        R.FISCAL_YEAR_WITHOUT_FRAMEWORK,
      ],
      [
        'measures of an unknown year',
        `query($o: ID!) { measures(organizationId: $o, fiscalYear: 1) { id } }`,
        {},
        'fiscalYear',
        R.FISCAL_YEAR_WITHOUT_FRAMEWORK,
      ],
      [
        'oitItems of an unknown year',
        `query($o: ID!) { oitItems(organizationId: $o, fiscalYear: 2599) { code } }`,
        {},
        'fiscalYear',
        R.FISCAL_YEAR_WITHOUT_FRAMEWORK,
      ],
      [
        'auditLog with first 0',
        `query($o: ID!) { auditLog(organizationId: $o, first: 0) { id } }`,
        {},
        'first',
        R.OUT_OF_RANGE,
      ],
      [
        'auditLog with first 101',
        `query($o: ID!) { auditLog(organizationId: $o, first: 101) { id } }`,
        {},
        'first',
        R.OUT_OF_RANGE,
      ],
      [
        'auditLog with a bad cursor',
        `query($o: ID!) { auditLog(organizationId: $o, before: "abc") { id } }`,
        {},
        'before',
        R.INVALID_ID,
      ],
    ])('%s', async (_scenario, query, variables, field, reason) => {
      await expectRefused(query, { o: w.orgId, ...variables }, w.tokens.lead, field, reason);
    });
  });
});
