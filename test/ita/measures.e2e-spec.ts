import { MeasuresService } from '@prongsai/measures';
import { OrganizationsService } from '@prongsai/organizations';
import { bangkokToday, fiscalYearOf, fiscalYearRange } from '@prongsai/thai';
import { TestApp } from '../setup/test-app';
import {
  CREATE_MEASURE,
  ItaWorld,
  MEASURE_FIELDS,
  PROGRESS,
  itaWorld,
  measureInput,
  ok,
} from './ita-fixtures';

describe('measures (e2e)', () => {
  let t: TestApp;
  let w: ItaWorld;
  beforeAll(async () => {
    t = await TestApp.create();
    w = await itaWorld(t);
  });
  afterAll(() => t.close());

  const LIST = `query($o: ID!, $y: Int!) { measures(organizationId: $o, fiscalYear: $y) { ${MEASURE_FIELDS} } }`;
  const UPDATE = `mutation($id: ID!, $input: UpdateMeasureInput!) { updateMeasure(id: $id, input: $input) { ${MEASURE_FIELDS} } }`;
  const create = async (overrides: Record<string, unknown>, orgId = w.orgId, token = w.tokens.lead) =>
    ok(await t.gql(CREATE_MEASURE, { input: measureInput(orgId, overrides) }, token)).createMeasure;

  it('lists by due date, then title, with trimmed text and de-duplicated indicator codes', async () => {
    await create({ title: 'ข มาตรการ', dueDate: '2023-03-01' });
    await create({ title: '  ก มาตรการ  ', dueDate: '2023-03-01', indicatorCodes: ['10', '9', '10'] });
    await create({ title: 'ค มาตรการ', dueDate: '2022-11-15' });
    const { measures } = ok(await t.gql(LIST, { o: w.orgId, y: 2566 }, w.tokens.member));
    expect(measures.map((m: { title: string; dueDate: string }) => [m.dueDate, m.title])).toEqual([
      ['2022-11-15', 'ค มาตรการ'],
      ['2023-03-01', 'ก มาตรการ'],
      ['2023-03-01', 'ข มาตรการ'],
    ]);
    expect(measures[1].indicatorCodes).toEqual(['10', '9']);
    expect(ok(await t.gql(LIST, { o: w.orgId, y: 2567 }, w.tokens.member)).measures).toEqual([]);
  });

  it('replaces steps in the order given and moves through the status machine', async () => {
    const m = await create({ steps: ['หนึ่ง', 'สอง'] });
    let u = ok(
      await t.gql(UPDATE, { id: m.id, input: { steps: [' สาม ', 'หนึ่ง', 'สอง'] } }, w.tokens.lead),
    ).updateMeasure;
    expect(u.steps.map((s: { order: number; description: string }) => [s.order, s.description])).toEqual([
      [1, 'สาม'],
      [2, 'หนึ่ง'],
      [3, 'สอง'],
    ]);
    u = ok(
      await t.gql(UPDATE, { id: m.id, input: { status: 'IN_PROGRESS' } }, w.tokens.member),
    ).updateMeasure;
    expect(u).toMatchObject({ status: 'IN_PROGRESS', completedAt: null });
    u = ok(await t.gql(UPDATE, { id: m.id, input: { status: 'COMPLETED' } }, w.tokens.member)).updateMeasure;
    expect(u).toMatchObject({ status: 'COMPLETED', result: null, isOverdue: false });
    expect(u.completedAt).not.toBeNull();
    const res = await t.gql(UPDATE, { id: m.id, input: { status: 'IN_PROGRESS' } }, w.tokens.lead);
    expect(res.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'MEASURE_CLOSED',
      field: 'status',
    });
  });

  it('cancels an open measure; cancelled is neither overdue nor counted', async () => {
    const m = await create({ dueDate: '2022-10-01' });
    const before = ok(await t.gql(PROGRESS, { o: w.orgId, y: 2566 }, w.tokens.lead)).organizationProgress;
    const u = ok(
      await t.gql(UPDATE, { id: m.id, input: { status: 'CANCELLED' } }, w.tokens.member),
    ).updateMeasure;
    expect(u).toMatchObject({ status: 'CANCELLED', isOverdue: false });
    const after = ok(await t.gql(PROGRESS, { o: w.orgId, y: 2566 }, w.tokens.lead)).organizationProgress;
    expect([after.measuresTotal, after.measuresOverdue]).toEqual([
      before.measuresTotal - 1,
      before.measuresOverdue - 1,
    ]);
  });

  it('adds and removes evidence links', async () => {
    const m = await create({});
    const ADD = `mutation($m: ID!, $input: AddMeasureEvidenceInput!) { addMeasureEvidence(measureId: $m, input: $input) { id evidence { id url label } } }`;
    ok(
      await t.gql(
        ADD,
        { m: m.id, input: { url: 'http://ww2.ayutthaya.go.th/frontpage', label: ' เว็บไซต์ ' } },
        w.tokens.member,
      ),
    );
    const { addMeasureEvidence } = ok(
      await t.gql(
        ADD,
        {
          m: m.id,
          input: { url: 'https://www.ayutthaya.go.th/person/page.php?news_ID=581', label: 'ประชาสัมพันธ์' },
        },
        w.tokens.lead,
      ),
    );
    expect(addMeasureEvidence.evidence.map((e: { url: string; label: string }) => [e.label, e.url])).toEqual([
      ['เว็บไซต์', 'http://ww2.ayutthaya.go.th/frontpage'],
      ['ประชาสัมพันธ์', 'https://www.ayutthaya.go.th/person/page.php?news_ID=581'],
    ]);
    const { removeMeasureEvidence } = ok(
      await t.gql(
        `mutation($id: ID!) { removeMeasureEvidence(id: $id) { id evidence { label } } }`,
        { id: addMeasureEvidence.evidence[0].id },
        w.tokens.member,
      ),
    );
    expect(removeMeasureEvidence).toEqual({ id: m.id, evidence: [{ label: 'ประชาสัมพันธ์' }] });
  });

  it('deletes a measure with its steps and evidence, and progress follows', async () => {
    const m = await create({ steps: ['ก', 'ข'] });
    const before = ok(await t.gql(PROGRESS, { o: w.orgId, y: 2566 }, w.tokens.lead)).organizationProgress
      .measuresTotal;
    expect(
      ok(await t.gql(`mutation($id: ID!) { deleteMeasure(id: $id) }`, { id: m.id }, w.tokens.lead)),
    ).toEqual({ deleteMeasure: true });
    expect(
      ok(await t.gql(`query($id: ID!) { measure(id: $id) { id } }`, { id: m.id }, w.tokens.lead)),
    ).toEqual({ measure: null });
    expect(await t.db.ownerQuery(`SELECT 1 FROM measure_steps WHERE measure_id = $1`, [m.id])).toEqual([]);
    const after = ok(await t.gql(PROGRESS, { o: w.orgId, y: 2566 }, w.tokens.lead)).organizationProgress
      .measuresTotal;
    expect(after).toBe(before - 1);
    const again = await t.gql(`mutation($id: ID!) { deleteMeasure(id: $id) }`, { id: m.id }, w.tokens.lead);
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('isOverdue compares the due date with today in Asia/Bangkok', async () => {
    // Frameworks ship for FY2565–2567 only: give the current fiscal year one, as a new year's seed would.
    const today = bangkokToday();
    const fy = fiscalYearOf(today);
    await t.db.ownerQuery(
      // A published version for the current year unless it has one (frameworks points at versions).
      `WITH v AS (
         INSERT INTO framework_versions (fiscal_year, revision, status, source, definition, published_at)
         SELECT $1, 1, 'PUBLISHED', 'BUNDLED', jsonb_set(definition, '{fiscalYear}', to_jsonb($1::int)), now()
         FROM frameworks WHERE fiscal_year = 2567 AND NOT EXISTS (SELECT 1 FROM frameworks WHERE fiscal_year = $1)
         RETURNING id, fiscal_year, revision, definition)
       INSERT INTO frameworks (fiscal_year, version_id, revision, pass_threshold, definition)
       SELECT fiscal_year, id, revision, 85, definition FROM v`,
      [fy],
    );
    const future = await create({ fiscalYear: fy, dueDate: fiscalYearRange(fy + 1).end });
    const dueToday = await create({ fiscalYear: fy, dueDate: today });
    const past = await create({ fiscalYear: fy, dueDate: fiscalYearRange(fy - 1).start });
    expect([future.isOverdue, dueToday.isOverdue, past.isOverdue]).toEqual([false, false, true]);
    const p = ok(await t.gql(PROGRESS, { o: w.orgId, y: fy }, w.tokens.lead)).organizationProgress;
    expect([p.measuresTotal, p.measuresOverdue]).toEqual([3, 1]);
  });

  it('loads steps, evidence and organizations of a whole list in one query each (no N+1)', async () => {
    const orgId = await t.orgId('4140801');
    const lead = await t.token('lead.4140801@prongsai.example');
    for (let i = 0; i < 6; i++)
      await create({ title: `มาตรการที่ ${i + 1}`, steps: ['ก', 'ข', 'ค'] }, orgId, lead);
    const measures = t.app.get(MeasuresService);
    const organizations = t.app.get(OrganizationsService);
    const spies = [
      jest.spyOn(measures, 'stepsOf'),
      jest.spyOn(measures, 'evidenceOf'),
      jest.spyOn(organizations, 'findByIds'),
    ];
    try {
      const { measures: list } = ok(await t.gql(LIST, { o: orgId, y: 2566 }, lead));
      expect(list).toHaveLength(6);
      expect(list.every((m: { steps: unknown[] }) => m.steps.length === 3)).toBe(true);
      expect(spies.map((s) => s.mock.calls.length)).toEqual([1, 1, 1]);
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
  });
});
