import { TestApp } from '../setup/test-app';
import { ItaWorld, firstError, itaWorld, ok } from './ita-fixtures';

describe('frameworks (e2e)', () => {
  let t: TestApp;
  let w: ItaWorld;
  beforeAll(async () => {
    t = await TestApp.create();
    w = await itaWorld(t);
  });
  afterAll(() => t.close());

  const FRAMEWORK = `query($y: Int!) { framework(fiscalYear: $y) {
    fiscalYear passThreshold indicators { code nameTh tool } tools { code nameTh weight } gradeBands { grade min }
    oitSubIndicators { code indicatorCode nameTh } oitItems { code order nameTh subIndicatorCode } assumptions } }`;

  it('serves FY2566 complete: 10 indicators, weights 30/30/40, grade bands, 43 OIT items in 7 sub-indicators', async () => {
    const { framework } = ok(await t.gql(FRAMEWORK, { y: 2566 }, w.tokens.lead));
    expect(framework.fiscalYear).toBe(2566);
    expect(framework.passThreshold).toBe(85);
    expect(framework.indicators).toHaveLength(10);
    expect(framework.indicators[0]).toEqual({ code: '1', nameTh: 'การปฏิบัติหน้าที่', tool: 'IIT' });
    expect(framework.tools.map((x: { code: string; weight: number }) => [x.code, x.weight])).toEqual([
      ['IIT', 0.3],
      ['EIT', 0.3],
      ['OIT', 0.4],
    ]);
    expect(framework.gradeBands.map((b: { grade: string }) => b.grade)).toEqual([
      'AA',
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
    ]);
    expect(framework.oitItems).toHaveLength(43);
    expect(framework.oitSubIndicators).toHaveLength(7);
    expect(framework.oitItems[42]).toMatchObject({ code: 'O43', order: 43, subIndicatorCode: '10.2' });
    expect(framework.assumptions.length).toBeGreaterThan(0);
  });

  it('serves FY2565 and FY2567 (placeholders that say so in their assumptions)', async () => {
    for (const y of [2565, 2567]) {
      const { framework } = ok(await t.gql(FRAMEWORK, { y }, w.tokens.member));
      expect(framework.fiscalYear).toBe(y);
      expect(framework.assumptions.join(' ')).toMatch(/Placeholder/);
    }
    expect(ok(await t.gql(`{ frameworkYears }`, {}, w.tokens.supervisor))).toEqual({
      frameworkYears: [2565, 2566, 2567, 2568, 2569, 2570],
    });
  });

  it.each([2023, 2599, 0])('an unknown fiscal year (%p) is BAD_USER_INPUT on fiscalYear', async (y) => {
    expect(firstError(await t.gql(FRAMEWORK, { y }, w.tokens.lead))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'fiscalYear',
    });
  });

  it('is for signed-in users only', async () => {
    expect(firstError(await t.gql(FRAMEWORK, { y: 2566 })).code).toBe('UNAUTHENTICATED');
  });
});
