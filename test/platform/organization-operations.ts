import { GqlResponse } from '../setup/test-app';

const FY = 2566;

/**
 * Every query and mutation that takes an organization id, with a harmless valid call for that id. The
 * cross-tenant fuzz runs each of them with other tenants' ids. A new operation that takes an organization
 * id belongs here.
 */
export interface OrganizationOperation {
  name: string;
  query: string;
  variables: (organizationId: string) => Record<string, unknown>;
  expectRefused: (res: GqlResponse) => void;
  expectAllowed: (res: GqlResponse) => void;
  /** Who may call it on an organization of province 14 (REVIEW is the supervisor's, not the lead's). */
  allowedFor?: 'lead' | 'supervisor';
}

const forbidden = (res: GqlResponse) => {
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
};
const ok = (res: GqlResponse) => {
  expect(res.errors).toBeUndefined();
  expect(res.data).toBeTruthy();
};

function notAMember(res: GqlResponse) {
  expect(res.errors?.map((e) => e.extensions?.reason)).toEqual(['NOT_A_MEMBER']);
}

function guarded(
  name: string,
  query: string,
  variables: (id: string) => Record<string, unknown>,
  allowedFor: 'lead' | 'supervisor' = 'lead',
): OrganizationOperation {
  return { name, query, variables, expectRefused: forbidden, expectAllowed: ok, allowedFor };
}

export const ORGANIZATION_OPERATIONS: OrganizationOperation[] = [
  {
    name: 'organization',
    query: `query($id: ID!) { organization(id: $id) { id code nameTh } }`,
    variables: (id) => ({ id }),
    // A nullable field: "not yours" and "does not exist" are both null.
    expectRefused: (res) => expect(res).toEqual({ data: { organization: null } }),
    expectAllowed: (res) => expect(res.data?.organization).toBeTruthy(),
  },
  guarded(
    'measures',
    `query($o: ID!, $y: Int!) { measures(organizationId: $o, fiscalYear: $y) { id title } }`,
    (o) => ({ o, y: FY }),
  ),
  guarded(
    'indicatorScores',
    `query($o: ID!, $y: Int!) { indicatorScores(organizationId: $o, fiscalYear: $y) { indicatorCode score } }`,
    (o) => ({ o, y: FY }),
  ),
  guarded(
    'indicatorScoreHistory',
    `query($o: ID!, $y: Int!) { indicatorScoreHistory(organizationId: $o, fiscalYear: $y) { indicatorCode score } }`,
    (o) => ({ o, y: FY }),
  ),
  guarded(
    'organizationProgress',
    `query($o: ID!, $y: Int!) { organizationProgress(organizationId: $o, fiscalYear: $y) { estimatedScore measuresTotal organization { code } } }`,
    (o) => ({ o, y: FY }),
  ),
  guarded(
    'oitItems',
    `query($o: ID!, $y: Int!) { oitItems(organizationId: $o, fiscalYear: $y) { code status } }`,
    (o) => ({ o, y: FY }),
  ),
  guarded(
    'surveyTargets',
    `query($o: ID!, $y: Int!) { surveyTargets(organizationId: $o, fiscalYear: $y) { id } }`,
    (o) => ({ o, y: FY }),
  ),
  guarded('auditLog', `query($o: ID!) { auditLog(organizationId: $o) { action } }`, (o) => ({ o })),
  guarded(
    'organizationMembers',
    `query($o: ID!) { organizationMembers(organizationId: $o) { userId displayName email role } }`,
    (o) => ({ o }),
  ),
  guarded(
    'simulateScore',
    `query($o: ID!, $y: Int!) { simulateScore(organizationId: $o, fiscalYear: $y, metOitItems: ["O1"]) { __typename } }`,
    (o) => ({ o, y: FY }),
  ),
  guarded(
    'createMeasure',
    `mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`,
    (organizationId) => ({
      i: {
        organizationId,
        fiscalYear: FY,
        title: 'fuzz',
        steps: ['s'],
        responsible: 'r',
        dueDate: '2023-02-10',
        indicatorCodes: ['9'],
      },
    }),
  ),
  guarded(
    'recordIndicatorScore',
    `mutation($i: RecordIndicatorScoreInput!) { recordIndicatorScore(input: $i) { score } }`,
    (organizationId) => ({
      i: { organizationId, fiscalYear: FY, indicatorCode: '1', score: 90, source: 'SELF_ASSESSMENT' },
    }),
  ),
  guarded(
    'updateOitItem',
    `mutation($i: UpdateOitItemInput!) { updateOitItem(input: $i) { status } }`,
    (organizationId) => ({
      i: {
        organizationId,
        fiscalYear: FY,
        itemCode: 'O2',
        status: 'PUBLISHED',
        evidenceUrls: ['https://example.org/o2'],
      },
    }),
  ),
  guarded(
    'reviewOitItem',
    `mutation($i: ReviewOitItemInput!) { reviewOitItem(input: $i) { status } }`,
    (organizationId) => ({
      i: { organizationId, fiscalYear: FY, itemCode: 'O2', decision: 'RETURNED', comment: 'ขาดลิงก์' },
    }),
    'supervisor',
  ),
  guarded(
    'setSurveyTarget',
    `mutation($i: SetSurveyTargetInput!) { setSurveyTarget(input: $i) { id } }`,
    (organizationId) => ({ i: { organizationId, fiscalYear: FY, tool: 'EIT', minimumResponses: 30 } }),
  ),
  // Carry-over (issue 15): the previous year (FY2565) has nothing to carry, so an allowed call writes nothing.
  guarded(
    'carryOverCandidates',
    `query($o: ID!, $y: Int!) { carryOverCandidates(organizationId: $o, fiscalYear: $y) { id title } }`,
    (o) => ({ o, y: FY }),
  ),
  guarded(
    'carryOverMeasures',
    `mutation($i: CarryOverMeasuresInput!) { carryOverMeasures(input: $i) { carried { id } alreadyCarried { id } } }`,
    (organizationId) => ({ i: { organizationId, fiscalYear: FY, measureIds: [] } }),
  ),
  guarded(
    'prefillOitItems',
    `mutation($o: ID!, $y: Int!) { prefillOitItems(organizationId: $o, fiscalYear: $y) }`,
    (o) => ({ o, y: FY }),
  ),
  guarded(
    'carryOverSurveyTargets',
    `mutation($o: ID!, $y: Int!) { carryOverSurveyTargets(organizationId: $o, fiscalYear: $y) { id } }`,
    (o) => ({ o, y: FY }),
  ),
  // People (issue 12). Past the tenancy wall, the own LAO's calls stop at the input (no such member): the
  // fuzz proves the wall, not the members' rules, and changes nothing.
  guarded(
    'invitations',
    `query($o: ID!) { invitations(organizationId: $o) { id email invitedBy { email } } }`,
    (o) => ({ o }),
  ),
  guarded(
    'inviteUser',
    `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`,
    (organizationId) => ({
      i: { organizationId, email: 'fuzz@example.org', displayName: 'fuzz', role: 'ORG_MEMBER' },
    }),
  ),
  {
    ...guarded(
      'removeMember',
      `mutation($o: ID!) { removeMember(organizationId: $o, userId: "00000000-0000-4000-8000-000000000000") }`,
      (o) => ({ o }),
    ),
    expectAllowed: notAMember,
  },
  {
    ...guarded(
      'changeMemberRole',
      `mutation($o: ID!) { changeMemberRole(organizationId: $o, userId: "00000000-0000-4000-8000-000000000000", role: ORG_LEAD) { userId } }`,
      (o) => ({ o }),
    ),
    expectAllowed: notAMember,
  },
];

