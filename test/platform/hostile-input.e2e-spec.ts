import { leadEmail, TestApp } from '../setup/test-app';
import { OwnerProbe } from '../ita/ita-fixtures';

/**
 * Hostile or broken requests to /graphql (and the JSON routes beside it), issue 16: each is the client's
 * error — 4xx with `extensions.code` and `reason` (and the field where there is one), in GraphQL's error shape
 * — never a 500 or INTERNAL_SERVER_ERROR, and none writes anything.
 */

const ORG_CODE = '4140103';
const PROGRESS = `query($o: ID!, $y: Int!) { organizationProgress(organizationId: $o, fiscalYear: $y) { estimatedScore } }`;
const CREATE = `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`;

interface Request {
  /** The raw body (sent as is) or a value sent as JSON. */
  body?: string | object;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  path?: string;
}

interface Expected {
  status: number;
  code: string;
  reason: string;
  field?: string;
}

describe('hostile input is refused as the client error it is (e2e)', () => {
  let t: TestApp;
  let lead: string;
  let orgId: string;
  let db: OwnerProbe;
  let before: Record<string, number>;
  const measure = (override: Record<string, unknown>) => ({
    input: {
      organizationId: orgId,
      fiscalYear: 2566,
      title: 'ประชุมชี้แจงแนวทาง ITA',
      steps: ['ขั้นตอนที่หนึ่ง'],
      responsible: 'สำนักปลัด',
      dueDate: '2023-02-10',
      indicatorCodes: ['9'],
      ...override,
    },
  });

  beforeAll(async () => {
    t = await TestApp.create();
    lead = await t.token(leadEmail(ORG_CODE));
    orgId = await t.orgId(ORG_CODE);
    db = await OwnerProbe.open(t);
    before = await counts();
  });
  afterAll(async () => {
    await db.close();
    await t.close();
  });

  async function counts(): Promise<Record<string, number>> {
    const [accounts] = await db.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM refresh_tokens) AS refresh_tokens`,
    );
    return { ...(await db.rowCounts()), ...accounts };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies are checked by shape
  async function send(r: Request): Promise<{ status: number; type: string | null; body: any }> {
    const method = r.method ?? 'POST';
    const res = await fetch(`${t.url}${r.path ?? '/graphql'}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${lead}`, ...r.headers },
      body: method === 'GET' ? undefined : typeof r.body === 'string' ? r.body : JSON.stringify(r.body),
    });
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type'), body: JSON.parse(text) };
  }

  const gql =
    (query: string, variables: () => Record<string, unknown> = () => ({}), extra = {}) =>
    () => ({
      body: { query, variables: variables(), ...extra },
    });
  const bad = (reason: string, field?: string, status = 400): Expected => ({
    status,
    code: 'BAD_USER_INPUT',
    reason,
    ...(field ? { field } : {}),
  });

  const cases: [string, () => Request, Expected][] = [
    [
      'a fiscal year of 2566.5 (variable)',
      gql(PROGRESS, () => ({ o: orgId, y: 2566.5 })),
      bad('INVALID_VALUE', 'y'),
    ],
    [
      'a fiscal year of 2^31 (variable)',
      gql(PROGRESS, () => ({ o: orgId, y: 2147483648 })),
      bad('INVALID_VALUE', 'y'),
    ],
    [
      'a fiscal year of 2566.5 (written in the document)',
      () => ({
        body: {
          query: `{ organizationProgress(organizationId: "${orgId}", fiscalYear: 2566.5) { estimatedScore } }`,
        },
      }),
      bad('INVALID_VALUE', 'fiscalYear'),
    ],
    [
      'a fiscal year of 2^31 (written in the document)',
      () => ({
        body: {
          query: `{ organizationProgress(organizationId: "${orgId}", fiscalYear: 2147483648) { estimatedScore } }`,
        },
      }),
      bad('INVALID_VALUE', 'fiscalYear'),
    ],
    ['a text for an Int', gql(PROGRESS, () => ({ o: orgId, y: '2566' })), bad('INVALID_VALUE', 'y')],
    ['a number for a String', gql(CREATE, () => measure({ title: 5 })), bad('INVALID_VALUE', 'title')],
    [
      'an impossible date (variable)',
      gql(CREATE, () => measure({ dueDate: '2023-02-30' })),
      bad('INVALID_DATE', 'dueDate'),
    ],
    [
      'an impossible date (written in the document)',
      () => ({
        body: {
          query: `mutation { createMeasure(input: { organizationId: "${orgId}", fiscalYear: 2566, title: "t", steps: [], responsible: "r", dueDate: "2566-13-01", indicatorCodes: ["9"] }) { id } }`,
        },
      }),
      bad('INVALID_DATE', 'dueDate'),
    ],
    [
      'an unknown enum value',
      gql(`mutation($i: RecordIndicatorScoreInput!) { recordIndicatorScore(input: $i) { id } }`, () => ({
        i: { organizationId: orgId, fiscalYear: 2566, indicatorCode: '1', score: 80, source: 'GUESS' },
      })),
      bad('INVALID_VALUE', 'source'),
    ],
    [
      'a NUL in a title (variable)',
      gql(CREATE, () => measure({ title: 'ประชุม\u0000' })),
      bad('INVALID_TEXT', 'title'),
    ],
    [
      'a NUL in a step (variable)',
      gql(CREATE, () => measure({ steps: ['ok', 'a\u0000b'] })),
      bad('INVALID_TEXT', 'steps.1'),
    ],
    [
      'a lone surrogate in a title (variable)',
      () => ({
        // JSON.stringify would escape it the same way; written by hand to be sure what goes on the wire.
        body: `{"query":${JSON.stringify(CREATE)},"variables":${JSON.stringify(measure({ title: 'X' })).replace('"X"', '"a\\ud800b"')}}`,
      }),
      bad('INVALID_TEXT', 'title'),
    ],
    [
      'a lone low surrogate in a responsible',
      () => ({
        body: `{"query":${JSON.stringify(CREATE)},"variables":${JSON.stringify(measure({ responsible: 'X' })).replace('"X"', '"\\udc00"')}}`,
      }),
      bad('INVALID_TEXT', 'responsible'),
    ],
    [
      'a NUL escape written in the document',
      () => ({ body: { query: `mutation { login(email: "a\\u0000@b.c", password: "x") { accessToken } }` } }),
      bad('INVALID_TEXT', 'email'),
    ],
    [
      'a NUL in a login variable',
      gql(`mutation($e: String!) { login(email: $e, password: "x") { accessToken } }`, () => ({
        e: 'a\u0000@b.c',
      })),
      bad('INVALID_TEXT', 'email'),
    ],
    [
      'a NUL in an unused variable',
      gql(PROGRESS, () => ({ o: orgId, y: 2566, spare: '\u0000' })),
      bad('INVALID_TEXT', 'spare'),
    ],
    [
      'a lone surrogate escape in the document',
      () => ({
        body: { query: `{ framework(fiscalYear: 2566) { passThreshold } } # ok\n{ x(a: "\\ud800") }` },
      }),
      bad('INVALID_QUERY'),
    ],
    [
      'an unknown operationName',
      gql(PROGRESS, () => ({ o: orgId, y: 2566 }), { operationName: 'Nope' }),
      bad('UNKNOWN_OPERATION'),
    ],
    [
      'two operations without operationName',
      gql(`query A { __typename } query B { __typename }`),
      bad('INVALID_QUERY'),
    ],
    ['a document that does not parse', gql(`{ organizationProgress(`), bad('INVALID_QUERY')],
    [
      'a persisted-query hash',
      () => ({ body: { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } } }),
      bad('PERSISTED_QUERY_NOT_SUPPORTED'),
    ],
    [
      'a persisted query with a wrong hash',
      () => ({
        body: {
          query: '{ __typename }',
          extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
        },
      }),
      bad('PERSISTED_QUERY_NOT_SUPPORTED'),
    ],
    [
      'a persisted query over GET',
      () => ({
        method: 'GET',
        path: `/graphql?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } }))}`,
        headers: { 'apollo-require-preflight': 'true' },
      }),
      bad('PERSISTED_QUERY_NOT_SUPPORTED'),
    ],
    ['a body that is not JSON', () => ({ body: '{not json' }), bad('BODY_NOT_JSON')],
    ['a JSON body that is not an object', () => ({ body: '"{ __typename }"' }), bad('BODY_NOT_JSON')],
    // body-parser reads an empty body as {}; Apollo answers that itself (400 BAD_REQUEST).
    ['an empty body', () => ({ body: '' }), { status: 400, code: 'BAD_REQUEST', reason: 'INVALID_QUERY' }],
    [
      'a body over 100 KiB',
      () => ({ body: { query: '{ __typename }', variables: { x: 'a'.repeat(200_000) } } }),
      bad('BODY_TOO_LARGE', undefined, 413),
    ],
    [
      'text/plain',
      () => ({ body: { query: '{ __typename }' }, headers: { 'content-type': 'text/plain' } }),
      bad('UNSUPPORTED_MEDIA_TYPE', undefined, 415),
    ],
    [
      'a form',
      () => ({
        body: 'query=%7B__typename%7D',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      bad('UNSUPPORTED_MEDIA_TYPE', undefined, 415),
    ],
    [
      'application/xml',
      () => ({ body: '<q/>', headers: { 'content-type': 'application/xml' } }),
      bad('UNSUPPORTED_MEDIA_TYPE', undefined, 415),
    ],
    [
      'JSON in Latin-1',
      () => ({
        body: { query: '{ __typename }' },
        headers: { 'content-type': 'application/json; charset=latin1' },
      }),
      bad('UNSUPPORTED_MEDIA_TYPE', undefined, 415),
    ],
    [
      'a batch',
      () => ({ body: [{ query: '{ __typename }' }] }),
      { status: 400, code: 'BAD_REQUEST', reason: 'INVALID_QUERY' },
    ],
    [
      'variables as a JSON string',
      () => ({ body: { query: PROGRESS, variables: '{}' } }),
      { status: 400, code: 'BAD_REQUEST', reason: 'INVALID_QUERY' },
    ],
  ];

  it.each(cases)('%s', async (_name, request, expected) => {
    const res = await send(request());
    const error = res.body.errors?.[0];
    expect({
      status: res.status,
      code: error?.extensions?.code,
      reason: error?.extensions?.reason,
      ...(error?.extensions?.field ? { field: error.extensions.field } : {}),
    }).toEqual(expected);
    expect(typeof error.message).toBe('string');
    expect(res.body.data ?? null).toBeNull();
    expect(res.type).toMatch(/^application\/(graphql-response\+)?json/);
  });

  it('a NUL or lone surrogate in the JSON routes beside GraphQL is a 400 naming the field, not a 500', async () => {
    const res = await send({ path: '/session', body: { email: 'a\u0000@b.c', password: 'x' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TEXT', field: 'email' });
  });

  it('answers in the GraphQL-over-HTTP media type when the client asks for it', async () => {
    const res = await send({ body: '{not json', headers: { accept: 'application/graphql-response+json' } });
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/^application\/graphql-response\+json/);
  });

  it('wrote nothing', async () => {
    expect(await counts()).toEqual(before);
  });
});
