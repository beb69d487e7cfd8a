import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEVELOPMENT_JWT_SECRET, productionSecretProblem } from '@prongsai/config';

const run = promisify(execFile);
/** A secret of the kind production wants; made per run, so it never appears in the repository. */
const RANDOM_SECRET = randomBytes(32).toString('base64url');
const ROOT = join(__dirname, '../..');

/** Every text file of the repository (what a reader of it sees), tracked or about to be. */
function repositoryFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT })
    .toString()
    .split('\n')
    .filter((f) => /\.(ts|js|mjs|cjs|json|ya?ml|md|env|example|sh)$|(^|\/)\.env[^/]*$/.test(f))
    .filter((f) => !f.startsWith('node_modules/') && !f.endsWith('package-lock.json'));
}

/**
 * Values a reader of the repository finds given as a JWT secret: `JWT_SECRET=…`, `JWT_SECRET: '…'`, and
 * `secret: '…'` (JwtService options in tests). Only literals of 32+ characters: shorter ones are refused by
 * the schema anyway.
 */
function publishedSecrets(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [
    /JWT_SECRET\s*[=:]\s*['"`]?([^\s'"`,;}$]{32,})/g,
    /\bsecret\s*:\s*['"`]([^'"`]{32,})['"`]/g,
  ];
  for (const file of repositoryFiles()) {
    let text: string;
    try {
      text = readFileSync(join(ROOT, file), 'utf8');
    } catch {
      continue; // deleted in the working tree
    }
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) found.set(m[1], file);
    }
  }
  return found;
}

describe('production fails closed (integration)', () => {
  it('refuses every JWT secret that appears in the repository', () => {
    const secrets = publishedSecrets();
    expect(secrets.get(DEVELOPMENT_JWT_SECRET)).toBeDefined();
    const accepted = [...secrets].filter(([value]) => productionSecretProblem(value) === null);
    expect(accepted).toEqual([]);
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'the development JWT secret',
      { JWT_SECRET: DEVELOPMENT_JWT_SECRET },
      'JWT_SECRET: is a value published',
    ],
    ['SEED_DEMO=true', { SEED_DEMO: 'true' }, 'SEED_DEMO: must not be true in production'],
    ['CORS_ORIGINS=*', { CORS_ORIGINS: '*' }, 'CORS_ORIGINS: * is not allowed in production'],
  ])('the API process refuses to start in production with %s, saying why', async (_name, override, line) => {
    const entry = require.resolve('../../apps/api/src/main.ts');
    const err = await run(process.execPath, ['-r', require.resolve('../setup/ts-register.js'), entry], {
      env: {
        // eslint-disable-next-line no-restricted-properties -- a child process of its own: PATH and the test's variables
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://owner:pw@127.0.0.1:1/prongsai',
        DATABASE_APP_URL: 'postgres://prongsai_app:pw@127.0.0.1:1/prongsai',
        REDIS_URL: 'redis://127.0.0.1:1',
        APP_URL: 'https://prongsai.example',
        JWT_SECRET: RANDOM_SECRET,
        SMTP_URL: 'smtp://127.0.0.1:1',
        MAIL_FROM: 'Prongsai <no-reply@prongsai.example>',
        ...override,
      },
      timeout: 60_000,
    }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(1);
    expect(err!.stderr).toContain('Invalid configuration');
    expect(err!.stderr).toContain(line);
    // Refused before it tried to reach PostgreSQL (port 1 would have said "Cannot reach PostgreSQL").
    expect(err!.stderr).not.toContain('Cannot reach');
  });
});
