import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getIntrospectionQuery, isObjectType, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { DEFAULT_LIST_SIZE, FIELD_COSTS, fieldCostEstimator, LIST_SIZES } from './field-costs';

/** The served schema as committed (schema.gql; the contract test keeps it current). */
const schema = buildSchema(readFileSync(join(__dirname, '../../../../schema.gql'), 'utf8'));

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [fieldCostEstimator] });

describe('field costs', () => {
  it.each([...Object.keys(FIELD_COSTS), ...Object.keys(LIST_SIZES)])('%s is a field of the schema', (key) => {
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    expect(isObjectType(type) && type.getFields()[fieldName] !== undefined).toBe(true);
  });

  it.each<[string, string, number]>([
    ['a plain field costs 1', '{ me { email } }', 2],
    [
      'a roll-up costs its SQL',
      '{ provinceRollup(provinceCode: "14", fiscalYear: 2566) { passingCount } }',
      602,
    ],
    [
      'a list of objects counts its children once per expected entry (43 OIT items → 50)',
      '{ framework(fiscalYear: 2566) { oitItems { code nameTh } } }',
      1 + 10 + 1 + 50 * 2,
    ],
    ['a list of scalars is one column', '{ frameworkYears }', 1],
    [
      'a list with `first` counts that many',
      '{ provinceRollup(provinceCode: "14", fiscalYear: 2566) { atRisk(first: 3) { gapToPass } } }',
      1 + 600 + 1 + 3 * 1,
    ],
    [
      'a list not in LIST_SIZES counts DEFAULT_LIST_SIZE',
      '{ nationalRollup(fiscalYear: 2566) { byType { type } } }',
      1 + 2500 + 1 + DEFAULT_LIST_SIZE,
    ],
    ['a mutation costs at least MUTATION_MIN_COST', 'mutation { deleteMeasure(id: "x") }', 11],
    ['a login costs its argon2 work', 'mutation { login(email: "a", password: "b") { accessToken } }', 1502],
  ])('%s', (_name, query, expected) => {
    expect(cost(query)).toBe(expected);
  });

  it('reads `first` from the variables, and caps what it counts', () => {
    const q = 'query($n: Int!) { auditLog(organizationId: "x", first: $n) { id } }';
    expect(cost(q, { n: 5 })).toBe(1 + 10 + 5);
    expect(cost(q, { n: 1_000_000 })).toBe(1 + 10 + 500);
  });

  it("keeps a code generator's full introspection query far below the limit of 5,000", () => {
    expect(cost(getIntrospectionQuery({ descriptions: true }))).toBeLessThan(1000);
  });

  // Aliases and tokens are refused before pricing (armor.spec.ts); the price refuses them too.
  it.each<[string, number, string]>([
    ['provinceRollup', 1800, 'provinceRollup(provinceCode: "14", fiscalYear: 2566) { passingCount }'],
    ['organizationProgress', 1500, 'organizationProgress(organizationId: "x", fiscalYear: 2566) { grade }'],
    ['framework { oitItems }', 1200, 'framework(fiscalYear: 2566) { oitItems { code nameTh order } }'],
  ])('prices the issue-16 flood of aliased %s more than 20 times the limit', (_name, n, field) => {
    const query = `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    expect(cost(query)).toBeGreaterThan(20 * 5000);
  });
});
