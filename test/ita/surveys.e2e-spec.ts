import { TestApp } from '../setup/test-app';
import { ItaWorld, itaWorld, ok } from './ita-fixtures';

describe('survey targets (e2e)', () => {
  let t: TestApp;
  let w: ItaWorld;
  beforeAll(async () => {
    t = await TestApp.create();
    w = await itaWorld(t);
  });
  afterAll(() => t.close());

  const FIELDS = `tool fiscalYear accessCode surveyUrl eligibleStaffCount minimumResponses responsesSoFar`;
  const SET = `mutation($input: SetSurveyTargetInput!) { setSurveyTarget(input: $input) { ${FIELDS} } }`;
  const LIST = `query($o: ID!) { surveyTargets(organizationId: $o, fiscalYear: 2566) { ${FIELDS} } }`;
  const set = (fields: Record<string, unknown>) =>
    t.gql(SET, { input: { organizationId: w.orgId, fiscalYear: 2566, ...fields } }, w.tokens.lead);

  it('stores the access codes of the posters and builds the ITAS links', async () => {
    expect(
      ok(await set({ tool: 'EIT', accessCode: 'a1b2c3', minimumResponses: 40 })).setSurveyTarget,
    ).toEqual({
      tool: 'EIT',
      fiscalYear: 2566,
      accessCode: 'a1b2c3',
      surveyUrl: 'https://itas.nacc.go.th/go/eit/a1b2c3',
      eligibleStaffCount: null,
      minimumResponses: 40,
      responsesSoFar: 0,
    });
    ok(await set({ tool: 'IIT', accessCode: ' 15596d ', eligibleStaffCount: 45, minimumResponses: 30 }));
    const { surveyTargets } = ok(await t.gql(LIST, { o: w.orgId }, w.tokens.member));
    expect(surveyTargets.map((s: { tool: string; surveyUrl: string }) => [s.tool, s.surveyUrl])).toEqual([
      ['IIT', 'https://itas.nacc.go.th/go/iit/15596d'],
      ['EIT', 'https://itas.nacc.go.th/go/eit/a1b2c3'],
    ]);
  });

  it('updates only the fields given; null clears one', async () => {
    ok(await set({ tool: 'IIT', responsesSoFar: 12 }));
    ok(await set({ tool: 'EIT', accessCode: null }));
    const { surveyTargets } = ok(await t.gql(LIST, { o: w.orgId }, w.tokens.supervisor));
    expect(surveyTargets).toEqual([
      expect.objectContaining({
        tool: 'IIT',
        accessCode: '15596d',
        eligibleStaffCount: 45,
        minimumResponses: 30,
        responsesSoFar: 12,
      }),
      expect.objectContaining({ tool: 'EIT', accessCode: null, surveyUrl: null, minimumResponses: 40 }),
    ]);
    const rows = await t.db.ownerQuery(`SELECT 1 FROM survey_targets WHERE organization_id = $1`, [w.orgId]);
    expect(rows).toHaveLength(2);
  });

  it('surveys do not touch the estimate', async () => {
    const rows = await t.db.ownerQuery(`SELECT 1 FROM organization_progress WHERE organization_id = $1`, [
      w.orgId,
    ]);
    expect(rows).toHaveLength(0);
  });
});
