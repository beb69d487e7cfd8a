import { ALL_PARTS, RollupParts, rollupSql } from './rollup-query';

const NONE: RollupParts = {
  national: false,
  byDistrict: false,
  byType: false,
  grades: false,
  nationalByType: false,
  nationalGrades: false,
  overdue: false,
  oit: false,
  surveys: false,
  atRiskDetails: false,
};

const tablesOf = (sql: string) =>
  ['organization_progress', 'measures', 'oit_item_counts', 'survey_targets'].filter((t) =>
    new RegExp(`\\b(FROM|JOIN) ${t}\\b`).test(sql),
  );

describe('rollupSql', () => {
  it.each<[string, Partial<RollupParts>, string[]]>([
    ['the stored progress alone', {}, ['organization_progress']],
    ['overdue measures', { overdue: true }, ['organization_progress', 'measures']],
    ['OIT counters', { oit: true }, ['organization_progress', 'oit_item_counts']],
    ['survey targets', { surveys: true }, ['organization_progress', 'survey_targets']],
    ['everything', ALL_PARTS, ['organization_progress', 'measures', 'oit_item_counts', 'survey_targets']],
  ])('reads only the tables its parts need: %s', (_name, parts, tables) => {
    expect(tablesOf(rollupSql({ ...NONE, ...parts }))).toEqual(tables);
  });

  it.each<[string, Partial<RollupParts>, string[]]>([
    ['province totals', {}, ['(fiscal_year, province_code)']],
    [
      'province by district, type and grade',
      { byDistrict: true, byType: true, grades: true },
      [
        '(fiscal_year, province_code)',
        '(fiscal_year, province_code, district_code)',
        '(fiscal_year, province_code, org_type)',
        '(fiscal_year, province_code, grade)',
      ],
    ],
    [
      'the country by type and grade, provinces in totals',
      { national: true, nationalByType: true, nationalGrades: true },
      ['(fiscal_year, province_code)', '(fiscal_year)', '(fiscal_year, org_type)', '(fiscal_year, grade)'],
    ],
  ])('grouping sets: %s', (_name, parts, sets) => {
    const sql = rollupSql({ ...NONE, ...parts });
    expect(/GROUP BY GROUPING SETS \((.*)\)\n\)/.exec(sql)?.[1]).toBe(sets.join(', '));
  });

  it('a province statement looks organizations up one by one (LATERAL), the national one joins tables', () => {
    const perOrg = (sql: string) => /per_org AS \(([\s\S]*?)\n\),/.exec(sql)?.[1] ?? '';
    expect(perOrg(rollupSql({ ...ALL_PARTS, national: false }))).toMatch(/LEFT JOIN LATERAL/);
    const national = perOrg(rollupSql({ ...ALL_PARTS, national: true, atRiskDetails: false }));
    expect(national).toMatch(/LEFT JOIN organization_progress/);
    // (The at-risk list's revision lookup is LATERAL in both: at most `first` rows, not one per LAO.)
    expect(national).not.toMatch(/LATERAL/);
  });

  it('always declares all four parameters, whichever parts are left out', () => {
    for (const sql of [rollupSql(NONE), rollupSql({ ...NONE, national: true })]) {
      expect(['$1::text[]', '$2::int', '$3::date', '$4::int'].filter((p) => !sql.includes(p))).toEqual([]);
    }
  });

  it('builds each combination once', () => {
    expect(rollupSql({ ...NONE, oit: true })).toBe(rollupSql({ ...NONE, oit: true }));
  });
});
