import { buildSchema, parse, validate } from 'graphql';
import { armorProtection, DOCUMENT_LIMITS } from './armor';

/** A schema with a cycle, so that depth can grow as deep as a client likes. */
const schema = buildSchema(`
  type Node { id: ID!, child: Node }
  type Query { node: Node }
`);

const { validationRules } = armorProtection({ hideSuggestions: false });
const check = (query: string) =>
  validate(schema, parse(query), validationRules).map((e) => ({
    message: e.message,
    extensions: e.extensions,
  }));

describe('document shape limits (GraphQL Armor rules, our reasons)', () => {
  it('accepts an operation at every limit', () => {
    const aliases = Array.from({ length: DOCUMENT_LIMITS.aliases }, (_, i) => `a${i}: node { id }`).join(' ');
    const nested = `{ node ${'{ child '.repeat(DOCUMENT_LIMITS.depth - 2)}{ id }${' }'.repeat(DOCUMENT_LIMITS.depth - 2)} }`;
    expect(check(`{ ${aliases} }`)).toEqual([]);
    expect(check(nested)).toEqual([]);
  });

  it.each<[string, string, string, number]>([
    [
      'one alias too many',
      `{ ${Array.from({ length: DOCUMENT_LIMITS.aliases + 1 }, (_, i) => `a${i}: node { id }`).join(' ')} }`,
      'TOO_MANY_ALIASES',
      DOCUMENT_LIMITS.aliases,
    ],
    [
      'one level too deep',
      `{ node ${'{ child '.repeat(DOCUMENT_LIMITS.depth)}{ id }${' }'.repeat(DOCUMENT_LIMITS.depth)} }`,
      'QUERY_TOO_DEEP',
      DOCUMENT_LIMITS.depth,
    ],
    [
      'one directive too many',
      `{ node ${'@include(if: true) '.repeat(DOCUMENT_LIMITS.directives + 1)}{ id } }`,
      'TOO_MANY_DIRECTIVES',
      DOCUMENT_LIMITS.directives,
    ],
  ])('refuses %s with its reason and the limit', (_name, query, reason, maximum) => {
    const errors = check(query);
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason, maximum });
    expect(errors[0].message).not.toMatch(/^Syntax Error/);
  });
});
