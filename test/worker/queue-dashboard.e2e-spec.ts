import { ALL_QUEUES } from '@prongsai/jobs';
import { ADMIN, leadEmail, TestApp } from '../setup/test-app';
import { isolatedQueueEnv } from './reminder-fixtures';

describe('operations: the queue dashboard (ADMIN only) and queue counts in /health', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.create(isolatedQueueEnv());
  });
  afterAll(() => t?.close());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers });

  it('refuses anonymous callers and non-admins', async () => {
    expect((await get('/admin/queues')).status).toBe(401);
    expect((await get('/admin/queues/api/queues')).status).toBe(401);
    const lead = await t.token(leadEmail('3140102'));
    expect((await get('/admin/queues', { authorization: `Bearer ${lead}` })).status).toBe(403);
    const session = await fetch(`${t.url}/admin/queues/session`, {
      method: 'POST',
      headers: { authorization: `Bearer ${lead}` },
    });
    expect(session.status).toBe(403);
    expect(session.headers.get('set-cookie')).toBeNull();
    expect((await get('/admin/queues', { cookie: 'prongsai_queues=forged' })).status).toBe(401);
  });

  it('lets an ADMIN in with a bearer token, or with the short-lived cookie from POST /admin/queues/session', async () => {
    const admin = await t.token(ADMIN);
    const page = await get('/admin/queues', { authorization: `Bearer ${admin}` });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Prongsai queues');

    const session = await fetch(`${t.url}/admin/queues/session`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(session.status).toBe(204);
    const cookie = session.headers.get('set-cookie')!;
    expect(cookie).toMatch(
      /^prongsai_queues=[^;]+; Path=\/admin\/queues; Max-Age=900; HttpOnly; SameSite=Strict$/,
    );

    const api = await get('/admin/queues/api/queues', { cookie: cookie.split(';')[0] });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: { name: string }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual([...ALL_QUEUES].sort());

    // The dashboard's token is not an API token.
    const gql = await t.gql(`{ me { email } }`, {}, decodeURIComponent(cookie.split(';')[0].split('=')[1]));
    expect(gql.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('/health reports each queue with its failed count to ADMIN, and only up/down to anyone else', async () => {
    for (const token of [undefined, await t.token(leadEmail('3140102')), 'not-a-token']) {
      const plain = await get('/health', token ? { authorization: `Bearer ${token}` } : {});
      expect(plain.status).toBe(200);
      expect(await plain.json()).toEqual({ status: 'up' });
    }
    const res = await get('/health', { authorization: `Bearer ${await t.token(ADMIN)}` });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { details: Record<string, Record<string, unknown>> };
    expect(body.details.queues.status).toBe('up');
    for (const q of ALL_QUEUES) {
      expect(body.details.queues[q]).toMatchObject({ failed: 0, waiting: 0, active: 0, delayed: 0 });
    }
  });
});
