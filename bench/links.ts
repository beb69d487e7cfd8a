/**
 * `npm run bench:links`: the OIT evidence link checker at a province-season's size. 10,000 evidence URLs on
 * 20 local web servers (the "hosts"; most LAOs' sites live on a few provincial hosts), a realistic mix —
 * mostly pages, some 404s, redirects and slow answers — checked with the checker's own code, limiter and
 * default caps (LINK_CHECK_CONCURRENCY, LINK_CHECK_PER_HOST). Prints the time, the rate, the most requests
 * seen in flight at one host (must not exceed the per-host cap) and the process's memory, as a worker runs
 * it.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { loadConfigFromProcess } from '@prongsai/config';
import { checkLink, KeyedLimiter, LinkOutcome } from '@prongsai/link-check';

const URLS = 10_000;
const HOSTS = 20;
const BUDGET_MS = 60_000;
const RSS_BUDGET_MB = 300;

async function main(): Promise<void> {
  const config = loadConfigFromProcess().linkCheck;
  const inFlight = new Map<number, number>();
  let maxAtOneHost = 0;
  const servers = await Promise.all(
    Array.from({ length: HOSTS }, async (_, h) => {
      const server = http.createServer((req, res) => {
        const now = (inFlight.get(h) ?? 0) + 1;
        inFlight.set(h, now);
        maxAtOneHost = Math.max(maxAtOneHost, now);
        res.on('close', () => inFlight.set(h, (inFlight.get(h) ?? 1) - 1));
        const n = Number(/\d+/.exec(req.url ?? '')?.[0] ?? 0);
        if (req.url?.startsWith('/moved/')) res.writeHead(301, { location: `/page/${n}` }).end();
        else if (n % 20 === 0) res.writeHead(404).end('ไม่พบหน้า');
        else if (n % 50 === 1) setTimeout(() => res.writeHead(200).end('ช้า'), 300);
        else res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>ประกาศ ${n}</p>`.repeat(50));
      });
      server.keepAliveTimeout = 1000;
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      return server;
    }),
  );
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  const urls = Array.from({ length: URLS }, (_, i) => {
    const port = ports[i % HOSTS];
    return `http://127.0.0.1:${port}/${i % 33 === 7 ? 'moved' : 'page'}/${i}`;
  });

  const limiter = new KeyedLimiter(config.concurrency, config.perHost);
  const options = {
    allowAddresses: ['127.0.0.1'],
    connectTimeoutMs: config.connectTimeoutMs,
    timeoutMs: config.timeoutMs,
    maxBytes: config.maxBytes,
    maxRedirects: 5,
    userAgent: 'Prongsai-LinkCheck/1.0 (bench)',
  };
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 100);
  const started = Date.now();
  const results = await Promise.all(urls.map((u) => checkLink(u, options, limiter)));
  const ms = Date.now() - started;
  clearInterval(sampler);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));

  const byOutcome = results.reduce<Record<string, number>>((acc, r) => {
    acc[r.outcome] = (acc[r.outcome] ?? 0) + 1;
    return acc;
  }, {});
  const expected: Record<LinkOutcome, number> = { OK: 0, BROKEN: 0, UNREACHABLE: 0, REFUSED: 0 };
  const mb = (b: number) => Math.round(b / 1_048_576);
  const rows: [string, string, string][] = [
    ['urls checked', `${results.length} on ${HOSTS} hosts`, ''],
    ['outcomes', JSON.stringify({ ...expected, ...byOutcome }), ''],
    [
      'total time',
      `${(ms / 1000).toFixed(1)} s`,
      `≤ ${BUDGET_MS / 1000} s ${ms <= BUDGET_MS ? 'met' : 'MISSED'}`,
    ],
    ['rate', `${Math.round((results.length / ms) * 1000)} URLs/s`, ''],
    [
      'most in flight at one host',
      String(maxAtOneHost),
      `≤ ${config.perHost} (LINK_CHECK_PER_HOST) ${maxAtOneHost <= config.perHost ? 'met' : 'MISSED'}`,
    ],
    ['global cap', String(config.concurrency), 'LINK_CHECK_CONCURRENCY'],
    [
      'process RSS (peak)',
      `${mb(rssPeak)} MB (start ${mb(rssBefore)} MB)`,
      `≤ ${RSS_BUDGET_MB} MB ${mb(rssPeak) <= RSS_BUDGET_MB ? 'met' : 'MISSED'}`,
    ],
  ];
  const width = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), 6));
  console.log(`\n| ${['metric', 'value', 'target'].map((h, c) => h.padEnd(width[c])).join(' | ')} |`);
  console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(`| ${r.map((v, c) => v.padEnd(width[c])).join(' | ')} |`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('bench:links failed:', err);
    process.exit(1);
  },
);
