import { randomBytes } from 'node:crypto';
import { ConfigValidationError, deriveAppDatabaseUrl, loadConfig } from './app-config';

/** A secret of the kind production wants; made per run, so it never appears in the repository. */
const RANDOM_SECRET = randomBytes(32).toString('base64url');

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigValidationError) return e.problems;
    throw e;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('boots a fresh development machine with no variables at all', () => {
    const c = loadConfig({});
    expect(c.env).toBe('development');
    expect(c.database.ownerUrl).toBe('postgres://postgres@127.0.0.1:5432/prongsai');
    expect(c.database.appUrl).toBe('postgres://prongsai_app@127.0.0.1:5432/prongsai');
    expect(c.redis).toEqual({ url: 'redis://127.0.0.1:6379', queuePrefix: 'prongsai' });
    expect(c.http.port).toBe(3000);
    expect(c.demo).toEqual({ password: 'prongsai-demo', seedDemo: true });
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DATABASE_URL: 'not a url',
      JWT_SECRET: 'short',
      QUEUE_PREFIX: 'a b',
      NODE_ENV: 'staging',
    });
    const names = problems.map((p) => p.split(':')[0]).sort();
    expect(names).toEqual(['DATABASE_URL', 'JWT_SECRET', 'NODE_ENV', 'PORT', 'QUEUE_PREFIX']);
  });

  it('in production, refuses to boot without the secrets and addresses, naming each', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    for (const name of [
      'DATABASE_URL',
      'DATABASE_APP_URL',
      'REDIS_URL',
      'APP_URL',
      'JWT_SECRET',
      'SMTP_URL',
      'MAIL_FROM',
    ]) {
      expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${name}: required in production`)));
    }
  });

  it('in production with everything set, boots and seeds no demo data unless asked', () => {
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://owner:pw@db:5432/prongsai',
      DATABASE_APP_URL: 'postgres://prongsai_app:pw@db:5432/prongsai',
      REDIS_URL: 'redis://redis:6379',
      APP_URL: 'https://prongsai.example/',
      JWT_SECRET: RANDOM_SECRET,
      SMTP_URL: 'smtp://mail:25',
      MAIL_FROM: 'Prongsai <no-reply@prongsai.example>',
    };
    const c = loadConfig(env);
    expect(c.isProduction).toBe(true);
    expect(c.demo.seedDemo).toBe(false);
    expect(c.http.appUrl).toBe('https://prongsai.example');
    expect(loadConfig({ ...env, SEED_DEMO: 'false' }).demo.seedDemo).toBe(false);
    expect(c.http.corsOrigins).toEqual([]);
    expect(
      loadConfig({ ...env, CORS_ORIGINS: 'https://a.example, https://b.example' }).http.corsOrigins,
    ).toEqual(['https://a.example', 'https://b.example']);
  });

  describe('in production, fails closed', () => {
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://owner:pw@db:5432/prongsai',
      DATABASE_APP_URL: 'postgres://prongsai_app:pw@db:5432/prongsai',
      REDIS_URL: 'redis://redis:6379',
      APP_URL: 'https://prongsai.example/',
      JWT_SECRET: RANDOM_SECRET,
      SMTP_URL: 'smtp://mail:25',
      MAIL_FROM: 'Prongsai <no-reply@prongsai.example>',
    };
    it.each<[string, Record<string, string>, RegExp]>([
      [
        'the development JWT secret',
        { JWT_SECRET: 'dev-only-insecure-jwt-secret-change-me-0000' },
        /^JWT_SECRET: is a value published/,
      ],
      [
        'a guessable secret',
        { JWT_SECRET: 'x'.repeat(40) },
        /^JWT_SECRET: has fewer than 10 different characters/,
      ],
      [
        'a placeholder',
        { JWT_SECRET: 'please-CHANGE-ME-to-something-random-9x' },
        /^JWT_SECRET: looks like a placeholder/,
      ],
      ['the demo accounts', { SEED_DEMO: 'true' }, /^SEED_DEMO: must not be true in production/],
      ['CORS for any origin', { CORS_ORIGINS: '*' }, /^CORS_ORIGINS: \* is not allowed in production/],
      [
        'CORS for any origin among others',
        { CORS_ORIGINS: 'https://a.example,*' },
        /^CORS_ORIGINS: \* is not allowed/,
      ],
    ])('refuses %s', (_name, override, problem) => {
      expect(problemsOf({ ...env, ...override })).toEqual([expect.stringMatching(problem)]);
    });

    it('accepts the same values outside production', () => {
      const dev = {
        ...env,
        NODE_ENV: 'development',
        JWT_SECRET: 'x'.repeat(40),
        SEED_DEMO: 'true',
        CORS_ORIGINS: '*',
      };
      expect(loadConfig(dev).http.corsOrigins).toBe('*');
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', REDIS_URL: '' }).http.port).toBe(3000);
  });

  it.each([
    ['postgres://postgres@127.0.0.1:5432/prongsai', 'postgres://prongsai_app@127.0.0.1:5432/prongsai'],
    [
      'postgres://owner:secret@db:5432/x?sslmode=require',
      'postgres://prongsai_app@db:5432/x?sslmode=require',
    ],
  ])('derives the runtime URL from %s', (owner, app) => {
    expect(deriveAppDatabaseUrl(owner)).toBe(app);
  });
});
