import { MEASURE_LIMITS } from '@prongsai/measures';
import { TestApp, userId } from '../setup/test-app';
import {
  CREATE_MEASURE,
  ItaWorld,
  accessToken,
  OTHER_CODE,
  OWN_CODE,
  OwnerProbe,
  firstError,
  itaWorld,
  measureInput,
  ok,
} from './ita-fixtures';

const ASSIGN = `mutation($m: ID!, $u: ID!) { assignMeasure(measureId: $m, userId: $u) { id assignees { userId displayName email assignedAt } } }`;
const UNASSIGN = `mutation($m: ID!, $u: ID!) { unassignMeasure(measureId: $m, userId: $u) { id assignees { userId } } }`;
const MEMBERS = `query($o: ID!) { organizationMembers(organizationId: $o) { userId displayName email role } }`;

/** Assigning measures to members of the organization (who then receive its reminders: test/worker). */
describe('measure assignees (e2e)', () => {
  let t: TestApp;
  let w: ItaWorld;
  let db: OwnerProbe;
  let leadId: string;
  let memberId: string;
  let strangerId: string;
  let disabledId: string;

  beforeAll(async () => {
    t = await TestApp.create();
    w = await itaWorld(t);
    db = await OwnerProbe.open(t);
    leadId = await userId(t, `lead.${OWN_CODE}@prongsai.example`);
    memberId = await userId(t, `member.${OWN_CODE}@test.example`);
    strangerId = await userId(t, `lead.${OTHER_CODE}@prongsai.example`);
    [{ id: disabledId }] = await db.query<{ id: string }>(
      `INSERT INTO users (email, display_name, password_hash, disabled)
       VALUES ('gone.${OWN_CODE}@test.example', 'ผู้ที่ย้ายไปแล้ว', 'x', true) RETURNING id`,
    );
    await db.query(`INSERT INTO memberships (user_id, role, organization_id) VALUES ($1, 'ORG_MEMBER', $2)`, [
      disabledId,
      w.orgId,
    ]);
  });
  afterAll(async () => {
    await db.close();
    await t.close();
  });

  const newMeasure = async (): Promise<string> =>
    ok(await t.gql(CREATE_MEASURE, { input: measureInput(w.orgId) }, w.tokens.lead)).createMeasure.id;
  const auditActions = async (measureId: string) =>
    (
      await db.query<{ action: string; after: unknown; before: unknown }>(
        `SELECT action, before, after FROM audit_log WHERE entity_id = $1 AND action LIKE 'measure.%assign'
         ORDER BY id`,
        [measureId],
      )
    ).map((r) => [r.action, r.before ?? r.after]);

  it('lists the organization’s people, leads first, without disabled accounts', async () => {
    const { organizationMembers } = ok(await t.gql(MEMBERS, { o: w.orgId }, w.tokens.member));
    expect(organizationMembers).toEqual([
      {
        userId: leadId,
        displayName: expect.stringContaining('ผู้รับผิดชอบ ITA'),
        email: `lead.${OWN_CODE}@prongsai.example`,
        role: 'ORG_LEAD',
      },
      {
        userId: memberId,
        displayName: `member.${OWN_CODE}@test.example`,
        email: `member.${OWN_CODE}@test.example`,
        role: 'ORG_MEMBER',
      },
    ]);
    // The supervisor of the province sees them too; another LAO's lead does not.
    expect(ok(await t.gql(MEMBERS, { o: w.orgId }, w.tokens.supervisor)).organizationMembers).toHaveLength(2);
    expect(firstError(await t.gql(MEMBERS, { o: w.orgId }, w.tokens.stranger)).code).toBe('FORBIDDEN');
  });

  it('the lead assigns members; assigning again changes nothing; each change is audited once', async () => {
    const m = await newMeasure();
    let res = ok(await t.gql(ASSIGN, { m, u: memberId }, w.tokens.lead)).assignMeasure;
    expect(res.assignees).toEqual([
      {
        userId: memberId,
        displayName: `member.${OWN_CODE}@test.example`,
        email: `member.${OWN_CODE}@test.example`,
        assignedAt: expect.any(String),
      },
    ]);
    res = ok(await t.gql(ASSIGN, { m, u: leadId }, w.tokens.lead)).assignMeasure;
    expect(res.assignees.map((a: { userId: string }) => a.userId)).toEqual([memberId, leadId]);
    res = ok(await t.gql(ASSIGN, { m, u: memberId }, w.tokens.lead)).assignMeasure;
    expect(res.assignees.map((a: { userId: string }) => a.userId)).toEqual([memberId, leadId]);

    res = ok(await t.gql(UNASSIGN, { m, u: memberId }, w.tokens.lead)).unassignMeasure;
    expect(res.assignees).toEqual([{ userId: leadId }]);
    res = ok(await t.gql(UNASSIGN, { m, u: memberId }, w.tokens.lead)).unassignMeasure;
    expect(res.assignees).toEqual([{ userId: leadId }]);

    expect(await auditActions(m)).toEqual([
      ['measure.assign', { userId: memberId, displayName: `member.${OWN_CODE}@test.example` }],
      ['measure.assign', { userId: leadId, displayName: expect.stringContaining('ผู้รับผิดชอบ ITA') }],
      ['measure.unassign', { userId: memberId }],
    ]);
  });

  it('the measure lists its assignees wherever it is read (here: the supervisor reading the list)', async () => {
    const ids = [await newMeasure(), await newMeasure()];
    ok(await t.gql(ASSIGN, { m: ids[1], u: memberId }, w.tokens.lead));
    const { measures } = ok(
      await t.gql(
        `query($o: ID!) { measures(organizationId: $o, fiscalYear: 2566) { id assignees { userId } } }`,
        { o: w.orgId },
        w.tokens.supervisor,
      ),
    );
    const byId = new Map(measures.map((m: { id: string; assignees: unknown }) => [m.id, m.assignees]));
    expect([byId.get(ids[0]), byId.get(ids[1])]).toEqual([[], [{ userId: memberId }]]);
  });

  it('myMeasures: what the caller is assigned to, open ones unless includeClosed', async () => {
    const MINE = `query($y: Int!, $c: Boolean) { myMeasures(fiscalYear: $y, includeClosed: $c) { id status } }`;
    // A member of its own, so measures assigned in other tests do not show.
    const [{ id: helperId }] = await db.query<{ id: string }>(
      `INSERT INTO users (email, display_name, password_hash) VALUES ('helper.${OWN_CODE}@test.example', 'ผู้ช่วย', 'x')
       RETURNING id`,
    );
    await db.query(`INSERT INTO memberships (user_id, role, organization_id) VALUES ($1, 'ORG_MEMBER', $2)`, [
      helperId,
      w.orgId,
    ]);
    const helper = await accessToken(t, helperId);
    const [open, closed] = [await newMeasure(), await newMeasure()];
    await newMeasure(); // not assigned
    for (const m of [open, closed]) ok(await t.gql(ASSIGN, { m, u: helperId }, w.tokens.lead));
    ok(
      await t.gql(
        `mutation($id: ID!) { completeMeasure(id: $id, result: "เสร็จ") { id } }`,
        { id: closed },
        helper,
      ),
    );

    expect(ok(await t.gql(MINE, { y: 2566 }, helper)).myMeasures).toEqual([{ id: open, status: 'PLANNED' }]);
    const all = ok(await t.gql(MINE, { y: 2566, c: true }, helper)).myMeasures;
    expect(all.map((m: { id: string }) => m.id).sort()).toEqual([open, closed].sort());
    expect(ok(await t.gql(MINE, { y: 2567 }, helper)).myMeasures).toEqual([]);
    expect(firstError(await t.gql(MINE, { y: 2599 }, helper))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'fiscalYear',
    });
    // The lead is assigned to nothing here.
    expect(ok(await t.gql(MINE, { y: 2566 }, w.tokens.supervisor)).myMeasures).toEqual([]);

    // Left the organization: the assignment stays, but row-level security hides the measure.
    await db.query(`DELETE FROM memberships WHERE user_id = $1`, [helperId]);
    expect(ok(await t.gql(MINE, { y: 2566, c: true }, await accessToken(t, helperId))).myMeasures).toEqual(
      [],
    );
  });

  it('deleting a measure takes its assignments with it', async () => {
    const m = await newMeasure();
    ok(await t.gql(ASSIGN, { m, u: memberId }, w.tokens.lead));
    ok(await t.gql(`mutation($id: ID!) { deleteMeasure(id: $id) }`, { id: m }, w.tokens.lead));
    expect(await db.query(`SELECT * FROM measure_assignees WHERE measure_id = $1`, [m])).toEqual([]);
  });

  describe('refuses, naming userId, and writes nothing', () => {
    let m: string;
    beforeAll(async () => {
      m = await newMeasure();
    });

    const refused = async (u: string, mutation = ASSIGN) => {
      const before = await db.rowCounts();
      const res = await t.gql(mutation, { m, u }, w.tokens.lead);
      expect(await db.rowCounts()).toEqual(before);
      return res;
    };

    it.each<[string, () => string]>([
      ['a lead of another organization', () => strangerId],
      ['a user id that does not exist', () => '6f1d3c52-8d1f-4e5b-9a43-0c2e7d9b1a77'],
      ['a disabled account', () => disabledId],
    ])('%s: the same answer whichever it is', async (_case, id) => {
      const res = await refused(id());
      expect(res.errors?.[0].message).toBe('is not a member of the measure’s organization');
      expect(firstError(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'userId' });
    });

    it('an id that is not a uuid, for assign and unassign', async () => {
      expect(firstError(await refused('abc'))).toEqual({ code: 'BAD_USER_INPUT', field: 'userId' });
      expect(firstError(await refused('abc', UNASSIGN))).toEqual({ code: 'BAD_USER_INPUT', field: 'userId' });
    });

    it(`more than ${MEASURE_LIMITS.assigneesPerMeasure} assignees`, async () => {
      const extra = await db.query<{ id: string }>(
        `INSERT INTO users (email, display_name, password_hash)
         SELECT 'staff' || i || '.${OWN_CODE}@test.example', 'เจ้าหน้าที่ ' || i, 'x'
         FROM generate_series(1, $1::int) i RETURNING id`,
        [MEASURE_LIMITS.assigneesPerMeasure + 1],
      );
      await db.query(
        `INSERT INTO memberships (user_id, role, organization_id)
         SELECT unnest($1::uuid[]), 'ORG_MEMBER', $2`,
        [extra.map((u) => u.id), w.orgId],
      );
      for (const u of extra.slice(0, MEASURE_LIMITS.assigneesPerMeasure)) {
        ok(await t.gql(ASSIGN, { m, u: u.id }, w.tokens.lead));
      }
      const res = await refused(extra[MEASURE_LIMITS.assigneesPerMeasure].id);
      expect(firstError(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'userId' });
      expect(res.errors?.[0].message).toContain(`at most ${MEASURE_LIMITS.assigneesPerMeasure}`);
    });
  });
});