/** Operations that take the id of a row (a measure) rather than an organization id. */
export interface ResourceOperation {
  name: string;
  query: string;
  variables: (measureId: string) => Record<string, unknown>;
  refused: (res: GqlResponse) => void;
}

const notFound = (res: GqlResponse) => {
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
};

export const MEASURE_OPERATIONS: ResourceOperation[] = [
  {
    name: 'measure',
    query: `query($id: ID!) { measure(id: $id) { id title } }`,
    variables: (id) => ({ id }),
    refused: (res) => expect(res).toEqual({ data: { measure: null } }),
  },
  {
    name: 'updateMeasure',
    query: `mutation($id: ID!) { updateMeasure(id: $id, input: { title: "x" }) { id } }`,
    variables: (id) => ({ id }),
    refused: notFound,
  },
  {
    name: 'completeMeasure',
    query: `mutation($id: ID!) { completeMeasure(id: $id, result: "x") { id } }`,
    variables: (id) => ({ id }),
    refused: notFound,
  },
  {
    name: 'deleteMeasure',
    query: `mutation($id: ID!) { deleteMeasure(id: $id) }`,
    variables: (id) => ({ id }),
    refused: notFound,
  },
  {
    name: 'addMeasureEvidence',
    query: `mutation($id: ID!) { addMeasureEvidence(measureId: $id, input: { url: "https://example.org/x", label: "x" }) { id } }`,
    variables: (id) => ({ id }),
    refused: notFound,
  },
  {
    name: 'assignMeasure',
    // Any user id: the measure is looked up (and refused) first.
    query: `mutation($id: ID!) { assignMeasure(measureId: $id, userId: "00000000-0000-4000-8000-000000000000") { id } }`,
    variables: (id) => ({ id }),
    refused: notFound,
  },
  {
    name: 'unassignMeasure',
    query: `mutation($id: ID!) { unassignMeasure(measureId: $id, userId: "00000000-0000-4000-8000-000000000000") { id } }`,
    variables: (id) => ({ id }),
    refused: notFound,
  },
];

export { guarded };
