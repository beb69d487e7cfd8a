import { TestApp } from '../setup/test-app';
import { ItaWorld, MEASURE_FIELDS, PROGRESS, itaWorld, ok } from './ita-fixtures';

describe('a province-wide measure (e2e)', () => {
  let t: TestApp;
  let w: ItaWorld;
  beforeAll(async () => {
    t = await TestApp.create();
    w = await itaWorld(t);
  });
  afterAll(() => t.close());

  const CREATE = `mutation($input: CreateProvinceMeasureInput!) {
    createProvinceMeasure(input: $input) { provinceMeasureId measureCount } }`;
  // The report's first row: the governor's meeting of all 158 LAOs on 10 Feb 2023 so that every one passes 85.
  const meeting = {
    provinceCode: '14',
    fiscalYear: 2566,
    title: 'ให้ความรู้เรื่องการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ',
    steps: [
      'จังหวัดพระนครศรีอยุธยาจัดประชุมองค์กรปกครองส่วนท้องถิ่น จำนวน ๑๕๘ หน่วยงานเพื่อให้ทุกหน่วยงานผ่านเกณฑ์ประเมิน ITA (๘๕ คะแนน)',
      'ปลัดองค์กรปกครองส่วนท้องถิ่นหรือหัวหน้าผู้กำกับดูแล ITA เข้าร่วมประชุม',
    ],
    responsible: 'จังหวัดพระนครศรีอยุธยา',
    dueDate: '2023-02-10',
    indicatorCodes: ['9', '10'],
  };

  it('supervisor.14 gives each of the 158 LAOs its own copy, in one quick transaction', async () => {
    const started = Date.now();
    const { createProvinceMeasure: r } = ok(await t.gql(CREATE, { input: meeting }, w.tokens.supervisor));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.measureCount).toBe(158);

    const [counts] = await t.db.ownerQuery<Record<string, number>>(
      `SELECT count(*)::int AS measures, count(DISTINCT organization_id)::int AS organizations,
         (SELECT count(*)::int FROM measure_steps s JOIN measures m ON m.id = s.measure_id WHERE m.province_measure_id = $1) AS steps,
         (SELECT count(*)::int FROM audit_log WHERE action = 'measure.create') AS audit,
         (SELECT count(*)::int FROM organization_progress WHERE fiscal_year = 2566 AND measures_total = 1) AS progress
       FROM measures WHERE province_measure_id = $1`,
      [r.provinceMeasureId],
    );
    expect(counts).toEqual({ measures: 158, organizations: 158, steps: 316, audit: 158, progress: 158 });
  });

  it('each LAO reports on its own copy; the others are untouched', async () => {
    const LIST = `query($o: ID!) { measures(organizationId: $o, fiscalYear: 2566) { ${MEASURE_FIELDS} } }`;
    const [own] = ok(await t.gql(LIST, { o: w.orgId }, w.tokens.lead)).measures;
    expect(own).toMatchObject({
      title: meeting.title,
      responsible: meeting.responsible,
      dueDate: '2023-02-10',
      status: 'PLANNED',
      provinceMeasureId: expect.any(String),
      organization: { id: w.orgId },
    });
    expect(own.steps.map((s: { description: string }) => s.description)).toEqual(meeting.steps);

    const result = 'เข้าร่วมประชุมชี้แจงแนวทางการดำเนินงานและการยกระดับผลการประเมิน ITA วันที่ ๑๐ กุมภาพันธ์ ๒๕๖๖';
    ok(
      await t.gql(
        `mutation($id: ID!, $r: String!) { completeMeasure(id: $id, result: $r) { id } }`,
        { id: own.id, r: result },
        w.tokens.member,
      ),
    );
    const { organizationProgress: p } = ok(await t.gql(PROGRESS, { o: w.orgId, y: 2566 }, w.tokens.lead));
    expect(p).toMatchObject({ measuresTotal: 1, measuresCompleted: 1, measuresOverdue: 0 });

    const [other] = ok(await t.gql(LIST, { o: w.otherOrgId }, w.tokens.stranger)).measures;
    expect(other).toMatchObject({
      status: 'PLANNED',
      result: null,
      provinceMeasureId: own.provinceMeasureId,
      isOverdue: true,
    });
    const [statuses] = await t.db.ownerQuery<{ completed: number; planned: number }>(
      `SELECT count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed, count(*) FILTER (WHERE status = 'PLANNED')::int AS planned
       FROM measures WHERE province_measure_id = $1`,
      [own.provinceMeasureId],
    );
    expect(statuses).toEqual({ completed: 1, planned: 157 });
  });

  it('can target a subset of the province', async () => {
    const { createProvinceMeasure: r } = ok(
      await t.gql(
        CREATE,
        { input: { ...meeting, title: 'ติดตามผลรายแห่ง', organizationIds: [w.orgId, w.otherOrgId, w.orgId] } },
        w.tokens.admin,
      ),
    );
    expect(r.measureCount).toBe(2);
    const rows = await t.db.ownerQuery<{ organization_id: string }>(
      `SELECT organization_id FROM measures WHERE province_measure_id = $1 ORDER BY organization_id`,
      [r.provinceMeasureId],
    );
    expect(rows.map((x) => x.organization_id).sort()).toEqual([w.orgId, w.otherOrgId].sort());
  });

  it('is refused to leads and to supervisors of another province', async () => {
    for (const token of [w.tokens.lead, w.tokens.outsider]) {
      const res = await t.gql(CREATE, { input: meeting }, token);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
