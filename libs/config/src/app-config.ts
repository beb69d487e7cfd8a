import { DEVELOPMENT_JWT_SECRET, envSchema, productionRequired } from './env.schema';

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  isProduction: boolean;
  database: { ownerUrl: string; appUrl: string; databaseName: string };
  redis: { url: string; queuePrefix: string };
  http: { port: number; appUrl: string; corsOrigins: string[] | '*' };
  auth: { jwtSecret: string; accessTtlSeconds: number; refreshTtlDays: number; loginRateLimit: number };
  mail: { smtpUrl: string; from: string; concurrency: number; maxAttempts: number; retryBaseDelayMs: number };
  jobs: {
    lockDurationMs: number;
    stalledIntervalMs: number;
    outboxSweepIntervalMs: number;
    progressDebounceMs: number;
  };
  /** Invitations per inviter per hour; password-reset requests per email per hour (per IP: 10×). */
  people: { invitationsPerHour: number; resetsPerEmailPerHour: number; resetsPerIpPerHour: number };
  demo: { password: string; seedDemo: boolean };
  /** libs/reports: Chromium for PDFs (Debian's by default) and the pages it renders at once. */
  reports: { chromiumPath: string; pdfConcurrency: number };
  /** libs/storage: where produced files live, and how long a report pack can be downloaded. */
  storage: { dir: string; reportPackTtlHours: number };
  /** libs/link-check: caps and timeouts of the OIT evidence link checker, and test-only allowed addresses. */
  linkCheck: {
    allowAddresses: string[];
    concurrency: number;
    perHost: number;
    connectTimeoutMs: number;
    timeoutMs: number;
    maxBytes: number;
  };
  logLevel: string;
  graphqlMaxComplexity: number;
  /** Cost limits beside graphqlMaxComplexity (apps/api/src/graphql/guardrails). */
  graphqlLimits: { adminMaxComplexity: number; costPerMinute: number; maxResponseBytes: number };
}

/** Thrown when the environment is invalid; `problems` names every bad variable, one line each. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

/** The login role the API and worker use; migrations create it (never a superuser, never BYPASSRLS). */
export const APP_DB_ROLE = 'prongsai_app';

/**
 * Outside production the runtime connection is the owner URL with the user swapped for the app role:
 * local PostgreSQL uses trust auth, so no password is needed.
 */
export function deriveAppDatabaseUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_DB_ROLE;
  url.password = '';
  return url.toString();
}

/**
 * Secrets that appear in this repository (defaults, examples, tests): anyone can read them, so production
 * refuses them. `test/platform/production-config.int-spec.ts` scans the repository and fails when a
 * JWT_SECRET-like value appears that this list (or the rules below) does not refuse.
 */
export const PUBLISHED_SECRETS: readonly string[] = [DEVELOPMENT_JWT_SECRET];

/** Why a JWT secret may not be used in production, or null. */
export function productionSecretProblem(secret: string): string | null {
  if (PUBLISHED_SECRETS.includes(secret)) return 'is a value published in the repository: generate a new one';
  // 'x' × 40, 'aaaa…', '0123…0123': long enough for the schema, guessable all the same.
  if (new Set(secret).size < 10) return 'has fewer than 10 different characters: generate a random one';
  if (/change[-_ ]?me|insecure|example|secret-?key|dev-?only/i.test(secret)) {
    return 'looks like a placeholder: generate a random one (e.g. openssl rand -base64 48)';
  }
  return null;
}

/**
 * What production refuses although the schema accepts it (the process must fail closed): a published or
 * guessable JWT secret, the demo accounts (160 accounts with a published password), any-origin CORS.
 */
function productionProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  if (env.JWT_SECRET !== undefined) {
    const why = productionSecretProblem(env.JWT_SECRET);
    if (why) problems.push(`JWT_SECRET: ${why}`);
  }
  if (env.SEED_DEMO === 'true') {
    problems.push(
      'SEED_DEMO: must not be true in production (the demo accounts share a published password): give people real accounts',
    );
  }
  if (env.CORS_ORIGINS !== undefined && env.CORS_ORIGINS.split(',').some((o) => o.trim() === '*')) {
    problems.push(
      'CORS_ORIGINS: * is not allowed in production: list the origins (https://…), or leave it unset for same-origin only',
    );
  }
  return problems;
}

