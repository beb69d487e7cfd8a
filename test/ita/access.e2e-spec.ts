import { ErrorReason } from '@prongsai/common';
import { loadBundledFrameworks } from '@prongsai/frameworks';
import { GqlResponse, TestApp, userId } from '../setup/test-app';
import { ActorName, CREATE_MEASURE, ItaWorld, OWN_CODE, itaWorld, measureInput, ok } from './ita-fixtures';

/**
 * Every ITA query and mutation as each kind of caller. Expected: 'ok' (data), 'null' (the field answers null),
 * or the error code with its reason. Id-based mutations load the row under row-level security first, so a
 * row of another tenant is NOT_FOUND (the same answer as a row that does not exist), while a visible row the
 * caller may not change is FORBIDDEN.
 */
type Outcome = 'ok' | 'null' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';
type Caller = ActorName | 'anonymous';

interface Operation {
  name: string;
  field: string;
  /** Per caller; anonymous is always UNAUTHENTICATED. */
  expect: Record<ActorName, Outcome>;
  /** The reason of a NOT_FOUND: the row the operation loads first (default: its measure). */
  notFound?: ErrorReason;
  /** The reason of a FORBIDDEN (default FORBIDDEN; ROLE_REQUIRED for ADMIN-only operations). */
  forbidden?: ErrorReason;
  run: (token: string | undefined) => Promise<GqlResponse>;
}

const READ: Record<ActorName, Outcome> = {
  lead: 'ok',
  member: 'ok',
  supervisor: 'ok',
  stranger: 'FORBIDDEN',
  outsider: 'FORBIDDEN',
  admin: 'ok',
};
const MANAGE: Record<ActorName, Outcome> = { ...READ, member: 'FORBIDDEN', supervisor: 'FORBIDDEN' };
const CONTRIBUTE: Record<ActorName, Outcome> = { ...READ, supervisor: 'FORBIDDEN' };
const REVIEW: Record<ActorName, Outcome> = { ...READ, lead: 'FORBIDDEN', member: 'FORBIDDEN' };
const ADMIN_ONLY: Record<ActorName, Outcome> = {
  lead: 'FORBIDDEN',
  member: 'FORBIDDEN',
  supervisor: 'FORBIDDEN',
  stranger: 'FORBIDDEN',
  outsider: 'FORBIDDEN',
  admin: 'ok',
};
const byId = (level: Record<ActorName, Outcome>): Record<ActorName, Outcome> => ({
  ...level,
  stranger: 'NOT_FOUND',
  outsider: 'NOT_FOUND',
});

