import { API_FEATURES } from '../../apps/api/src/api-features';
import { SESSION_COOKIE } from '../../apps/api/src/auth/session.controller';
import { DEMO_PASSWORD, leadEmail, TestApp } from '../setup/test-app';

const LEAD = leadEmail('2140101');

/** The `Set-Cookie` of the session cookie, parsed: value and attributes. */
function sessionCookie(res: Response): { value: string; attributes: string[] } | null {
  const header = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!header) return null;
  const [pair, ...attributes] = header.split(';').map((p) => p.trim());
  return { value: decodeURIComponent(pair.slice(SESSION_COOKIE.length + 1)), attributes };
}

/**
 * The browser's session: the refresh token only ever in an HttpOnly, Secure, SameSite=Strict cookie scoped
 * to /session, the access token in the answer. Driven over real HTTP as a browser would (cookies by hand).
 */
describe('browser session routes', () => {
  let t: TestApp;

  const post = (path: string, body?: unknown, cookie?: string) =>
    fetch(`${t.url}${path}`, {
      method: 'POST',
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie: `${SESSION_COOKIE}=${encodeURIComponent(cookie)}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const me = async (accessToken: string) =>
    (await t.gql<{ me: { email: string } }>(`{ me { email } }`, {}, accessToken)).data?.me.email;

  beforeAll(async () => {
    // The production default (10 a minute per email), not the suite's relaxed one.
    t = await TestApp.create({ LOGIN_RATE_LIMIT: '10' }, API_FEATURES);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('signing in sets the refresh cookie (HttpOnly, Secure, SameSite=Strict, Path=/session) and answers an access token', async () => {
    const res = await post('/session', { email: LEAD, password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { accessToken: string; expiresIn: number; user: { email: string } };
    expect(body).toMatchObject({ expiresIn: 900, user: { email: LEAD } });
    expect(body).not.toHaveProperty('refreshToken');
    expect(await me(body.accessToken)).toBe(LEAD);
    const cookie = sessionCookie(res)!;
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie.attributes).toEqual(
      expect.arrayContaining(['Path=/session', 'HttpOnly', 'Secure', 'SameSite=Strict']),
    );
    expect(cookie.attributes.some((a) => /^Max-Age=2592000$/.test(a))).toBe(true);
  });

  it('a wrong password and an unknown email answer the same JSON 401; bad bodies are 400 naming the field', async () => {
    const wrong = await post('/session', { email: LEAD, password: 'not-the-password' });
    const unknown = await post('/session', { email: 'nobody@example.org', password: 'not-the-password' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(sessionCookie(res)).toBeNull();
      expect(await res.json()).toEqual({
        statusCode: 401,
        code: 'UNAUTHENTICATED',
        reason: 'INVALID_CREDENTIALS',
        message: 'Invalid email or password',
      });
    }
    const noEmail = await post('/session', { password: 'x' });
    expect(noEmail.status).toBe(400);
    expect(await noEmail.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
      reason: 'EMPTY_TEXT',
    });
    const noPassword = await post('/session', { email: LEAD });
    expect(await noPassword.json()).toMatchObject({ field: 'password' });
  });

  it('refresh rotates the cookie; the old one again revokes the login', async () => {
    const first = sessionCookie(await post('/session', { email: LEAD, password: DEMO_PASSWORD }))!.value;
    const refreshed = await post('/session/refresh', undefined, first);
    expect(refreshed.status).toBe(200);
    const second = sessionCookie(refreshed)!.value;
    expect(second).not.toBe(first);
    expect(await me(((await refreshed.json()) as { accessToken: string }).accessToken)).toBe(LEAD);

    // A copied (already used) cookie: refused, and the whole login with it — the newest cookie too.
    const reused = await post('/session/refresh', undefined, first);
    expect(reused.status).toBe(401);
    expect(await reused.json()).toMatchObject({ reason: 'REFRESH_TOKEN_INVALID' });
    expect(reused.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
    expect((await post('/session/refresh', undefined, second)).status).toBe(401);
  });

  it('refresh without a cookie is 401, not an error page', async () => {
    const res = await post('/session/refresh');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_INVALID' });
  });

  it('sign-in attempts share the login rate limit per email, and the refusal is JSON saying how long to wait', async () => {
    const email = 'someone.guessing@example.org';
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await post('/session', { email, password: `guess-${i}` })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    const refused = await post('/session', { email, password: 'guess-11' });
    expect(await refused.json()).toMatchObject({
      statusCode: 429,
      code: 'TOO_MANY_REQUESTS',
      reason: 'TOO_MANY_ATTEMPTS',
      message: expect.stringMatching(/^Too many attempts, try again in \d+ seconds$/),
    });
  });

  it('signing out revokes the login and clears the cookie; signing out again is fine', async () => {
    const cookie = sessionCookie(await post('/session', { email: LEAD, password: DEMO_PASSWORD }))!.value;
    const out = await fetch(`${t.url}/session`, {
      method: 'DELETE',
      headers: { cookie: `${SESSION_COOKIE}=${encodeURIComponent(cookie)}` },
    });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
    expect((await post('/session/refresh', undefined, cookie)).status).toBe(401);
    const again = await fetch(`${t.url}/session`, { method: 'DELETE' });
    expect(again.status).toBe(204);
  });
});
