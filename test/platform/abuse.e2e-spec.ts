import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { ADMIN, leadEmail, SUPERVISOR_14, TestApp } from '../setup/test-app';

/**
 * Operations a signed-in user could send to knock the API over (issue 16): each is refused with HTTP 400
 * (429 for a spent budget) and a reason, before any resolver runs, and /health stays 200 while they arrive.
 * Times are printed, not asserted (the figure is `npm run bench:abuse`'s): a shared 2-core machine is no
 * place for wall-clock assertions.
 */

const FY = 2566;
const LEAD_CODE = '2140101';

interface RawReply {
  status: number;
  ms: number;
  bytes: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies are checked by shape
  body: any;
}

async function post(url: string, body: unknown, token?: string): Promise<RawReply> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    ms: performance.now() - started,
    bytes: Buffer.byteLength(text),
    headers: res.headers,
    body: JSON.parse(text),
  };
}

/** `n` aliases of one field (with a fragment for its selection, to fit the most aliases in 100 KB). */
function aliased(n: number, field: string, fragment: string, variables: string): string {
  // No separator: a name may follow a `}` directly, and the flood fits in 100 KiB.
  const fields = Array.from({ length: n }, (_, i) => `a${i}:${field}{...F}`).join('');
  return `query Q${variables ? `(${variables})` : ''}{${fields}} ${fragment}`;
}

const reasonOf = (r: RawReply) => r.body.errors?.[0]?.extensions?.reason as string | undefined;