describe('access to the ITA API (e2e)', () => {
  let t: TestApp;
  let w: ItaWorld;
  let leadId: string;
  beforeAll(async () => {
    t = await TestApp.create();
    w = await itaWorld(t);
    leadId = await userId(t, `lead.${OWN_CODE}@prongsai.example`);
  });
  afterAll(() => t.close());

  /** A fresh measure of the own organization, created by its lead. */
  async function newMeasure(): Promise<string> {
    return ok(await t.gql(CREATE_MEASURE, { input: measureInput(w.orgId) }, w.tokens.lead)).createMeasure.id;
  }

  /** The first step of a fresh measure. */
  async function newStep(): Promise<string> {
    const res = await t.gql(
      `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { steps { id } } }`,
      { input: measureInput(w.orgId) },
      w.tokens.lead,
    );
    return ok(res).createMeasure.steps[0].id;
  }

  async function newEvidence(): Promise<string> {
    const measureId = await newMeasure();
    const res = await t.gql(
      `mutation($m: ID!) { addMeasureEvidence(measureId: $m, input: { url: "https://example.go.th/a", label: "ภาพ" }) { evidence { id } } }`,
      { m: measureId },
      w.tokens.lead,
    );
    return ok(res).addMeasureEvidence.evidence[0].id;
  }

  const orgArgs = () => ({ o: w.orgId, y: 2566 });

  /** Framework drafts for the ADMIN-only rows: a fresh fiscal year per call, copied from FY2567. */
  let draftYear = 2600;
  async function newDraft(): Promise<string> {
    const res = await t.gql(
      `mutation($y: Int!) { createFrameworkDraft(input: { fiscalYear: $y, copyFromFiscalYear: 2567 }) { id } }`,
      { y: draftYear++ },
      w.tokens.admin,
    );
    return ok(res).createFrameworkDraft.id;
  }
  const frameworkFile = (fiscalYear: number) => JSON.stringify({ ...loadBundledFrameworks()[2], fiscalYear });
  const query = (q: string) => (token: string | undefined) => t.gql(q, orgArgs(), token);

  const operations: Operation[] = [
    {
      name: 'framework',
      field: 'framework',
      expect: { ...READ, stranger: 'ok', outsider: 'ok' },
      run: (token) => t.gql(`{ framework(fiscalYear: 2566) { fiscalYear } }`, {}, token),
    },
    {
      name: 'frameworkYears',
      field: 'frameworkYears',
      expect: { ...READ, stranger: 'ok', outsider: 'ok' },
      run: (token) => t.gql(`{ frameworkYears }`, {}, token),
    },
    {
      name: 'frameworkVersions',
      field: 'frameworkVersions',
      expect: ADMIN_ONLY,
      forbidden: ErrorReason.ROLE_REQUIRED,
      run: (token) => t.gql(`{ frameworkVersions(fiscalYear: 2566) { id } }`, {}, token),
    },
    {
      name: 'frameworkVersion',
      field: 'frameworkVersion',
      expect: ADMIN_ONLY,
      forbidden: ErrorReason.ROLE_REQUIRED,
      run: async (token) => {
        const id = ok(await t.gql(`{ framework(fiscalYear: 2566) { versionId } }`, {}, w.tokens.lead))
          .framework.versionId;
        return t.gql(`query($id: ID!) { frameworkVersion(id: $id) { id } }`, { id }, token);
      },
    },
    {
      name: 'frameworkFile',
      field: 'frameworkFile',
      expect: ADMIN_ONLY,
      forbidden: ErrorReason.ROLE_REQUIRED,
      run: async (token) => {
        const id = ok(await t.gql(`{ framework(fiscalYear: 2566) { versionId } }`, {}, w.tokens.lead))
          .framework.versionId;
        return t.gql(`query($id: ID!) { frameworkFile(id: $id, format: XLSX) }`, { id }, token);
      },
    },
    {
      name: 'validateFrameworkFile',
      field: 'validateFrameworkFile',
      expect: ADMIN_ONLY,
      forbidden: ErrorReason.ROLE_REQUIRED,
      run: (token) =>
        t.gql(
          `query($c: String!) { validateFrameworkFile(input: { format: JSON, content: $c }) { path } }`,
          { c: frameworkFile(2566) },
          token,
        ),
    },
    {
      name: 'createFrameworkDraft',
      field: 'createFrameworkDraft',
      expect: ADMIN_ONLY,
      forbidden: ErrorReason.ROLE_REQUIRED,
      run: (token) =>
        t.gql(
          `mutation($y: Int!) { createFrameworkDraft(input: { fiscalYear: $y, copyFromFiscalYear: 2567 }) { id } }`,
          { y: draftYear++ },
          token,
        ),
    },
    {
      name: 'updateFrameworkDraft',
      field: 'updateFrameworkDraft',
      expect: ADMIN_ONLY,
      forbidden: ErrorReason.ROLE_REQUIRED,
      run: async (token) =>
        t.gql(
          `mutation($id: ID!) { updateFrameworkDraft(id: $id, input: { note: "ร่าง" }) { id } }`,
          { id: await newDraft() },
          token,
        ),
    },
    {
      name: 'importFrameworkDraft',
      field: 'importFrameworkDraft',
      expect: ADMIN_ONLY,
      forbidden: ErrorReason.ROLE_REQUIRED,
      run: (token) =>
        t.gql(
          `mutation($c: String!) { importFrameworkDraft(input: { format: JSON, content: $c }) { id } }`,
          { c: frameworkFile(draftYear++) },
          token,
        ),
    },
    {
      name: 'publishFrameworkDraft',
      field: 'publishFrameworkDraft',
      expect: ADMIN_ONLY,
      forbidden: ErrorReason.ROLE_REQUIRED,
      run: async (token) =>
        t.gql(
          `mutation($id: ID!) { publishFrameworkDraft(id: $id) { id } }`,
          { id: await newDraft() },
          token,
        ),
    },
    {
      name: 'discardFrameworkDraft',
      field: 'discardFrameworkDraft',
      expect: ADMIN_ONLY,
      forbidden: ErrorReason.ROLE_REQUIRED,
      run: async (token) =>
        t.gql(`mutation($id: ID!) { discardFrameworkDraft(id: $id) }`, { id: await newDraft() }, token),
    },
    {
      name: 'carryOverCandidates',
      field: 'carryOverCandidates',
      expect: READ,
      run: query(
        `query($o: ID!, $y: Int!) { carryOverCandidates(organizationId: $o, fiscalYear: $y) { id } }`,
      ),
    },
    {
      name: 'carryOverMeasures',
      field: 'carryOverMeasures',
      expect: MANAGE,
      run: (token) =>
        t.gql(
          `mutation($o: ID!) { carryOverMeasures(input: { organizationId: $o, fiscalYear: 2566, measureIds: [] }) { carried { id } } }`,
          { o: w.orgId },
          token,
        ),
    },
    {
      name: 'prefillOitItems',
      field: 'prefillOitItems',
      expect: MANAGE,
      run: query(`mutation($o: ID!, $y: Int!) { prefillOitItems(organizationId: $o, fiscalYear: $y) }`),
    },
    {
      name: 'carryOverSurveyTargets',
      field: 'carryOverSurveyTargets',
      expect: MANAGE,
      run: query(
        `mutation($o: ID!, $y: Int!) { carryOverSurveyTargets(organizationId: $o, fiscalYear: $y) { id } }`,
      ),
    },
    {
      name: 'measures',
      field: 'measures',
      expect: READ,
      run: query(`query($o: ID!, $y: Int!) { measures(organizationId: $o, fiscalYear: $y) { id } }`),
    },
    {
      name: 'measure(id)',
      field: 'measure',
      expect: { ...READ, stranger: 'null', outsider: 'null' },
      run: async (token) =>
        t.gql(`query($id: ID!) { measure(id: $id) { id } }`, { id: await newMeasure() }, token),
    },
    {
      name: 'createMeasure',
      field: 'createMeasure',
      expect: MANAGE,
      run: (token) => t.gql(CREATE_MEASURE, { input: measureInput(w.orgId) }, token),
    },
    {
      name: 'updateMeasure (title)',
      field: 'updateMeasure',
      expect: byId(MANAGE),
      run: async (token) =>
        t.gql(
          `mutation($id: ID!) { updateMeasure(id: $id, input: { title: "ปรับชื่อมาตรการ" }) { id } }`,
          { id: await newMeasure() },
          token,
        ),
    },
    {
      name: 'updateMeasure (status only)',
      field: 'updateMeasure',
      expect: byId(CONTRIBUTE),
      run: async (token) =>
        t.gql(
          `mutation($id: ID!) { updateMeasure(id: $id, input: { status: IN_PROGRESS }) { id } }`,
          { id: await newMeasure() },
          token,
        ),
    },
    {
      name: 'completeMeasure',
      field: 'completeMeasure',
      expect: byId(CONTRIBUTE),
      run: async (token) =>
        t.gql(
          `mutation($id: ID!) { completeMeasure(id: $id, result: "ดำเนินการแล้วเสร็จ") { id } }`,
          { id: await newMeasure() },
          token,
        ),
    },
    {
      name: 'deleteMeasure',
      field: 'deleteMeasure',
      expect: byId(MANAGE),
      run: async (token) =>
        t.gql(`mutation($id: ID!) { deleteMeasure(id: $id) }`, { id: await newMeasure() }, token),
    },
    {
      name: 'addMeasureEvidence',
      field: 'addMeasureEvidence',
      expect: byId(CONTRIBUTE),
      run: async (token) =>
        t.gql(
          `mutation($m: ID!) { addMeasureEvidence(measureId: $m, input: { url: "https://example.go.th/b", label: "รายงาน" }) { id } }`,
          { m: await newMeasure() },
          token,
        ),
    },
    {
      name: 'removeMeasureEvidence',
      field: 'removeMeasureEvidence',
      expect: byId(CONTRIBUTE),
      notFound: ErrorReason.EVIDENCE_NOT_FOUND,
      run: async (token) =>
        t.gql(
          `mutation($id: ID!) { removeMeasureEvidence(id: $id) { id } }`,
          { id: await newEvidence() },
          token,
        ),
    },
    {
      name: 'updateMeasureStep (dueDate)',
      field: 'updateMeasureStep',
      expect: byId(MANAGE),
      notFound: ErrorReason.STEP_NOT_FOUND,
      run: async (token) =>
        t.gql(
          `mutation($id: ID!) { updateMeasureStep(id: $id, input: { dueDate: "2023-02-01" }) { id } }`,
          { id: await newStep() },
          token,
        ),
    },
    {
      name: 'updateMeasureStep (done only)',
      field: 'updateMeasureStep',
      expect: byId(CONTRIBUTE),
      notFound: ErrorReason.STEP_NOT_FOUND,
      run: async (token) =>
        t.gql(
          `mutation($id: ID!) { updateMeasureStep(id: $id, input: { done: true }) { id } }`,
          { id: await newStep() },
          token,
        ),
    },
    {
      name: 'assignMeasure',
      field: 'assignMeasure',
      expect: byId(MANAGE),
      run: async (token) =>
        t.gql(
          `mutation($m: ID!, $u: ID!) { assignMeasure(measureId: $m, userId: $u) { id } }`,
          { m: await newMeasure(), u: leadId },
          token,
        ),
    },
    {
      name: 'unassignMeasure',
      field: 'unassignMeasure',
      expect: byId(MANAGE),
      run: async (token) => {
        const m = await newMeasure();
        ok(
          await t.gql(
            `mutation($m: ID!, $u: ID!) { assignMeasure(measureId: $m, userId: $u) { id } }`,
            { m, u: leadId },
            w.tokens.lead,
          ),
        );
        return t.gql(
          `mutation($m: ID!, $u: ID!) { unassignMeasure(measureId: $m, userId: $u) { id } }`,
          { m, u: leadId },
          token,
        );
      },
    },
    {
      name: 'myMeasures',
      field: 'myMeasures',
      expect: { ...READ, stranger: 'ok', outsider: 'ok' },
      run: (token) => t.gql(`{ myMeasures(fiscalYear: 2566) { id } }`, {}, token),
    },
    {
      name: 'organizationMembers',
      field: 'organizationMembers',
      expect: READ,
      run: (token) =>
        t.gql(
          `query($o: ID!) { organizationMembers(organizationId: $o) { userId role } }`,
          { o: w.orgId },
          token,
        ),
    },
    {
      name: 'createProvinceMeasure',
      field: 'createProvinceMeasure',
      expect: { ...REVIEW, supervisor: 'ok', admin: 'ok' },
      run: (token) => {
        const { organizationId, ...rest } = measureInput(w.orgId);
        return t.gql(
          `mutation($input: CreateProvinceMeasureInput!) { createProvinceMeasure(input: $input) { measureCount } }`,
          { input: { ...rest, provinceCode: '14', organizationIds: [organizationId] } },
          token,
        );
      },
    },
    {
      name: 'oitReviewQueue',
      field: 'oitReviewQueue',
      // A province operation: its supervisors and ADMIN; an LAO's people and another province's supervisor not.
      expect: { ...REVIEW, stranger: 'FORBIDDEN' },
      run: (token) => t.gql(`{ oitReviewQueue(provinceCode: "14", fiscalYear: 2566) { total } }`, {}, token),
    },
    {
      name: 'recordIndicatorScore',
      field: 'recordIndicatorScore',
      expect: MANAGE,
      run: (token) =>
        t.gql(
          `mutation($o: ID!) { recordIndicatorScore(input: { organizationId: $o, fiscalYear: 2566, indicatorCode: "1", score: 80, source: SELF_ASSESSMENT }) { score } }`,
          { o: w.orgId },
          token,
        ),
    },
    {
      // The NACC's published result: the province records it, never the LAO about itself.
      name: 'recordIndicatorScore (OFFICIAL)',
      field: 'recordIndicatorScore',
      expect: REVIEW,
      run: (token) =>
        t.gql(
          `mutation($o: ID!) { recordIndicatorScore(input: { organizationId: $o, fiscalYear: 2566, indicatorCode: "2", score: 99, source: OFFICIAL }) { score } }`,
          { o: w.orgId },
          token,
        ),
    },
    {
      name: 'indicatorScores',
      field: 'indicatorScores',
      expect: READ,
      run: query(
        `query($o: ID!, $y: Int!) { indicatorScores(organizationId: $o, fiscalYear: $y) { score } }`,
      ),
    },
    {
      name: 'indicatorScoreHistory',
      field: 'indicatorScoreHistory',
      expect: READ,
      run: query(
        `query($o: ID!, $y: Int!) { indicatorScoreHistory(organizationId: $o, fiscalYear: $y) { score } }`,
      ),
    },
    {
      name: 'organizationProgress',
      field: 'organizationProgress',
      expect: READ,
      run: query(
        `query($o: ID!, $y: Int!) { organizationProgress(organizationId: $o, fiscalYear: $y) { grade } }`,
      ),
    },
    {
      name: 'simulateScore',
      field: 'simulateScore',
      expect: READ,
      run: query(
        `query($o: ID!, $y: Int!) { simulateScore(organizationId: $o, fiscalYear: $y, metOitItems: ["O1"]) { delta } }`,
      ),
    },
    {
      name: 'oitItems',
      field: 'oitItems',
      expect: READ,
      run: query(`query($o: ID!, $y: Int!) { oitItems(organizationId: $o, fiscalYear: $y) { code } }`),
    },
    {
      name: 'updateOitItem',
      field: 'updateOitItem',
      expect: CONTRIBUTE,
      run: (token) =>
        t.gql(
          `mutation($o: ID!) { updateOitItem(input: { organizationId: $o, fiscalYear: 2566, itemCode: "O2", status: DRAFT }) { code } }`,
          { o: w.orgId },
          token,
        ),
    },
    {
      name: 'reviewOitItem',
      field: 'reviewOitItem',
      expect: REVIEW,
      run: (token) =>
        t.gql(
          `mutation($o: ID!) { reviewOitItem(input: { organizationId: $o, fiscalYear: 2566, itemCode: "O1", decision: ACCEPTED }) { code } }`,
          { o: w.orgId },
          token,
        ),
    },
    {
      name: 'surveyTargets',
      field: 'surveyTargets',
      expect: READ,
      run: query(`query($o: ID!, $y: Int!) { surveyTargets(organizationId: $o, fiscalYear: $y) { tool } }`),
    },
    {
      name: 'setSurveyTarget',
      field: 'setSurveyTarget',
      expect: MANAGE,
      run: (token) =>
        t.gql(
          `mutation($o: ID!) { setSurveyTarget(input: { organizationId: $o, fiscalYear: 2566, tool: IIT, accessCode: "15596d" }) { surveyUrl } }`,
          { o: w.orgId },
          token,
        ),
    },
    {
      name: 'auditLog',
      field: 'auditLog',
      expect: READ,
      run: (token) =>
        t.gql(`query($o: ID!) { auditLog(organizationId: $o, first: 5) { action } }`, { o: w.orgId }, token),
    },
  ];

  beforeAll(async () => {
    // reviewOitItem needs a published item to review.
    ok(
      await t.gql(
        `mutation($o: ID!) { updateOitItem(input: { organizationId: $o, fiscalYear: 2566, itemCode: "O1", status: PUBLISHED, evidenceUrls: ["https://example.go.th/structure"] }) { code } }`,
        { o: w.orgId },
        w.tokens.lead,
      ),
    );
  });

  const CALLERS: Caller[] = ['lead', 'member', 'supervisor', 'stranger', 'outsider', 'admin', 'anonymous'];
  const cases = operations.flatMap((op) =>
    CALLERS.map((caller): [string, Caller, Outcome, Operation] => [
      op.name,
      caller,
      caller === 'anonymous' ? 'UNAUTHENTICATED' : op.expect[caller],
      op,
    ]),
  );

  it.each(cases)('%s as %s → %s', async (_name, caller, outcome, op) => {
    const res = await op.run(caller === 'anonymous' ? undefined : w.tokens[caller]);
    if (outcome === 'ok') {
      expect(res.errors).toBeUndefined();
      expect(res.data?.[op.field]).not.toBeNull();
    } else if (outcome === 'null') {
      expect(res.errors).toBeUndefined();
      expect(res.data?.[op.field]).toBeNull();
    } else {
      // The reason tells a client which message to show: no access, which row is missing, sign in.
      const reason =
        outcome === 'NOT_FOUND'
          ? (op.notFound ?? ErrorReason.MEASURE_NOT_FOUND)
          : outcome === 'FORBIDDEN'
            ? (op.forbidden ?? ErrorReason.FORBIDDEN)
            : ErrorReason[outcome];
      const error = res.errors?.[0].extensions;
      expect({ code: error?.code, reason: error?.reason }).toEqual({ code: outcome, reason });
    }
  });

  it('covers every query and mutation of the ITA core, and the schema serves them all', async () => {
    const res = await t.gql(
      `{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`,
    );
    const served = new Set(
      [...res.data!.__schema.queryType.fields, ...res.data!.__schema.mutationType.fields].map(
        (f: { name: string }) => f.name,
      ),
    );
    const ita = [...new Set(operations.map((op) => op.field))].sort();
    expect(ita).toEqual(
      [
        'addMeasureEvidence',
        'assignMeasure',
        'auditLog',
        'carryOverCandidates',
        'carryOverMeasures',
        'carryOverSurveyTargets',
        'completeMeasure',
        'createMeasure',
        'createProvinceMeasure',
        'createFrameworkDraft',
        'deleteMeasure',
        'discardFrameworkDraft',
        'framework',
        'frameworkFile',
        'frameworkVersion',
        'frameworkVersions',
        'frameworkYears',
        'importFrameworkDraft',
        'indicatorScoreHistory',
        'indicatorScores',
        'measure',
        'measures',
        'myMeasures',
        'oitItems',
        'oitReviewQueue',
        'organizationMembers',
        'organizationProgress',
        'prefillOitItems',
        'publishFrameworkDraft',
        'recordIndicatorScore',
        'removeMeasureEvidence',
        'reviewOitItem',
        'setSurveyTarget',
        'simulateScore',
        'surveyTargets',
        'unassignMeasure',
        'updateFrameworkDraft',
        'updateMeasure',
        'updateMeasureStep',
        'updateOitItem',
        'validateFrameworkFile',
      ].sort(),
    );
    expect(ita.filter((name) => !served.has(name))).toEqual([]);
  });
});
