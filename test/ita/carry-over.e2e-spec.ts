import { ErrorReason } from '@prongsai/common';
import { TestApp, userId } from '../setup/test-app';
import { ItaWorld, OWN_CODE, OwnerProbe, itaWorld, ok } from './ita-fixtures';

const MEASURE = `id fiscalYear title status dueDate indicatorCodes provinceMeasureId carriedOverFromId
  steps { order description dueDate completedAt } assignees { userId }`;
const CREATE = `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { ${MEASURE} } }`;
const CANDIDATES = `query($o: ID!, $y: Int!) { carryOverCandidates(organizationId: $o, fiscalYear: $y) { id title status } }`;
const CARRY = `mutation($input: CarryOverMeasuresInput!) { carryOverMeasures(input: $input) {
  carried { ${MEASURE} } alreadyCarried { id } } }`;

function measure2569(orgId: string, title: string, dueDate = '2026-06-30'): Record<string, unknown> {
  return {
    organizationId: orgId,
    fiscalYear: 2569,
    title,
    steps: ['จัดทำแผน', 'ดำเนินการตามแผน', 'รายงานผล'],
    responsible: 'สำนักปลัด',
    dueDate,
    indicatorCodes: ['9', '10'],
  };
}

describe('carry-over into a new fiscal year (e2e)', () => {
  let t: TestApp;
  let w: ItaWorld;
  let db: OwnerProbe;
  let memberId: string;
  beforeAll(async () => {
    t = await TestApp.create();
    w = await itaWorld(t);
    db = await OwnerProbe.open(t);
    memberId = await userId(t, `member.${OWN_CODE}@test.example`);
  });
  afterAll(async () => {
    await db.close();
    await t.close();
  });

  it('carries chosen unfinished measures with their steps, done marks and assignees, links them, never twice, audited', async () => {
    const open = ok(
      await t.gql(CREATE, { input: measure2569(w.orgId, 'อบรมคุณธรรมบุคลากร') }, w.tokens.lead),
    ).createMeasure;
    const kept = ok(
      await t.gql(CREATE, { input: measure2569(w.orgId, 'ทบทวนคู่มือการให้บริการ', '2026-12-15') }, w.tokens.lead),
    ).createMeasure;
    const done = ok(
      await t.gql(CREATE, { input: measure2569(w.orgId, 'ประกาศ No Gift Policy') }, w.tokens.lead),
    ).createMeasure;
    ok(
      await t.gql(
        `mutation($id: ID!) { completeMeasure(id: $id, result: "ประกาศแล้ว") { id } }`,
        { id: done.id },
        w.tokens.lead,
      ),
    );
    // A done step with a date of its own, and an assignee.
    const [{ id: stepId }] = await db.query<{ id: string }>(
      `SELECT id FROM measure_steps WHERE measure_id = $1 AND position = 1`,
      [open.id],
    );
    ok(
      await t.gql(
        `mutation($id: ID!) { updateMeasureStep(id: $id, input: { done: true, dueDate: "2026-03-01" }) { id } }`,
        { id: stepId },
        w.tokens.lead,
      ),
    );
    ok(
      await t.gql(
        `mutation($m: ID!, $u: ID!) { assignMeasure(measureId: $m, userId: $u) { id } }`,
        { m: open.id, u: memberId },
        w.tokens.lead,
      ),
    );

    const candidates = ok(
      await t.gql(CANDIDATES, { o: w.orgId, y: 2570 }, w.tokens.lead),
    ).carryOverCandidates;
    expect(candidates.map((m: { id: string }) => m.id).sort()).toEqual([open.id, kept.id].sort());

    const input = { organizationId: w.orgId, fiscalYear: 2570, measureIds: [open.id, kept.id] };
    const { carried, alreadyCarried } = ok(await t.gql(CARRY, { input }, w.tokens.lead)).carryOverMeasures;
    expect(alreadyCarried).toEqual([]);
    const [copy, keptCopy] = carried;
    expect(copy).toMatchObject({
      fiscalYear: 2570,
      title: 'อบรมคุณธรรมบุคลากร',
      status: 'PLANNED',
      carriedOverFromId: open.id,
      indicatorCodes: ['9', '10'],
      // Due before FY2570 began (1 Oct 2026): the plan moves one year on, steps with it.
      dueDate: '2027-06-30',
      assignees: [{ userId: memberId }],
    });
    expect(copy.steps.map((s: { description: string }) => s.description)).toEqual([
      'จัดทำแผน',
      'ดำเนินการตามแผน',
      'รายงานผล',
    ]);
    expect(copy.steps[0]).toMatchObject({ dueDate: '2027-03-01', completedAt: expect.any(String) });
    expect(copy.steps[1].completedAt).toBeNull();
    // Due inside FY2570 already: dates kept.
    expect(keptCopy).toMatchObject({ dueDate: '2026-12-15', carriedOverFromId: kept.id });

    // The origins are marked, not moved; the finished one is not a candidate; nothing is left to carry.
    const origin = ok(
      await t.gql(
        `query($id: ID!) { measure(id: $id) { status fiscalYear } }`,
        { id: open.id },
        w.tokens.lead,
      ),
    ).measure;
    expect(origin).toEqual({ status: 'CARRIED_OVER', fiscalYear: 2569 });
    expect(ok(await t.gql(CANDIDATES, { o: w.orgId, y: 2570 }, w.tokens.lead)).carryOverCandidates).toEqual(
      [],
    );

    // A second run copies nothing.
    const counts = await db.rowCounts();
    const second = ok(await t.gql(CARRY, { input }, w.tokens.lead)).carryOverMeasures;
    expect(second.carried).toEqual([]);
    expect(second.alreadyCarried.map((m: { id: string }) => m.id)).toEqual([copy.id, keptCopy.id]);
    expect(await db.rowCounts()).toEqual(counts);
    const [{ n }] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM measures WHERE carried_over_from_id = ANY ($1::uuid[])`,
      [[open.id, kept.id]],
    );
    expect(n).toBe(2);

    // Audited: the origin's carry-over and the copy's creation, naming each other.
    const audit = await db.query<{ action: string; entity_id: string; after: Record<string, unknown> }>(
      `SELECT action, entity_id, after FROM audit_log WHERE entity_id = ANY ($1) AND action IN ('measure.carry_over', 'measure.create')
       ORDER BY id`,
      [[open.id, copy.id]],
    );
    expect(audit.map((a) => [a.action, a.entity_id])).toEqual([
      ['measure.create', open.id],
      ['measure.carry_over', open.id],
      ['measure.create', copy.id],
    ]);
    expect(audit[1].after).toMatchObject({ status: 'CARRIED_OVER', carriedOverTo: copy.id });
    expect(audit[2].after).toMatchObject({ fiscalYear: 2570, carriedOverFrom: open.id });

    // A carried-over origin is final: no status change, no reminders (not open).
    const refused = await t.gql(
      `mutation($id: ID!) { updateMeasure(id: $id, input: { status: IN_PROGRESS }) { id } }`,
      { id: open.id },
      w.tokens.lead,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MEASURE_CLOSED',
    });
  });

  it('refuses a finished measure, a measure of another year and another LAO’s measure, writing nothing', async () => {
    const done = ok(
      await t.gql(CREATE, { input: measure2569(w.orgId, 'มาตรการที่เสร็จแล้ว') }, w.tokens.lead),
    ).createMeasure;
    ok(
      await t.gql(
        `mutation($id: ID!) { completeMeasure(id: $id, result: "เสร็จ") { id } }`,
        { id: done.id },
        w.tokens.lead,
      ),
    );
    const other = ok(
      await t.gql(CREATE, { input: measure2569(w.otherOrgId, 'ของ อปท. อื่น') }, w.tokens.stranger),
    ).createMeasure;
    const counts = await db.rowCounts();
    const carry = (measureIds: string[], fiscalYear = 2570, organizationId = w.orgId) =>
      t.gql(CARRY, { input: { organizationId, fiscalYear, measureIds } }, w.tokens.lead);
    expect((await carry([done.id])).errors?.[0]?.extensions).toMatchObject({
      field: 'input.measureIds.0',
      reason: ErrorReason.CARRY_OVER_MEASURE_CLOSED,
    });
    expect((await carry([done.id], 2571)).errors?.[0]?.extensions).toMatchObject({
      field: 'input.fiscalYear',
      reason: ErrorReason.FISCAL_YEAR_WITHOUT_FRAMEWORK,
    });
    expect((await carry([other.id])).errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'MEASURE_NOT_FOUND',
    });
    expect((await carry([other.id], 2570, w.otherOrgId)).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    const in2570 = ok(
      await t.gql(
        CREATE,
        { input: { ...measure2569(w.orgId, 'ของปี 2570'), fiscalYear: 2570 } },
        w.tokens.lead,
      ),
    ).createMeasure;
    const after = await db.rowCounts();
    expect((await carry([in2570.id])).errors?.[0]?.extensions).toMatchObject({
      field: 'input.measureIds.0',
      reason: ErrorReason.CARRY_OVER_WRONG_YEAR,
    });
    expect(after.measures).toBe(counts.measures + 1);
    expect(await db.rowCounts()).toEqual(after);
  });

  it('a province-wide measure carries over per LAO: each lead carries its own copy', async () => {
    const res = ok(
      await t.gql(
        `mutation($input: CreateProvinceMeasureInput!) { createProvinceMeasure(input: $input) { provinceMeasureId measureCount } }`,
        {
          input: {
            provinceCode: '14',
            organizationIds: [w.orgId, w.otherOrgId],
            fiscalYear: 2569,
            title: 'ประชุมชี้แจงเกณฑ์ ITA ระดับจังหวัด',
            steps: ['เข้าร่วมประชุม'],
            responsible: 'สำนักปลัด',
            dueDate: '2026-09-15',
            indicatorCodes: ['9'],
          },
        },
        w.tokens.supervisor,
      ),
    ).createProvinceMeasure;
    const copies = await db.query<{ id: string; organization_id: string }>(
      `SELECT id, organization_id FROM measures WHERE province_measure_id = $1`,
      [res.provinceMeasureId],
    );
    const own = copies.find((c) => c.organization_id === w.orgId)!;
    const theirs = copies.find((c) => c.organization_id === w.otherOrgId)!;
    const { carried } = ok(
      await t.gql(
        CARRY,
        { input: { organizationId: w.orgId, fiscalYear: 2570, measureIds: [own.id] } },
        w.tokens.lead,
      ),
    ).carryOverMeasures;
    expect(carried[0]).toMatchObject({
      provinceMeasureId: res.provinceMeasureId,
      carriedOverFromId: own.id,
      dueDate: '2027-09-15',
    });
    // The other LAO's copy is untouched until its own lead decides.
    const [other] = await db.query<{ status: string }>(`SELECT status FROM measures WHERE id = $1`, [
      theirs.id,
    ]);
    expect(other.status).toBe('PLANNED');
    const theirCandidates = ok(
      await t.gql(CANDIDATES, { o: w.otherOrgId, y: 2570 }, w.tokens.stranger),
    ).carryOverCandidates;
    expect(theirCandidates.map((m: { id: string }) => m.id)).toContain(theirs.id);
    expect(ok(await t.gql(CANDIDATES, { o: w.orgId, y: 2570 }, w.tokens.lead)).carryOverCandidates).toEqual(
      [],
    );
  });

  it("prefills the OIT checklist from last year's answers (as drafts to check again), and survey targets without access codes", async () => {
    const answer = (itemCode: string, fiscalYear: number) =>
      t.gql(
        `mutation($input: UpdateOitItemInput!) { updateOitItem(input: $input) { code } }`,
        {
          input: {
            organizationId: w.orgId,
            fiscalYear,
            itemCode,
            status: 'PUBLISHED',
            evidenceUrls: [`https://ayothaya.go.th/oit/${fiscalYear}/${itemCode}`],
            note: 'หน้าเว็บไซต์',
          },
        },
        w.tokens.lead,
      );
    ok(await answer('O1', 2569));
    ok(await answer('O2', 2569));
    ok(
      await t.gql(
        `mutation($input: ReviewOitItemInput!) { reviewOitItem(input: $input) { code } }`,
        { input: { organizationId: w.orgId, fiscalYear: 2569, itemCode: 'O1', decision: 'ACCEPTED' } },
        w.tokens.supervisor,
      ),
    );
    ok(await answer('O2', 2570)); // answered this year already: left alone
    const prefill = `mutation($o: ID!, $y: Int!) { prefillOitItems(organizationId: $o, fiscalYear: $y) }`;
    expect(ok(await t.gql(prefill, { o: w.orgId, y: 2570 }, w.tokens.lead)).prefillOitItems).toEqual(['O1']);
    const items = ok(
      await t.gql(
        `query($o: ID!, $y: Int!) { oitItems(organizationId: $o, fiscalYear: $y) { code status evidenceUrls review } }`,
        { o: w.orgId, y: 2570 },
        w.tokens.lead,
      ),
    ).oitItems as { code: string; status: string; evidenceUrls: string[]; review: string | null }[];
    expect(items.find((i) => i.code === 'O1')).toEqual({
      code: 'O1',
      status: 'DRAFT',
      evidenceUrls: ['https://ayothaya.go.th/oit/2569/O1'],
      review: null,
    });
    expect(items.find((i) => i.code === 'O2')?.evidenceUrls).toEqual(['https://ayothaya.go.th/oit/2570/O2']);
    expect(ok(await t.gql(prefill, { o: w.orgId, y: 2570 }, w.tokens.lead)).prefillOitItems).toEqual([]);

    ok(
      await t.gql(
        `mutation($input: SetSurveyTargetInput!) { setSurveyTarget(input: $input) { id } }`,
        {
          input: {
            organizationId: w.orgId,
            fiscalYear: 2569,
            tool: 'IIT',
            accessCode: '15596d',
            eligibleStaffCount: 48,
            minimumResponses: 30,
          },
        },
        w.tokens.lead,
      ),
    );
    const carrySurveys = `mutation($o: ID!, $y: Int!) { carryOverSurveyTargets(organizationId: $o, fiscalYear: $y) {
      tool accessCode eligibleStaffCount minimumResponses responsesSoFar } }`;
    expect(
      ok(await t.gql(carrySurveys, { o: w.orgId, y: 2570 }, w.tokens.lead)).carryOverSurveyTargets,
    ).toEqual([
      { tool: 'IIT', accessCode: null, eligibleStaffCount: 48, minimumResponses: 30, responsesSoFar: 0 },
    ]);
    expect(
      ok(await t.gql(carrySurveys, { o: w.orgId, y: 2570 }, w.tokens.lead)).carryOverSurveyTargets,
    ).toEqual([]);
    const audit = await db.query<{ action: string }>(
      `SELECT DISTINCT action FROM audit_log WHERE action IN ('oit-item.prefill', 'survey-target.carry_over') ORDER BY action`,
    );
    expect(audit.map((a) => a.action)).toEqual(['oit-item.prefill', 'survey-target.carry_over']);
  });
});
