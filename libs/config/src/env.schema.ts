import { z } from 'zod';

/** The development default: published in this repository, so refused in production (see app-config.ts). */
export const DEVELOPMENT_JWT_SECRET = 'dev-only-insecure-jwt-secret-change-me-0000';

/**
 * The whole environment contract of Prongsai. Parsed once at boot; nothing else reads process.env.
 * Development defaults point at the local PostgreSQL and Redis so `npm start` works on a fresh machine;
 * in production every secret or address must be given explicitly (see `productionRequired`).
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/prongsai'),
  DATABASE_APP_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_:{}.-]+$/, 'letters, digits and _ : { } . - only')
    .default('prongsai'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.string().url().default('http://localhost:3000'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEVELOPMENT_JWT_SECRET),
  JWT_ACCESS_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  SMTP_URL: z.string().url().default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().min(3).default('Prongsai <no-reply@prongsai.example>'),
  DEMO_PASSWORD: z.string().min(8).default('prongsai-demo'),
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  CORS_ORIGINS: z.string().default('*'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
  // GraphQL cost limits (apps/api/src/graphql/guardrails): ADMIN may run one larger operation (the national
  // roll-up with every province's detail); every caller has a budget of cost per minute, shared in Redis.
  GRAPHQL_ADMIN_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(50_000),
  GRAPHQL_COST_PER_MINUTE: z.coerce.number().int().min(100).default(60_000),
  GRAPHQL_MAX_RESPONSE_BYTES: z.coerce.number().int().min(1024).default(2_000_000),
  // Worker and queues (see libs/jobs/README.md). The defaults suit production; tests shorten the timings.
  MAIL_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(5),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(10),
  MAIL_RETRY_BASE_DELAY_MS: z.coerce.number().int().min(10).default(30_000),
  JOB_LOCK_DURATION_MS: z.coerce.number().int().min(1000).default(30_000),
  JOB_STALLED_INTERVAL_MS: z.coerce.number().int().min(500).default(30_000),
  OUTBOX_SWEEP_INTERVAL_MS: z.coerce.number().int().min(500).default(60_000),
  PROGRESS_DEBOUNCE_MS: z.coerce.number().int().min(0).default(2000),
  // People (libs/people): rate limits shared in Redis by every API process.
  INVITATION_RATE_LIMIT: z.coerce.number().int().min(1).default(100),
  PASSWORD_RESET_RATE_LIMIT: z.coerce.number().int().min(1).default(5),
  // Reports (libs/reports): the Chromium that prints PDFs, and how many pages it prints at once per process.
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  PDF_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  // Produced files (report and poster packs, libs/storage): a directory on local disk.
  STORAGE_DIR: z.string().min(1).default('var/storage'),
  REPORT_PACK_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  // OIT evidence link checker (libs/link-check). Private, loopback and link-local addresses are refused;
  // LINK_CHECK_ALLOW_ADDRESSES lists IPs to allow anyway (the tests' local servers), never in production.
  LINK_CHECK_ALLOW_ADDRESSES: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  LINK_CHECK_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(32),
  LINK_CHECK_PER_HOST: z.coerce.number().int().min(1).max(10).default(2),
  LINK_CHECK_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  LINK_CHECK_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  LINK_CHECK_MAX_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
});

export type RawEnv = z.infer<typeof envSchema>;

/** Variables that have a development default but must be set explicitly in production. */
export const productionRequired = [
  'DATABASE_URL',
  'DATABASE_APP_URL',
  'REDIS_URL',
  'APP_URL',
  'JWT_SECRET',
  'SMTP_URL',
  'MAIL_FROM',
] as const;