describe('GraphQL abuse: operations priced and refused before they run (e2e)', () => {
  let t: TestApp;
  const tokens: Record<'supervisor' | 'lead' | 'admin', string> = {} as never;
  let orgId: string;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    t = await TestApp.create({ GRAPHQL_MAX_RESPONSE_BYTES: '60000' });
    tokens.supervisor = await t.token(SUPERVISOR_14);
    tokens.lead = await t.token(leadEmail(LEAD_CODE));
    tokens.admin = await t.token(ADMIN);
    orgId = await t.orgId(LEAD_CODE);
  });
  afterAll(async () => {
    console.log(
      `abuse e2e, milliseconds per refused operation (loopback round trip):\n${JSON.stringify(timings, null, 1)}`,
    );
    await t.close();
  });

  const floods = () =>
    [
      {
        name: '1,800 aliased provinceRollup (supervisor)',
        token: tokens.supervisor,
        body: {
          query: aliased(
            1800,
            'provinceRollup(provinceCode:$p,fiscalYear:$y)',
            'fragment F on ProvinceRollup{passingCount}',
            '$p:String!,$y:Int!',
          ),
          variables: { p: '14', y: FY },
        },
      },
      {
        name: '1,500 aliased organizationProgress (lead)',
        token: tokens.lead,
        body: {
          query: aliased(
            1500,
            'organizationProgress(organizationId:$o,fiscalYear:$y)',
            'fragment F on OrganizationProgress{grade}',
            '$o:ID!,$y:Int!',
          ),
          variables: { o: orgId, y: FY },
        },
      },
      {
        name: '1,200 aliased framework { oitItems } (lead)',
        token: tokens.lead,
        body: {
          query: aliased(
            1200,
            'framework(fiscalYear:$y)',
            'fragment F on Framework{oitItems{code nameTh order subIndicatorCode}}',
            '$y:Int!',
          ),
          variables: { y: FY },
        },
      },
    ] as const;

  it('refuses each 100 KB flood of aliases with 400 TOO_MANY_TOKENS, before parsing it in full', async () => {
    for (const flood of floods()) {
      // Within the body limit (100 KiB), so it is the GraphQL layer that refuses it, not the body parser.
      expect(Buffer.byteLength(JSON.stringify(flood.body))).toBeLessThanOrEqual(100 * 1024);
      const r = await post(t.url, flood.body, flood.token);
      timings[flood.name] = Math.round(r.ms);
      expect({ name: flood.name, status: r.status, reason: reasonOf(r), data: r.body.data }).toEqual({
        name: flood.name,
        status: 400,
        reason: 'TOO_MANY_TOKENS',
        data: undefined,
      });
      expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses 16 aliases with TOO_MANY_ALIASES, saying the limit', async () => {
    const r = await post(
      t.url,
      {
        query: aliased(
          16,
          'provinceRollup(provinceCode:"14",fiscalYear:2566)',
          'fragment F on ProvinceRollup{passingCount}',
          '',
        ),
      },
      tokens.supervisor,
    );
    timings['16 aliased provinceRollup'] = Math.round(r.ms);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_ALIASES',
      maximum: 15,
    });
  });

  it('prices roll-ups: 12 aliased provinceRollup are QUERY_TOO_COMPLEX (400), one is fine', async () => {
    const twelve = await post(
      t.url,
      {
        query: aliased(
          12,
          'provinceRollup(provinceCode:"14",fiscalYear:2566)',
          'fragment F on ProvinceRollup{passingCount byDistrict{district{code} passingCount}}',
          '',
        ),
      },
      tokens.supervisor,
    );
    timings['12 aliased provinceRollup'] = Math.round(twelve.ms);
    expect(twelve.status).toBe(400);
    expect(twelve.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COMPLEX',
      maximum: 5000,
    });
    expect(twelve.body.errors[0].extensions.cost).toBeGreaterThan(5000);

    const one = await post(
      t.url,
      {
        query: `{ provinceRollup(provinceCode:"14",fiscalYear:2566){ passingCount byDistrict{district{code} passingCount} } }`,
      },
      tokens.supervisor,
    );
    expect(one.status).toBe(200);
    expect(one.body.data.provinceRollup.byDistrict.length).toBeGreaterThan(0);
  });

  it('refuses more than 10 directives with TOO_MANY_DIRECTIVES', async () => {
    const directives = Array.from({ length: 11 }, () => '@include(if: true)').join(' ');
    const r = await post(t.url, { query: `{ me ${directives} { email } }` }, tokens.lead);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_DIRECTIVES',
      maximum: 10,
    });
  });

  it('caps the answer: a query whose JSON would exceed GRAPHQL_MAX_RESPONSE_BYTES is RESPONSE_TOO_LARGE (400)', async () => {
    const r = await post(
      t.url,
      {
        query: aliased(
          15,
          'framework(fiscalYear:2566)',
          'fragment F on Framework{oitItems{code nameTh order subIndicatorCode}}',
          '',
        ),
      },
      tokens.lead,
    );
    expect(r.status).toBe(400);
    expect(r.body).toEqual({
      errors: [
        expect.objectContaining({
          extensions: { code: 'BAD_USER_INPUT', reason: 'RESPONSE_TOO_LARGE', maximum: 60000 },
        }),
      ],
    });
    expect(r.bytes).toBeLessThan(1000);
  });

  it('lets ADMIN run the national roll-up with every province in detail, and nobody else anything that large', async () => {
    const everything = `{ nationalRollup(fiscalYear: 2566) { organizationCount provinces { province { code }
      byDistrict { district { code nameTh } organizationCount passingCount averageScore measuresOverdue }
      atRisk(first: 10) { organization { code nameTh district { nameTh } } gapToPass toolScores { tool score } } } } }`;
    const admin = await post(t.url, { query: everything }, tokens.admin);
    expect(admin.body.errors).toBeUndefined();
    expect(admin.status).toBe(200);
    const supervisor = await post(t.url, { query: everything }, tokens.supervisor);
    expect(supervisor.status).toBe(400);
    expect(reasonOf(supervisor)).toBe('QUERY_TOO_COMPLEX');
  });

  it('keeps /health at 200 throughout a bounded loop of malicious operations', async () => {
    const healthStatuses: number[] = [];
    let flooding = true;
    const health = (async () => {
      while (flooding) {
        const res = await fetch(`${t.url}/health`);
        healthStatuses.push(res.status);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const refused: number[] = [];
    const durations: number[] = [];
    const started = performance.now();
    const all = floods();
    // 4 concurrent senders, 60 operations: bounded, loopback only.
    await Promise.all(
      Array.from({ length: 4 }, async (_, sender) => {
        for (let i = 0; i < 15; i += 1) {
          const flood = all[(sender + i) % all.length];
          const r = await post(t.url, flood.body, flood.token);
          refused.push(r.status);
          durations.push(r.ms);
        }
      }),
    );
    flooding = false;
    await health;
    durations.sort((a, b) => a - b);
    timings['loop: operations'] = durations.length;
    timings['loop: median ms'] = Math.round(durations[Math.floor(durations.length / 2)]);
    timings['loop: max ms'] = Math.round(durations[durations.length - 1]);
    timings['loop: total ms'] = Math.round(performance.now() - started);
    timings['loop: health checks'] = healthStatuses.length;
    expect(new Set(refused)).toEqual(new Set([400]));
    expect(healthStatuses.length).toBeGreaterThan(0);
    expect(new Set(healthStatuses)).toEqual(new Set([200]));
  });
});

describe('GraphQL cost budget per caller, shared by every API process (e2e)', () => {
  let t: TestApp;
  let second: INestApplication;
  let secondUrl: string;

  beforeAll(async () => {
    t = await TestApp.create({ GRAPHQL_COST_PER_MINUTE: '1500' });
    // A second API process on the same database and Redis: the budget is one, not one per process.
    second = await createApiApp(t.config);
    await second.listen(0, '127.0.0.1');
    secondUrl = `http://127.0.0.1:${(second.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const ROLLUP = { query: `{ provinceRollup(provinceCode: "14", fiscalYear: 2566) { passingCount } }` };

  it('refuses with 429 COST_BUDGET_EXCEEDED and Retry-After once the minute is spent, across processes', async () => {
    const supervisor = await t.token(SUPERVISOR_14);
    const first = await post(t.url, ROLLUP, supervisor);
    const again = await post(secondUrl, ROLLUP, supervisor);
    expect([first.status, again.status]).toEqual([200, 200]);
    const third = await post(secondUrl, ROLLUP, supervisor);
    const fourth = await post(t.url, ROLLUP, supervisor);
    for (const spent of [third, fourth]) {
      expect(spent.status).toBe(429);
      expect(spent.body.errors[0].extensions).toEqual({
        code: 'TOO_MANY_REQUESTS',
        reason: 'COST_BUDGET_EXCEEDED',
        cost: expect.any(Number),
        retryAfterSeconds: expect.any(Number),
      });
      const wait = spent.body.errors[0].extensions.retryAfterSeconds as number;
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(60);
      expect(spent.headers.get('retry-after')).toBe(String(wait));
      expect(spent.body.errors[0].message).toContain(`${wait} s`);
    }
    // Another caller has a budget of its own.
    const lead = await t.token(leadEmail(LEAD_CODE));
    const other = await post(t.url, { query: '{ me { email } }' }, lead);
    expect(other.status).toBe(200);
  });
});
