import { GraphQLResolveInfo, buildSchema, graphql } from 'graphql';
import { requestedAtRiskLimit } from './at-risk-selection';

const schema = buildSchema(`
  type Org { code: String }
  type ProvinceRollup { organizationCount: Int, atRisk(first: Int = 10): [Org] }
  type NationalRollup { provinces: [ProvinceRollup] }
  type Query { provinceRollup: ProvinceRollup, nationalRollup: NationalRollup }
`);

async function limitFor(source: string, variableValues?: Record<string, unknown>): Promise<number> {
  let limit = NaN;
  const capture = (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
    limit = requestedAtRiskLimit(info, 'ProvinceRollup');
    return null;
  };
  const result = await graphql({
    schema,
    source,
    variableValues,
    rootValue: { provinceRollup: capture, nationalRollup: capture },
  });
  expect(result.errors).toBeUndefined();
  return limit;
}

describe('requestedAtRiskLimit', () => {
  it.each<[string, string, Record<string, unknown> | undefined, number]>([
    ['not asked for: nothing to fetch', '{ provinceRollup { organizationCount } }', undefined, 0],
    ['asked without first: the default, 10', '{ provinceRollup { atRisk { code } } }', undefined, 10],
    ['a literal', '{ provinceRollup { atRisk(first: 3) { code } } }', undefined, 3],
    ['a variable', 'query($n: Int) { provinceRollup { atRisk(first: $n) { code } } }', { n: 7 }, 7],
    ['an explicit null: the default', 'query($n: Int) { provinceRollup { atRisk(first: $n) { code } } }', { n: null }, 10],
    ['aliases: the largest', '{ provinceRollup { a: atRisk(first: 2) { code } b: atRisk(first: 25) { code } } }', undefined, 25],
    ['in a named fragment', '{ provinceRollup { ...F } } fragment F on ProvinceRollup { atRisk(first: 4) { code } }', undefined, 4],
    ['in an inline fragment', '{ provinceRollup { ... on ProvinceRollup { atRisk(first: 6) { code } } } }', undefined, 6],
    ['nested under the national roll-up', '{ nationalRollup { provinces { atRisk(first: 2) { code } } } }', undefined, 2],
  ])('%s', async (_name, source, variables, expected) => {
    expect(await limitFor(source, variables)).toBe(expected);
  });
});
