import { DataSource } from 'typeorm';
import { ownerDataSourceOptions } from '@prongsai/database';
import { bundledFrameworkReleases, seedFrameworks, seedOne } from '@prongsai/frameworks';
import { ALL_ENTITIES } from '../../scripts/entities';
import { TestApp } from '../setup/test-app';

/** `db:seed` runs again on every start: it must change nothing, and never undo or rewrite a used year. */
describe('seeding frameworks again (integration)', () => {
  let t: TestApp;
  let ds: DataSource;
  beforeAll(async () => {
    t = await TestApp.create();
    ds = await new DataSource(ownerDataSourceOptions(t.config, ALL_ENTITIES)).initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await t.close();
  });

  const versions = () =>
    ds.query(
      `SELECT fiscal_year, revision, source::text, status::text FROM framework_versions ORDER BY 1, 2`,
    );

  it('is idempotent; a changed bundled year is refreshed while unused and gets a new revision once used', async () => {
    const before = await versions();
    expect(before).toHaveLength(6);
    await seedFrameworks(ds.manager);
    expect(await versions()).toEqual(before);

    const [fy2568, fy2569] = bundledFrameworkReleases().slice(3, 5);
    const changed = (r: typeof fy2568) => ({
      ...r,
      definition: { ...r.definition, assumptions: [...r.definition.assumptions, 'changed in code'] },
    });
    expect(await seedOne(ds.manager, changed(fy2568))).toBe('refreshed');
    const [org] = await ds.query(`SELECT id FROM organizations LIMIT 1`);
    await ds.query(
      `INSERT INTO indicator_scores (organization_id, fiscal_year, indicator_code, score, source) VALUES ($1, 2569, '1', 80, 'OFFICIAL')`,
      [org.id],
    );
    expect(await seedOne(ds.manager, changed(fy2569))).toBe('new-revision');
    const [current] = await ds.query(`SELECT revision FROM frameworks WHERE fiscal_year = 2569`);
    expect(current.revision).toBe(2);
    expect(await seedOne(ds.manager, changed(fy2569))).toBe('unchanged');
  });

  it("never touches a year whose current revision is an admin's", async () => {
    await ds.query(`UPDATE framework_versions SET source = 'COPY' WHERE fiscal_year = 2570`);
    const [fy2570] = bundledFrameworkReleases().slice(5);
    expect(
      await seedOne(ds.manager, { ...fy2570, definition: { ...fy2570.definition, passThreshold: 80 } }),
    ).toBe('kept-admin-revision');
    const [row] = await ds.query(`SELECT pass_threshold FROM frameworks WHERE fiscal_year = 2570`);
    expect(Number(row.pass_threshold)).toBe(85);
  });
});
