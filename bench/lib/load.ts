import autocannon from 'autocannon';

export interface LoadResult {
  connections: number;
  requests: number;
  /** Non-2xx answers, GraphQL errors (a body with "errors") and socket errors; must be 0. */
  failures: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  rps: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * POSTs one GraphQL operation with `connections` concurrent clients for `seconds`, after a short warm-up,
 * and takes percentiles from every response's own latency (autocannon's histogram has no p95).
 */
export async function loadTest(opts: {
  url: string;
  /** The API's bearer token; the peers of the bench take `headers` instead. */
  token?: string;
  headers?: Record<string, string>;
  query: string;
  variables: Record<string, unknown>;
  connections: number;
  seconds: number;
  warmupSeconds?: number;
  /** Default /graphql. */
  path?: string;
}): Promise<LoadResult> {
  const body = JSON.stringify({ query: opts.query, variables: opts.variables });
  const base = {
    url: `${opts.url}${opts.path ?? '/graphql'}`,
    method: 'POST' as const,
    headers: {
      'content-type': 'application/json',
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
    body,
    connections: opts.connections,
    verifyBody: (b: string | Buffer | undefined) => b !== undefined && !String(b).includes('"errors"'),
  };
  if (opts.warmupSeconds) await autocannon({ ...base, duration: opts.warmupSeconds });

  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...base, duration: opts.seconds }, (err, res) =>
      err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(res),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    connections: opts.connections,
    requests: latencies.length,
    failures: result.non2xx + result.errors + result.timeouts + (result.mismatches ?? 0),
    p50Ms: round1(percentile(latencies, 50)),
    p95Ms: round1(percentile(latencies, 95)),
    p99Ms: round1(percentile(latencies, 99)),
    rps: round1(latencies.length / opts.seconds),
  };
}

/** Closed-loop timing of any async operation with `concurrency` workers (for raw SQL). */
export async function timeLoop(opts: {
  concurrency: number;
  seconds: number;
  warmupSeconds?: number;
  run: (worker: number) => Promise<unknown>;
}): Promise<{ requests: number; p50Ms: number; p95Ms: number; p99Ms: number; rps: number }> {
  const loop = async (seconds: number, record: number[] | null) => {
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: opts.concurrency }, async (_, worker) => {
        while (performance.now() < end) {
          const start = performance.now();
          await opts.run(worker);
          record?.push(performance.now() - start);
        }
      }),
    );
  };
  if (opts.warmupSeconds) await loop(opts.warmupSeconds, null);
  const latencies: number[] = [];
  await loop(opts.seconds, latencies);
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    p50Ms: round1(percentile(latencies, 50)),
    p95Ms: round1(percentile(latencies, 95)),
    p99Ms: round1(percentile(latencies, 99)),
    rps: round1(latencies.length / opts.seconds),
  };
}
