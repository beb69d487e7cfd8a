import { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { TokenService } from '@prongsai/auth';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { SESSION_COOKIE } from '../../apps/api/src/auth/session.controller';
import { DEMO_PASSWORD, GqlResponse, leadEmail, SUPERVISOR_14, TestApp, userId } from '../setup/test-app';

const ME = `{ me { email } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken } }`;
const REFRESH = `mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken refreshToken } }`;

const failure = (res: GqlResponse) => ({
  code: res.errors?.[0]?.extensions?.code,
  reason: res.errors?.[0]?.extensions?.reason,
});

/**
 * Access tokens end with their session (issue 16): they carry the session id, and signing out, reusing a
 * rotated refresh token or ending all of a user's sessions refuses them at once, in every API process (the
 * deny-list is in Redis), instead of 15 minutes later. Tokens without `exp` or without a session are refused.
 */
describe('access tokens end with their session (e2e)', () => {
  let t: TestApp;
  let second: INestApplication;
  let secondUrl: string;

  beforeAll(async () => {
    t = await TestApp.create();
    second = await createApiApp(t.config);
    await second.listen(0, '127.0.0.1');
    secondUrl = `http://127.0.0.1:${(second.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const login = async (email: string) =>
    (
      await t.gql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, {
        e: email,
        p: DEMO_PASSWORD,
      })
    ).data!.login;
  const meOn = async (url: string, token: string): Promise<GqlResponse> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: ME }),
    });
    return (await res.json()) as GqlResponse;
  };
  const sign = (claims: Record<string, unknown>, options: Record<string, unknown> = { expiresIn: 600 }) =>
    new JwtService({ secret: t.config.auth.jwtSecret }).signAsync(claims, { algorithm: 'HS256', ...options });

  it('puts the session id in the access token', async () => {
    const { accessToken } = await login(leadEmail('5140201'));
    const claims = new JwtService().decode<Record<string, unknown>>(accessToken);
    expect(claims).toEqual(
      expect.objectContaining({
        typ: 'access',
        sid: expect.stringMatching(/^[0-9a-f-]{36}$/),
        exp: expect.any(Number),
      }),
    );
  });

  it('refuses a correctly signed token without exp, and one without a session id', async () => {
    const id = await userId(t, SUPERVISOR_14);
    const noExp = await sign({ sub: id, typ: 'access', sid: randomUUID() }, {});
    const noSid = await sign({ sub: id, typ: 'access' });
    for (const token of [noExp, noSid]) {
      expect(failure(await t.gql(ME, {}, token))).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'TOKEN_INVALID',
      });
    }
    expect((await t.gql(ME, {}, await sign({ sub: id, typ: 'access', sid: randomUUID() }))).data).toEqual({
      me: { email: SUPERVISOR_14 },
    });
  });

  it('signing out (DELETE /session) refuses that session’s access token at once, on every API process', async () => {
    const res = await fetch(`${t.url}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: leadEmail('5140202'), password: DEMO_PASSWORD }),
    });
    const { accessToken } = (await res.json()) as { accessToken: string };
    const cookie = res.headers
      .getSetCookie()
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`))!
      .split(';')[0];
    // Another login of the same person (another device) is not touched.
    const other = await login(leadEmail('5140202'));
    expect((await meOn(secondUrl, accessToken)).data).toEqual({ me: { email: leadEmail('5140202') } });

    const out = await fetch(`${t.url}/session`, { method: 'DELETE', headers: { cookie } });
    expect(out.status).toBe(204);
    for (const url of [t.url, secondUrl]) {
      expect(failure(await meOn(url, accessToken))).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'SESSION_REVOKED',
      });
    }
    expect((await meOn(t.url, other.accessToken)).data).toEqual({ me: { email: leadEmail('5140202') } });
  });

  it('reusing a rotated refresh token ends the session’s access tokens too', async () => {
    const first = await login(leadEmail('5140301'));
    const rotated = (await t.gql(REFRESH, { r: first.refreshToken })).data!.refreshToken as {
      accessToken: string;
    };
    expect((await t.gql(ME, {}, rotated.accessToken)).data).toBeDefined();
    expect(failure(await t.gql(REFRESH, { r: first.refreshToken }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(failure(await t.gql(ME, {}, rotated.accessToken))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_REVOKED',
    });
  });

  it('TokenService.revokeAllSessions ends every session of a user (removeMember), and none of anyone else', async () => {
    const a = await login(leadEmail('5140302'));
    const b = await login(leadEmail('5140302'));
    const bystander = await login(leadEmail('5140401'));
    await t.app.get(TokenService).revokeAllSessions(await userId(t, leadEmail('5140302')));
    for (const s of [a, b]) {
      expect(failure(await t.gql(ME, {}, s.accessToken))).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'SESSION_REVOKED',
      });
      expect(failure(await t.gql(REFRESH, { r: s.refreshToken }))).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'REFRESH_TOKEN_INVALID',
      });
    }
    expect((await t.gql(ME, {}, bystander.accessToken)).data).toEqual({
      me: { email: leadEmail('5140401') },
    });
    // Signing in again works: it is a new session.
    const again = await login(leadEmail('5140302'));
    expect((await t.gql(ME, {}, again.accessToken)).data).toEqual({ me: { email: leadEmail('5140302') } });
  });

  it('keeps the deny-list entry only as long as an access token can live', async () => {
    const { accessToken, refreshToken } = await login(leadEmail('4141201'));
    const sid = new JwtService().decode<{ sid: string }>(accessToken).sid;
    await t.gql(REFRESH, { r: refreshToken });
    await t.gql(REFRESH, { r: refreshToken }); // reuse → revoked
    const redis = new (await import('ioredis')).default(t.config.redis.url);
    try {
      const ttl = await redis.ttl(
        `${t.config.redis.queuePrefix}:revoked-session:${t.config.database.databaseName}:${sid}`,
      );
      expect(ttl).toBeGreaterThan(t.config.auth.accessTtlSeconds - 30);
      expect(ttl).toBeLessThanOrEqual(t.config.auth.accessTtlSeconds);
    } finally {
      redis.disconnect();
    }
  });
});
