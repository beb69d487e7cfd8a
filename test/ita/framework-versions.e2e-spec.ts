import { ErrorReason } from '@prongsai/common';
import { FrameworkDefinition, frameworkToXlsx, loadBundledFrameworks } from '@prongsai/frameworks';
import { TestApp } from '../setup/test-app';
import { ItaWorld, OwnerProbe, PROGRESS, itaWorld, ok, recordScores } from './ita-fixtures';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? Mutable<U>[] : T[K] };

const FRAMEWORK = `query($y: Int!) { framework(fiscalYear: $y) {
  fiscalYear revision status source confirmedByNacc noticeTh note versionId passThreshold
  tools { code weight } indicators { code tool weight } gradeBands { grade min max }
  oitSubIndicators { code indicatorCode } oitItems { code order nameTh subIndicatorCode } } }`;
const VERSION_FIELDS = `id fiscalYear revision status source confirmedByNacc note current inUse copiedFromId
  framework { fiscalYear revision status noticeTh oitItems { code } tools { code weight } }`;
const IMPORT = `mutation($input: ImportFrameworkDraftInput!) { importFrameworkDraft(input: $input) { ${VERSION_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $c: Boolean) { publishFrameworkDraft(id: $id, confirmedByNacc: $c) { ${VERSION_FIELDS} } }`;
const CREATE = `mutation($input: CreateFrameworkDraftInput!) { createFrameworkDraft(input: $input) { ${VERSION_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateFrameworkDraftInput!) { updateFrameworkDraft(id: $id, input: $input) { ${VERSION_FIELDS} } }`;
const PROGRESS_REVISION = `query($o: ID!, $y: Int!) { organizationProgress(organizationId: $o, fiscalYear: $y) {
  estimatedScore frameworkRevision toolScores { tool weight score } } }`;

// Bangkok FY2566 (ita.md): IIT 82.44, EIT 80.82 (mean of EIT-1 79.40 and EIT-2 82.24), OIT 100 → 88.98.
const BANGKOK_2566 = {
  '1': 82.44, '2': 82.44, '3': 82.44, '4': 82.44, '5': 82.44,
  '6': 80.82, '7': 80.82, '8': 80.82, '9': 100, '10': 100,
}; // prettier-ignore

/**
 * FY2570 as the NACC might publish it, differing from FY2567: other tool weights (IIT 25, EIT 35), an item
 * removed (O43) and an item added (O44).
 */
function fy2570(): Mutable<FrameworkDefinition> {
  const fw = JSON.parse(JSON.stringify(loadBundledFrameworks()[2])) as Mutable<FrameworkDefinition>;
  fw.fiscalYear = 2570;
  fw.assumptions = ['Test: FY2570 as published, with its own weights and items.'];
  fw.tools[0].weight = 0.25;
  fw.tools[1].weight = 0.35;
  fw.oitItems = fw.oitItems.filter((i) => i.code !== 'O43');
  fw.oitItems.push({
    code: 'O44',
    order: 44,
    nameTh: 'รายงานผลการใช้ระบบ e-Service ประจำปี',
    subIndicatorCode: '10.2',
  });
  return fw;
}

