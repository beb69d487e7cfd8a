import { TestApp } from '../setup/test-app';
import { ItaWorld, firstError, itaWorld, ok } from './ita-fixtures';

/**
 * oitReviewQueue: the province supervisor's queue of PUBLISHED, unreviewed OIT items across the province's
 * LAOs, oldest first, filtered by district and sub-indicator; a decision takes the item off at once.
 */
describe('the province OIT review queue (e2e)', () => {
  let t: TestApp;
  let w: ItaWorld;
  beforeAll(async () => {
    t = await TestApp.create();
    w = await itaWorld(t);
    // Oldest first: O2 of the own LAO, O1 of the other LAO, then O1 and O11 of the own LAO; O3 stays a draft.
    const publish = async (org: string, token: string, itemCode: string, status = 'PUBLISHED') =>
      ok(
        await t.gql(
          `mutation($input: UpdateOitItemInput!) { updateOitItem(input: $input) { code } }`,
          {
            input: {
              organizationId: org,
              fiscalYear: 2566,
              itemCode,
              status,
              evidenceUrls: [`https://example.go.th/${itemCode}`],
            },
          },
          token,
        ),
      );
    await publish(w.orgId, w.tokens.member, 'O2');
    await publish(w.otherOrgId, w.tokens.stranger, 'O1');
    await publish(w.orgId, w.tokens.member, 'O1');
    await publish(w.orgId, w.tokens.member, 'O11');
    await publish(w.orgId, w.tokens.member, 'O3', 'DRAFT');
  });
  afterAll(() => t.close());

  const QUEUE = `query($d: String, $s: String, $first: Int) {
    oitReviewQueue(provinceCode: "14", fiscalYear: 2566, districtCode: $d, subIndicatorCode: $s, first: $first) {
      total
      items { fiscalYear submittedAt organization { code district { code } } item { code subIndicatorCode status review evidenceUrls } }
    } }`;
  type Queue = {
    total: number;
    items: { organization: { code: string; district: { code: string } }; item: { code: string } }[];
  };
  const queue = async (vars: Record<string, unknown> = {}, token = w.tokens.supervisor): Promise<Queue> =>
    ok(await t.gql(QUEUE, vars, token)).oitReviewQueue as Queue;
  const keys = (q: Queue) => q.items.map((i) => `${i.organization.code}:${i.item.code}`);

  it('every published, unreviewed item of the province, oldest first', async () => {
    const q = await queue();
    expect(keys(q)).toEqual(['4140103:O2', '4140602:O1', '4140103:O1', '4140103:O11']);
    expect(q.total).toBe(4);
    expect(q.items[0]).toMatchObject({
      fiscalYear: 2566,
      item: { status: 'PUBLISHED', review: null, evidenceUrls: ['https://example.go.th/O2'] },
    });
    // The admin sees the same queue; `first` pages without changing the total.
    expect(keys(await queue({}, w.tokens.admin))).toEqual(keys(q));
    const page = await queue({ first: 2 });
    expect(page).toMatchObject({ total: 4 });
    expect(keys(page)).toEqual(['4140103:O2', '4140602:O1']);
  });

  it('filters by district and by sub-indicator', async () => {
    expect(keys(await queue({ d: '1406' }))).toEqual(['4140602:O1']);
    const own = await queue({ d: '1401' });
    expect(own.total).toBe(3);
    // O1 and O2 are of 9.1, O11 of 9.2 (FY2566).
    expect(keys(await queue({ s: '9.1' }))).toEqual(['4140103:O2', '4140602:O1', '4140103:O1']);
    expect(keys(await queue({ s: '9.1', d: '1406' }))).toEqual(['4140602:O1']);
  });

  it('accepting or returning takes the item off the queue at once', async () => {
    const review = (itemCode: string, decision: string, comment?: string) =>
      t.gql(
        `mutation($input: ReviewOitItemInput!) { reviewOitItem(input: $input) { review } }`,
        { input: { organizationId: w.orgId, fiscalYear: 2566, itemCode, decision, comment } },
        w.tokens.supervisor,
      );
    ok(await review('O2', 'ACCEPTED'));
    ok(await review('O11', 'RETURNED', 'ลิงก์ไม่ตรงกับข้อ'));
    const q = await queue();
    expect(keys(q)).toEqual(['4140602:O1', '4140103:O1']);
    expect(q.total).toBe(2);
  });

  it('only the province’s supervisors and ADMIN; bad filters are BAD_USER_INPUT with the field', async () => {
    for (const actor of ['lead', 'member', 'stranger', 'outsider'] as const) {
      const res = await t.gql(QUEUE, {}, w.tokens[actor]);
      expect(res.data ?? null).toBeNull();
      expect(firstError(res).code).toBe('FORBIDDEN');
    }
    expect(firstError(await t.gql(QUEUE, {})).code).toBe('UNAUTHENTICATED');
    expect(firstError(await t.gql(QUEUE, { d: '1001' }, w.tokens.supervisor))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'districtCode',
    });
    expect(firstError(await t.gql(QUEUE, { s: '99.9' }, w.tokens.supervisor))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'subIndicatorCode',
    });
    expect(firstError(await t.gql(QUEUE, { first: 0 }, w.tokens.supervisor))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });
});