export function loadConfig(source: Record<string, string | undefined>): AppConfig {
  // Empty strings mean "unset": shells and compose files often export VAR= by accident.
  const env = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path.join('.');
      problems.push(`${name}: ${issue.message}${env[name] !== undefined ? '' : ' (not set)'}`);
    }
  }
  const isProduction = (env.NODE_ENV ?? 'development') === 'production';
  if (isProduction) {
    for (const name of productionRequired) {
      if (env[name] === undefined) problems.push(`${name}: required in production (not set)`);
    }
    problems.push(...productionProblems(env));
    // The link checker must never reach the production network's private addresses.
    if (env.LINK_CHECK_ALLOW_ADDRESSES !== undefined) {
      problems.push('LINK_CHECK_ALLOW_ADDRESSES: not allowed in production (it is for tests)');
    }
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigValidationError(problems);
  const e = parsed.data;
  const appUrl = e.DATABASE_APP_URL ?? deriveAppDatabaseUrl(e.DATABASE_URL);
  return {
    env: e.NODE_ENV,
    isProduction,
    database: {
      ownerUrl: e.DATABASE_URL,
      appUrl,
      databaseName: decodeURIComponent(new URL(e.DATABASE_URL).pathname.replace(/^\//, '')) || 'postgres',
    },
    redis: { url: e.REDIS_URL, queuePrefix: e.QUEUE_PREFIX },
    http: {
      port: e.PORT,
      appUrl: e.APP_URL.replace(/\/$/, ''),
      // Unset in production means same-origin only (the web app is served by the API itself).
      corsOrigins:
        isProduction && env.CORS_ORIGINS === undefined
          ? []
          : e.CORS_ORIGINS === '*'
            ? '*'
            : e.CORS_ORIGINS.split(',').map((o) => o.trim()),
    },
    auth: {
      jwtSecret: e.JWT_SECRET,
      accessTtlSeconds: e.JWT_ACCESS_TTL_SECONDS,
      refreshTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
      loginRateLimit: e.LOGIN_RATE_LIMIT,
    },
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      concurrency: e.MAIL_CONCURRENCY,
      maxAttempts: e.MAIL_MAX_ATTEMPTS,
      retryBaseDelayMs: e.MAIL_RETRY_BASE_DELAY_MS,
    },
    jobs: {
      lockDurationMs: e.JOB_LOCK_DURATION_MS,
      stalledIntervalMs: e.JOB_STALLED_INTERVAL_MS,
      outboxSweepIntervalMs: e.OUTBOX_SWEEP_INTERVAL_MS,
      progressDebounceMs: e.PROGRESS_DEBOUNCE_MS,
    },
    people: {
      invitationsPerHour: e.INVITATION_RATE_LIMIT,
      resetsPerEmailPerHour: e.PASSWORD_RESET_RATE_LIMIT,
      resetsPerIpPerHour: e.PASSWORD_RESET_RATE_LIMIT * 10,
    },
    reports: { chromiumPath: e.CHROMIUM_PATH, pdfConcurrency: e.PDF_CONCURRENCY },
    storage: { dir: e.STORAGE_DIR, reportPackTtlHours: e.REPORT_PACK_TTL_HOURS },
    linkCheck: {
      allowAddresses: e.LINK_CHECK_ALLOW_ADDRESSES,
      concurrency: e.LINK_CHECK_CONCURRENCY,
      perHost: e.LINK_CHECK_PER_HOST,
      connectTimeoutMs: e.LINK_CHECK_CONNECT_TIMEOUT_MS,
      timeoutMs: e.LINK_CHECK_TIMEOUT_MS,
      maxBytes: e.LINK_CHECK_MAX_BYTES,
    },
    demo: { password: e.DEMO_PASSWORD, seedDemo: e.SEED_DEMO ? e.SEED_DEMO === 'true' : !isProduction },
    logLevel: e.LOG_LEVEL,
    graphqlMaxComplexity: e.GRAPHQL_MAX_COMPLEXITY,
    graphqlLimits: {
      adminMaxComplexity: Math.max(e.GRAPHQL_ADMIN_MAX_COMPLEXITY, e.GRAPHQL_MAX_COMPLEXITY),
      costPerMinute: e.GRAPHQL_COST_PER_MINUTE,
      maxResponseBytes: e.GRAPHQL_MAX_RESPONSE_BYTES,
    },
  };
}

/** The one place that reads process.env. */
export function loadConfigFromProcess(): AppConfig {
  return loadConfig(process.env);
}