describe('framework versions: drafts, imports, validation, publishing (e2e)', () => {
  let t: TestApp;
  let w: ItaWorld;
  let db: OwnerProbe;
  beforeAll(async () => {
    t = await TestApp.create();
    w = await itaWorld(t);
    db = await OwnerProbe.open(t);
  });
  afterAll(async () => {
    await db.close();
    await t.close();
  });

  const versionCount = async () =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM framework_versions`))[0].n;

  it('FY2568–2570 are usable today as published copies of FY2567 that say they are not confirmed', async () => {
    for (const y of [2568, 2569, 2570]) {
      const { framework } = ok(await t.gql(FRAMEWORK, { y }, w.tokens.lead));
      expect(framework).toMatchObject({
        fiscalYear: y,
        revision: 1,
        status: 'PUBLISHED',
        source: 'BUNDLED',
        confirmedByNacc: false,
        noticeTh: 'ยังไม่ยืนยันเกณฑ์ของปีนี้',
      });
      expect(framework.note).toMatch(/คัดลอกจากเกณฑ์ปี 2567/);
      expect(framework.oitItems).toHaveLength(43);
    }
    const { framework } = ok(await t.gql(FRAMEWORK, { y: 2566 }, w.tokens.lead));
    expect(framework).toMatchObject({ confirmedByNacc: true, noticeTh: null });
    expect(framework.gradeBands.slice(0, 2)).toEqual([
      { grade: 'AA', min: 95, max: 100 },
      { grade: 'A', min: 85, max: 94.99 },
    ]);
    // A lead can work in FY2570 today.
    const res = await t.gql(
      `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id fiscalYear } }`,
      {
        input: {
          organizationId: w.orgId,
          fiscalYear: 2570,
          title: 'ประกาศเจตนารมณ์ No Gift Policy ประจำปี 2570',
          steps: ['จัดทำประกาศ'],
          responsible: 'สำนักปลัด',
          dueDate: '2027-03-31',
          indicatorCodes: ['10'],
        },
      },
      w.tokens.lead,
    );
    expect(ok(res).createMeasure.fiscalYear).toBe(2570);
  });

  // Each kind of error, as an admin importing a JSON file: BAD_USER_INPUT naming the path, nothing stored.
  it.each<[string, (fw: Mutable<FrameworkDefinition>) => void, string, ErrorReason]>([
    [
      'tool weights not summing to 100%',
      (fw) => (fw.tools[2].weight = 0.5),
      'tools.0.weight',
      ErrorReason.FRAMEWORK_WEIGHTS_NOT_100,
    ],
    [
      "an item's sub-indicator missing",
      (fw) => (fw.oitItems[0].subIndicatorCode = '9.9'),
      'oitItems.0.subIndicatorCode',
      ErrorReason.FRAMEWORK_UNKNOWN_REFERENCE,
    ],
    [
      'a gap in the grade bands',
      (fw) => (fw.gradeBands[6].min = 1),
      'gradeBands.6.min',
      ErrorReason.FRAMEWORK_GRADE_BANDS_GAP,
    ],
    [
      'overlapping grade bands',
      (fw) => (fw.gradeBands[1].max = 96),
      'gradeBands.1.max',
      ErrorReason.FRAMEWORK_GRADE_BANDS_OVERLAP,
    ],
    [
      'a pass threshold outside 0–100',
      (fw) => (fw.passThreshold = 120),
      'passThreshold',
      ErrorReason.FRAMEWORK_PASS_THRESHOLD_OUTSIDE,
    ],
    [
      'a duplicate code',
      (fw) => (fw.indicators[1].code = '1'),
      'indicators.1.code',
      ErrorReason.FRAMEWORK_DUPLICATE_CODE,
    ],
    [
      'a wrong shape',
      (fw) => (fw.tools[0].weight = '30%' as never),
      'tools.0.weight',
      ErrorReason.FRAMEWORK_INVALID,
    ],
  ])(
    'refuses a file with %s, naming the path, storing nothing',
    async (_scenario, breakIt, field, reason) => {
      const before = await versionCount();
      const fw = fy2570();
      breakIt(fw);
      const res = await t.gql(
        IMPORT,
        { input: { format: 'JSON', content: JSON.stringify(fw) } },
        w.tokens.admin,
      );
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
      expect(await versionCount()).toBe(before);
    },
  );

  it('refuses an XLSX file with a bad weight naming the path, and JSON that is not JSON', async () => {
    const fw = fy2570();
    fw.tools[0].weight = 0.4;
    const xlsx = (await frameworkToXlsx(fw)).toString('base64');
    const bad = await t.gql(IMPORT, { input: { format: 'XLSX', content: xlsx } }, w.tokens.admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'tools.0.weight',
      reason: ErrorReason.FRAMEWORK_WEIGHTS_NOT_100,
    });
    expect(bad.errors?.[0]?.message).toMatch(/sheet "เครื่องมือ", row 2/);
    const notJson = await t.gql(IMPORT, { input: { format: 'JSON', content: '{' } }, w.tokens.admin);
    expect(notJson.errors?.[0]?.extensions).toMatchObject({ reason: ErrorReason.FRAMEWORK_FILE_UNREADABLE });
    // The dry run lists every problem without storing anything.
    const problems = ok(
      await t.gql(
        `query($input: FrameworkFileInput!) { validateFrameworkFile(input: $input) { path reason message } }`,
        { input: { format: 'XLSX', content: xlsx } },
        w.tokens.admin,
      ),
    ).validateFrameworkFile;
    expect(problems).toEqual([
      expect.objectContaining({ path: 'tools.0.weight', reason: 'FRAMEWORK_WEIGHTS_NOT_100' }),
    ]);
  });

  it("a FY2570 framework differing from FY2567 is imported, published, and the lead's estimate follows it; FY2566 does not move", async () => {
    // The lead's standing before: FY2566 as Bangkok's, FY2570 from its own official scores on revision 1.
    await recordScores(t, w.tokens.supervisor, w.orgId, 2566, 'OFFICIAL', BANGKOK_2566);
    const scores2570 = {
      '1': 80,
      '2': 80,
      '3': 80,
      '4': 80,
      '5': 80,
      '6': 90,
      '7': 90,
      '8': 90,
      '9': 100,
      '10': 100,
    };
    await recordScores(t, w.tokens.lead, w.orgId, 2570, 'SELF_ASSESSMENT', scores2570);
    const p2566 = ok(
      await t.gql(PROGRESS_REVISION, { o: w.orgId, y: 2566 }, w.tokens.lead),
    ).organizationProgress;
    expect(p2566).toMatchObject({ estimatedScore: 88.98, frameworkRevision: 1 });
    const before = ok(
      await t.gql(PROGRESS_REVISION, { o: w.orgId, y: 2570 }, w.tokens.lead),
    ).organizationProgress;
    expect(before).toMatchObject({ estimatedScore: 0.3 * 80 + 0.3 * 90 + 0.4 * 100, frameworkRevision: 1 }); // 91

    // Imported as XLSX (the layout an admin edits in Excel): a DRAFT, not yet what anyone scores with.
    const xlsx = (await frameworkToXlsx(fy2570())).toString('base64');
    const draft = ok(
      await t.gql(
        IMPORT,
        { input: { format: 'XLSX', content: xlsx, fiscalYear: 2570, note: 'เกณฑ์ ป.ป.ช. ปี 2570' } },
        w.tokens.admin,
      ),
    ).importFrameworkDraft;
    expect(draft).toMatchObject({
      fiscalYear: 2570,
      revision: 2,
      status: 'DRAFT',
      source: 'IMPORT_XLSX',
      current: false,
      inUse: true,
    });
    expect(ok(await t.gql(FRAMEWORK, { y: 2570 }, w.tokens.lead)).framework.revision).toBe(1);

    // Published as the NACC's: revision 2 is what FY2570 reads now.
    const published = ok(
      await t.gql(PUBLISH, { id: draft.id, c: true }, w.tokens.admin),
    ).publishFrameworkDraft;
    expect(published).toMatchObject({
      revision: 2,
      status: 'PUBLISHED',
      current: true,
      confirmedByNacc: true,
    });
    const { framework } = ok(await t.gql(FRAMEWORK, { y: 2570 }, w.tokens.member));
    expect(framework).toMatchObject({
      revision: 2,
      confirmedByNacc: true,
      noticeTh: null,
      note: 'เกณฑ์ ป.ป.ช. ปี 2570',
    });
    expect(framework.tools.map((x: { weight: number }) => x.weight)).toEqual([0.25, 0.35, 0.4]);
    const codes = framework.oitItems.map((i: { code: string }) => i.code);
    expect(codes).toContain('O44');
    expect(codes).not.toContain('O43');

    // The estimate follows revision 2 and says so: 0.25·80 + 0.35·90 + 0.4·100 = 91.5.
    const after = ok(
      await t.gql(PROGRESS_REVISION, { o: w.orgId, y: 2570 }, w.tokens.lead),
    ).organizationProgress;
    expect(after).toMatchObject({ estimatedScore: 91.5, frameworkRevision: 2 });
    expect(after.toolScores.map((x: { weight: number }) => x.weight)).toEqual([0.25, 0.35, 0.4]);
    // The removed item is no longer answerable in FY2570, the added one is.
    const answer = (itemCode: string) =>
      t.gql(
        `mutation($input: UpdateOitItemInput!) { updateOitItem(input: $input) { code status } }`,
        { input: { organizationId: w.orgId, fiscalYear: 2570, itemCode, status: 'DRAFT' } },
        w.tokens.lead,
      );
    expect(ok(await answer('O44')).updateOitItem).toEqual({ code: 'O44', status: 'DRAFT' });
    expect((await answer('O43')).errors?.[0]?.extensions?.reason).toBe(ErrorReason.UNKNOWN_OIT_ITEM);

    // FY2566 does not move: same figure, same revision, same framework.
    expect(
      ok(await t.gql(PROGRESS_REVISION, { o: w.orgId, y: 2566 }, w.tokens.lead)).organizationProgress,
    ).toEqual(p2566);
    expect(
      ok(await t.gql(PROGRESS, { o: w.orgId, y: 2566 }, w.tokens.lead)).organizationProgress.estimatedScore,
    ).toBe(88.98);
    expect(ok(await t.gql(FRAMEWORK, { y: 2566 }, w.tokens.lead)).framework.revision).toBe(1);
    const [stored] = await db.query<{ framework_revision: number }>(
      `SELECT framework_revision FROM organization_progress WHERE organization_id = $1 AND fiscal_year = 2570`,
      [w.orgId],
    );
    expect(stored.framework_revision).toBe(2);
  });

  it('a published revision never changes; a copy into a draft is edited with full validation, one draft per year', async () => {
    const [rev1] = ok(
      await t.gql(
        `{ frameworkVersions(fiscalYear: 2569) { id revision status current } }`,
        {},
        w.tokens.admin,
      ),
    ).frameworkVersions;
    expect(rev1).toMatchObject({ revision: 1, status: 'PUBLISHED', current: true });
    const edit = await t.gql(UPDATE, { id: rev1.id, input: { note: 'แก้' } }, w.tokens.admin);
    expect(edit.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
      reason: 'FRAMEWORK_NOT_DRAFT',
    });

    const draft = ok(
      await t.gql(CREATE, { input: { fiscalYear: 2569 } }, w.tokens.admin),
    ).createFrameworkDraft;
    expect(draft).toMatchObject({
      fiscalYear: 2569,
      revision: 2,
      status: 'DRAFT',
      source: 'COPY',
      copiedFromId: rev1.id,
      confirmedByNacc: false,
    });
    const again = await t.gql(CREATE, { input: { fiscalYear: 2569 } }, w.tokens.admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({
      field: 'input.fiscalYear',
      reason: 'FRAMEWORK_DRAFT_EXISTS',
    });

    // The admin page sends the whole edited framework back; a bad edit names its path under input.definition.
    const definition = { ...fy2570(), fiscalYear: 2569 };
    definition.indicators.filter((i) => i.tool === 'IIT').forEach((i) => (i.weight = 0.1));
    const refused = await t.gql(UPDATE, { id: draft.id, input: { definition } }, w.tokens.admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.definition.indicators.0.weight',
      reason: 'FRAMEWORK_WEIGHTS_NOT_100',
    });
    const wrongYear = await t.gql(UPDATE, { id: draft.id, input: { definition: fy2570() } }, w.tokens.admin);
    expect(wrongYear.errors?.[0]?.extensions).toMatchObject({
      field: 'input.definition.fiscalYear',
      reason: 'FRAMEWORK_YEAR_MISMATCH',
    });
    definition.indicators
      .filter((i) => i.tool === 'IIT')
      .forEach((i, k) => (i.weight = [0.4, 0.15, 0.15, 0.15, 0.15][k]));
    const edited = ok(
      await t.gql(UPDATE, { id: draft.id, input: { definition } }, w.tokens.admin),
    ).updateFrameworkDraft;
    expect(edited.framework.oitItems.map((i: { code: string }) => i.code)).toContain('O44');
    // Still a draft: FY2569 reads revision 1 until it is published; discarding leaves it so.
    expect(ok(await t.gql(FRAMEWORK, { y: 2569 }, w.tokens.lead)).framework.revision).toBe(1);
    expect(
      ok(
        await t.gql(
          `mutation($id: ID!) { discardFrameworkDraft(id: $id) }`,
          { id: draft.id },
          w.tokens.admin,
        ),
      ),
    ).toEqual({
      discardFrameworkDraft: true,
    });
    expect(
      (await t.gql(`query($id: ID!) { frameworkVersion(id: $id) { id } }`, { id: draft.id }, w.tokens.admin))
        .errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'FRAMEWORK_VERSION_NOT_FOUND',
    });
  });

  it('a new year is started by copying the last one, and exists for everyone once published', async () => {
    const draft = ok(
      await t.gql(CREATE, { input: { fiscalYear: 2571 } }, w.tokens.admin),
    ).createFrameworkDraft;
    expect(draft).toMatchObject({ fiscalYear: 2571, revision: 1, status: 'DRAFT', inUse: false });
    expect(draft.framework.oitItems.map((i: { code: string }) => i.code)).toContain('O44'); // from FY2570 rev 2
    expect(ok(await t.gql(`{ frameworkYears }`, {}, w.tokens.lead)).frameworkYears).not.toContain(2571);
    ok(await t.gql(PUBLISH, { id: draft.id }, w.tokens.admin));
    expect(ok(await t.gql(`{ frameworkYears }`, {}, w.tokens.lead)).frameworkYears).toEqual([
      2565, 2566, 2567, 2568, 2569, 2570, 2571,
    ]);
    const { framework } = ok(await t.gql(FRAMEWORK, { y: 2571 }, w.tokens.lead));
    expect(framework).toMatchObject({
      revision: 1,
      confirmedByNacc: false,
      noticeTh: 'ยังไม่ยืนยันเกณฑ์ของปีนี้',
      source: 'COPY',
    });
    // The file of a version reads back as the same framework.
    const json = ok(
      await t.gql(
        `query($id: ID!) { frameworkFile(id: $id, format: JSON) }`,
        { id: draft.id },
        w.tokens.admin,
      ),
    ).frameworkFile as string;
    expect(JSON.parse(json)).toMatchObject({ fiscalYear: 2571 });
  });
});
