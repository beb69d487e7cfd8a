import { ADMIN, leadEmail, SUPERVISOR_14, TestApp } from '../setup/test-app';

describe('organizations (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.create();
  });
  afterAll(() => t.close());

  const LIST = `query($p: String!) { organizations(provinceCode: $p) { id code nameTh type province { code nameTh } district { code nameTh } } }`;

  it('a supervisor of 14 sees all 158 LAOs ordered by code, with their districts', async () => {
    const res = await t.gql<{ organizations: { code: string; district: { code: string } }[] }>(
      LIST,
      { p: '14' },
      await t.token(SUPERVISOR_14),
    );
    expect(res.errors).toBeUndefined();
    const codes = res.data!.organizations.map((o) => o.code);
    expect(codes).toHaveLength(158);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(res.data!.organizations.map((o) => o.district.code)).size).toBe(16);
  });

  it('a lead sees only its own organization', async () => {
    const res = await t.gql<{ organizations: { code: string; type: string }[] }>(
      LIST,
      { p: '14' },
      await t.token(leadEmail('2140101')),
    );
    expect(res.data!.organizations).toEqual([
      expect.objectContaining({ code: '2140101', type: 'PROVINCIAL_ADMINISTRATIVE_ORGANIZATION' }),
    ]);
  });

  it('counts the LAO types of the registry', async () => {
    const res = await t.gql<{ organizations: { type: string }[] }>(LIST, { p: '14' }, await t.token(ADMIN));
    const count: Record<string, number> = {};
    for (const o of res.data!.organizations) count[o.type] = (count[o.type] ?? 0) + 1;
    expect(count).toEqual({
      PROVINCIAL_ADMINISTRATIVE_ORGANIZATION: 1,
      CITY_MUNICIPALITY: 1,
      TOWN_MUNICIPALITY: 5,
      SUBDISTRICT_MUNICIPALITY: 30,
      SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION: 121,
    });
  });

  it('organization(id) answers null for another tenant, the own organization otherwise', async () => {
    const own = await t.orgId('2140101');
    const other = await t.orgId('3140102');
    const token = await t.token(leadEmail('2140101'));
    const q = `query($id: ID!) { organization(id: $id) { code } }`;
    expect((await t.gql(q, { id: own }, token)).data).toEqual({ organization: { code: '2140101' } });
    expect((await t.gql(q, { id: other }, token)).data).toEqual({ organization: null });
  });

  it('refuses anonymous callers', async () => {
    const res = await t.gql(LIST, { p: '14' });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
