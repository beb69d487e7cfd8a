import { AppConfig } from '@prongsai/config';

export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/**
 * Turns "cannot reach PostgreSQL/Redis" into two plain lines (what was tried, how to start it) instead of
 * a stack trace. Returns null for any other error.
 */
export function explainConnectionError(err: unknown, config: AppConfig, triedUrl?: string): string | null {
  const e = err as { code?: string; message?: string; errors?: { code?: string }[] };
  const codes = [e?.code, ...(e?.errors ?? []).map((x) => x.code)];
  const msg = String(e?.message ?? '');
  const unreachable = codes.some((c) =>
    ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT'].includes(c ?? ''),
  );
  if (!unreachable && !/ECONNREFUSED|ENOTFOUND/.test(msg)) return null;
  if (/redis/i.test(msg)) {
    return [
      `Cannot reach Redis at ${redactUrl(config.redis.url)} (${codes.find(Boolean) ?? msg}).`,
      `Start it, e.g.: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no`,
      `or set REDIS_URL.`,
    ].join('\n');
  }
  return [
    `Cannot reach PostgreSQL at ${redactUrl(triedUrl ?? config.database.ownerUrl)} (${codes.find(Boolean) ?? msg}).`,
    `Start it, e.g.: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
    `or set DATABASE_URL (owner) and DATABASE_APP_URL (runtime role).`,
  ].join('\n');
}
