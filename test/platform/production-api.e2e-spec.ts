import { INestApplication } from '@nestjs/common';
import { getIntrospectionQuery } from 'graphql';
import { AddressInfo } from 'node:net';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { ADMIN, DEMO_PASSWORD, leadEmail } from '../setup/test-app';
import { TestDatabase } from '../setup/test-database';
import { testConfig } from '../setup/test-env';

/**
 * The API as production runs it (config.isProduction): the schema is described to signed-in ADMIN only,
 * and field suggestions do not spell it out either (issue 16).
 */
describe('the API in production mode (e2e)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    db = await TestDatabase.create();
    app = await createApiApp({ ...testConfig(db.name), isProduction: true });
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies are checked by shape
  const gql = async (query: string, token?: string): Promise<{ status: number; body: any }> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, body: await res.json() };
  };
  const login = async (email: string) =>
    (await gql(`mutation { login(email: "${email}", password: "${DEMO_PASSWORD}") { accessToken } }`)).body
      .data.login.accessToken as string;

  it.each([
    ['the full introspection query', getIntrospectionQuery()],
    ['__type', '{ __type(name: "Measure") { fields { name } } }'],
    ['__schema in a fragment', 'query { ...F } fragment F on Query { __schema { queryType { name } } }'],
  ])('refuses %s to anonymous callers and non-admins (403 INTROSPECTION_DISABLED)', async (_name, query) => {
    for (const token of [undefined, await login(leadEmail('2140101'))]) {
      const r = await gql(query, token);
      expect(r.status).toBe(403);
      expect(r.body.data).toBeUndefined();
      expect(r.body.errors[0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'INTROSPECTION_DISABLED' });
    }
  });

  it('describes the schema to a signed-in ADMIN, and __typename to anyone', async () => {
    const admin = await gql(getIntrospectionQuery(), await login(ADMIN));
    expect(admin.status).toBe(200);
    expect(admin.body.data.__schema.queryType.name).toBe('Query');
    expect((await gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('does not suggest field names', async () => {
    const r = await gql('{ measurez { id } }');
    expect(r.status).toBe(400);
    expect(r.body.errors[0].message).not.toContain('Did you mean');
    expect(r.body.errors[0].message).not.toContain('measures');
  });
});
