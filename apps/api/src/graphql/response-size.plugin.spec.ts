import { ApolloServer } from '@apollo/server';
import { responseSizePlugin } from './response-size.plugin';

const typeDefs = `type Query { text(n: Int!): String } type Mutation { write(n: Int!): String }`;
const resolvers = {
  Query: { text: (_: unknown, { n }: { n: number }) => 'ก'.repeat(n) },
  Mutation: { write: (_: unknown, { n }: { n: number }) => 'ก'.repeat(n) },
};

/**
 * The cap without an HTTP response (an operation executed in-process): it serializes the answer to measure
 * it. Over HTTP it measures what Apollo sends instead (abuse.e2e-spec.ts, RESPONSE_TOO_LARGE).
 */
describe('responseSizePlugin, in-process', () => {
  // {"data":{"text":"…"}} is 20 bytes around the text; a Thai letter is 3 bytes of UTF-8.
  const server = new ApolloServer({ typeDefs, resolvers, plugins: [responseSizePlugin(20 + 3 * 10)] });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const run = async (query: string) => {
    const { body, http } = await server.executeOperation({ query });
    if (body.kind !== 'single') throw new Error('expected a single result');
    return { status: http.status, result: body.singleResult };
  };

  it.each([
    ['an answer of exactly the maximum passes', 10, undefined],
    ['one byte more than that is refused', 11, 400],
  ])('%s', async (_what, n, status) => {
    const { status: got, result } = await run(`{ text(n: ${n}) }`);
    expect(got).toBe(status);
    if (status === 400) {
      expect(result).toEqual({
        errors: [
          {
            message: `The answer is too large: ${20 + 3 * 11} bytes (maximum 50); ask for fewer fields`,
            extensions: { code: 'BAD_USER_INPUT', reason: 'RESPONSE_TOO_LARGE', maximum: 50 },
          },
        ],
      });
    } else {
      expect(result.data).toEqual({ text: 'ก'.repeat(n) });
    }
  });

  it('leaves a mutation’s answer alone, however large: its write is done', async () => {
    const { result } = await run(`mutation { write(n: 100) }`);
    expect(result.data).toEqual({ write: 'ก'.repeat(100) });
  });
});
