import { JwtService } from '@nestjs/jwt';
import {
  DEMO_PASSWORD,
  GqlResponse,
  leadEmail,
  mintAccessToken,
  SUPERVISOR_14,
  TestApp,
  userId,
} from '../setup/test-app';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken user { email } } }`;
const REFRESH = `mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken refreshToken } }`;
const ME = `{ me { email displayName memberships { role organization { code } province { code } } } }`;

/** The code and the reason (what a client shows a message for) of the first error. */
const failure = (res: GqlResponse) => ({
  code: res.errors?.[0]?.extensions?.code,
  reason: res.errors?.[0]?.extensions?.reason,
});

describe('auth (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.create({ LOGIN_RATE_LIMIT: '3' });
  });
  afterAll(() => t.close());

  // The rate limit is per email: each test uses its own address so they do not interfere.
  it('logs a lead in and `me` shows its membership', async () => {
    const res = await t.gql(LOGIN, { e: leadEmail('4140103'), p: DEMO_PASSWORD });
    expect(res.errors).toBeUndefined();
    const me = await t.gql(ME, {}, res.data!.login.accessToken);
    expect(me.data!.me).toEqual(
      expect.objectContaining({
        email: leadEmail('4140103'),
        memberships: [{ role: 'ORG_LEAD', organization: { code: '4140103' }, province: null }],
      }),
    );
  });

  it('accepts the email in any case and with spaces', async () => {
    const res = await t.gql(LOGIN, { e: `  ${SUPERVISOR_14.toUpperCase()} `, p: DEMO_PASSWORD });
    expect(res.data?.login.user.email).toBe(SUPERVISOR_14);
  });

  it('gives the same UNAUTHENTICATED error for a wrong password and an unknown user', async () => {
    const wrong = await t.gql(LOGIN, { e: leadEmail('4140602'), p: 'not-the-password' });
    const unknown = await t.gql(LOGIN, { e: 'nobody@prongsai.example', p: 'not-the-password' });
    expect(wrong.data).toBeNull();
    expect(failure(wrong)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(failure(unknown)).toEqual(failure(wrong));
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
  });

  it.each([
    ['no token', undefined, 'UNAUTHENTICATED'],
    ['garbage', 'not-a-jwt', 'TOKEN_INVALID'],
  ])('refuses `me` with %s', async (_name, token, reason) => {
    const res = await t.gql(ME, {}, token);
    expect(failure(res)).toEqual({ code: 'UNAUTHENTICATED', reason });
  });

  it('refuses an expired access token, saying so, so that a client refreshes it', async () => {
    const token = await mintAccessToken(t, await userId(t, SUPERVISOR_14), -10);
    const res = await t.gql(ME, {}, token);
    expect(failure(res)).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
  });

  it('refuses a token signed with another secret, and one whose payload was edited', async () => {
    const id = await userId(t, SUPERVISOR_14);
    const forged = await new JwtService({ secret: 'x'.repeat(40) }).signAsync({ sub: id, typ: 'access' });
    const invalid = { code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' };
    expect(failure(await t.gql(ME, {}, forged))).toEqual(invalid);

    const valid = await mintAccessToken(t, id);
    const [h, , s] = valid.split('.');
    const admin = await userId(t, 'admin@prongsai.example');
    const payload = Buffer.from(JSON.stringify({ sub: admin, typ: 'access', exp: 9999999999 })).toString(
      'base64url',
    );
    expect(failure(await t.gql(ME, {}, `${h}.${payload}.${s}`))).toEqual(invalid);
    // The untouched token still works: the failures above are about the tampering.
    expect((await t.gql(ME, {}, valid)).data?.me.email).toBe(SUPERVISOR_14);
  });

  it('rotates refresh tokens, and reuse of a rotated one revokes the whole family', async () => {
    const login = await t.gql(LOGIN, { e: leadEmail('4140801'), p: DEMO_PASSWORD });
    const first = login.data!.login.refreshToken as string;

    const r1 = await t.gql(REFRESH, { r: first });
    expect(r1.errors).toBeUndefined();
    const second = r1.data!.refreshToken.refreshToken as string;
    expect(second).not.toBe(first);
    expect((await t.gql(ME, {}, r1.data!.refreshToken.accessToken)).data?.me.email).toBe(
      leadEmail('4140801'),
    );

    // The first token was already used: presenting it again is treated as theft.
    const reuse = await t.gql(REFRESH, { r: first });
    expect(failure(reuse)).toEqual({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_INVALID' });
    // …so the legitimate, not-yet-used second token is dead too.
    const afterRevoke = await t.gql(REFRESH, { r: second });
    expect(failure(afterRevoke)).toEqual({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_INVALID' });
    const rows = await t.db.ownerQuery<{ revoked: number }>(
      `SELECT count(*)::int AS revoked FROM refresh_tokens rt JOIN users u ON u.id = rt.user_id
       WHERE u.email = $1 AND rt.revoked_at IS NOT NULL`,
      [leadEmail('4140801')],
    );
    expect(rows[0].revoked).toBe(2);
  });

  it('refuses an unknown refresh token', async () => {
    const res = await t.gql(REFRESH, { r: 'made-up-token' });
    expect(failure(res)).toEqual({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_INVALID' });
  });

  it('rate-limits login attempts per email (limit 3 per minute in this app)', async () => {
    const email = leadEmail('5140101');
    const failures: ReturnType<typeof failure>[] = [];
    for (let i = 0; i < 5; i++) {
      failures.push(failure(await t.gql(LOGIN, { e: email, p: 'wrong' })));
    }
    const wrong = { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' };
    const throttled = { code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' };
    expect(failures).toEqual([wrong, wrong, wrong, throttled, throttled]);
    // "Too many attempts" says how long to wait.
    const waited = await t.gql(LOGIN, { e: email, p: 'wrong' });
    expect(waited.errors?.[0].message).toMatch(/^Too many attempts, try again in \d+ seconds$/);
    expect(waited.errors?.[0].extensions?.retryAfterSeconds).toEqual(expect.any(Number));
    expect(waited.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Even the right password is refused while the email is throttled.
    const right = await t.gql(LOGIN, { e: email, p: DEMO_PASSWORD });
    expect(failure(right)).toEqual(throttled);
  });
});

describe('login rate limit per IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Per-IP allowance is 10× the per-email one: 10 here.
    t = await TestApp.create({ LOGIN_RATE_LIMIT: '1' });
  });
  afterAll(() => t.close());

  it('throttles one IP trying many different emails', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await t.gql(LOGIN, { e: `someone${i}@example.com`, p: 'x' });
      codes.push(res.errors?.[0].extensions?.code);
    }
    expect(codes.slice(0, 10).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(10)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });
});
