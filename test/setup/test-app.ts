import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { AppConfig } from '@prongsai/config';
import { API_FEATURES, ApiFeature } from '../../apps/api/src/api-features';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { TestDatabase } from './test-database';
import { testConfig } from './test-env';

export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; field?: string } & Record<string, unknown>;
  }[];
}

export const DEMO_PASSWORD = 'prongsai-demo';

/**
 * The real API over real HTTP on a random port, against a fresh database. Tests talk GraphQL to it as a
 * client would, and may inspect the database as the owner.
 */
export class TestApp {
  private tokenCache = new Map<string, string>();

  private constructor(
    readonly app: INestApplication,
    readonly db: TestDatabase,
    readonly config: AppConfig,
    readonly url: string,
  ) {}

  /**
   * `features` replaces the API's feature modules, e.g. to mount test-only controllers beside them;
   * `options.webAppDir` serves another web app build (default: apps/web/dist).
   */
  static async create(
    envOverrides: Record<string, string> = {},
    features: readonly ApiFeature[] = API_FEATURES,
    options: { webAppDir?: string } = {},
  ): Promise<TestApp> {
    const db = await TestDatabase.create();
    const config = testConfig(db.name, envOverrides);
    const app = await createApiApp(config, features, options);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    return new TestApp(app, db, config, `http://127.0.0.1:${port}`);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read responses loosely
  async gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResponse<T>;
  }

  /** Logs in (once per email per app) and returns the access token. */
  async token(email: string, password = DEMO_PASSWORD): Promise<string> {
    const cached = this.tokenCache.get(email);
    if (cached) return cached;
    const res = await this.gql<{ login: { accessToken: string } }>(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
      { e: email, p: password },
    );
    if (!res.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
    this.tokenCache.set(email, res.data.login.accessToken);
    return res.data.login.accessToken;
  }

  /** Organization id by DLA code (as the owner). */
  async orgId(code: string): Promise<string> {
    const rows = await this.db.ownerQuery<{ id: string }>(`SELECT id FROM organizations WHERE code = $1`, [
      code,
    ]);
    if (!rows[0]) throw new Error(`no organization ${code}`);
    return rows[0].id;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.db.drop();
  }
}

export const leadEmail = (code: string) => `lead.${code}@prongsai.example`;
export const SUPERVISOR_14 = 'supervisor.14@prongsai.example';
export const ADMIN = 'admin@prongsai.example';

/**
 * Signs an access token directly (same secret and claims as TokenService) for tests that need many users:
 * argon2 logins are deliberately slow and the login path has its own tests.
 */
export async function mintAccessToken(t: TestApp, userId: string, expiresInSeconds = 600): Promise<string> {
  const { JwtService } = await import('@nestjs/jwt');
  return new JwtService({ secret: t.config.auth.jwtSecret }).signAsync(
    // A session id of its own, as TokenService gives every login (tokens without one are refused).
    { sub: userId, typ: 'access', sid: randomUUID() },
    { expiresIn: expiresInSeconds, algorithm: 'HS256' },
  );
}

export async function userId(t: TestApp, email: string): Promise<string> {
  const rows = await t.db.ownerQuery<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [email]);
  if (!rows[0]) throw new Error(`no user ${email}`);
  return rows[0].id;
}
