import http from 'node:http';
import { AddressInfo } from 'node:net';
import { checkLink, KeyedLimiter, LinkCheckOptions } from '@prongsai/link-check';

/** A local web server whose pages the tests define; it counts requests in flight. */
async function startSite(
  routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>,
) {
  let inFlight = 0;
  const stats = { maxInFlight: 0, requests: 0 };
  const server = http.createServer((req, res) => {
    stats.requests++;
    inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const route = routes[req.url ?? '/'];
    if (route) route(req, res);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, stats, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const OPTIONS: LinkCheckOptions = {
  allowAddresses: ['127.0.0.1'],
  connectTimeoutMs: 1000,
  timeoutMs: 1500,
  maxBytes: 64 * 1024,
  maxRedirects: 5,
  userAgent: 'Prongsai-LinkCheck/1.0 (+test)',
};

describe('checkLink against local web servers', () => {
  let site: Awaited<ReturnType<typeof startSite>>;
  let page = 'ประกาศเจตนารมณ์ No Gift Policy';
  let userAgent = '';
  const limiter = () => new KeyedLimiter(16, 2);

  beforeAll(async () => {
    site = await startSite({
      '/ok': (req, res) => {
        userAgent = req.headers['user-agent'] ?? '';
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<p>${page}</p>`);
      },
      '/gone': (_req, res) => res.writeHead(404).end('ไม่พบหน้า'),
      '/error': (_req, res) => res.writeHead(500).end('error'),
      '/slow': () => undefined, // never answers
      '/r1': (_req, res) => res.writeHead(301, { location: '/r2' }).end(),
      '/r2': (_req, res) => res.writeHead(302, { location: `${site.base}/r3` }).end(),
      '/r3': (_req, res) => res.writeHead(307, { location: '/ok' }).end(),
      '/loop-a': (_req, res) => res.writeHead(302, { location: '/loop-b' }).end(),
      '/loop-b': (_req, res) => res.writeHead(302, { location: '/loop-a' }).end(),
      '/to-metadata': (_req, res) =>
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
      '/to-private': (_req, res) => res.writeHead(302, { location: 'http://10.1.2.3/admin' }).end(),
      '/to-file': (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
      '/huge': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        const chunk = Buffer.alloc(64 * 1024, 0x41);
        let sent = 0;
        const more = () => {
          while (sent < 80 && res.write(chunk)) sent++;
          if (sent < 80) res.once('drain', more);
          else res.end();
        };
        more();
      },
      '/busy': (_req, res) => setTimeout(() => res.writeHead(200).end('ok'), 100),
    });
  });
  afterAll(() => site?.close());

  it('a page that answers 200 is OK, with its content type and a hash of its body', async () => {
    const r = await checkLink(`${site.base}/ok`, OPTIONS, limiter());
    expect(r).toMatchObject({
      outcome: 'OK',
      httpStatus: 200,
      redirects: 0,
      finalUrl: `${site.base}/ok`,
      contentType: 'text/html; charset=utf-8',
      truncated: false,
      error: null,
    });
    expect(r.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(userAgent).toBe(OPTIONS.userAgent);
  });

  it('a page that changed has another hash; the same page the same', async () => {
    const before = await checkLink(`${site.base}/ok`, OPTIONS, limiter());
    const again = await checkLink(`${site.base}/ok`, OPTIONS, limiter());
    page = 'ประกาศเจตนารมณ์ (ฉบับแก้ไข)';
    const changed = await checkLink(`${site.base}/ok`, OPTIONS, limiter());
    expect(again.contentHash).toBe(before.contentHash);
    expect(changed.contentHash).not.toBe(before.contentHash);
  });

  it.each([
    ['/gone', 404],
    ['/error', 500],
  ])('%s is BROKEN (%i)', async (path, status) => {
    expect(await checkLink(`${site.base}${path}`, OPTIONS, limiter())).toMatchObject({
      outcome: 'BROKEN',
      httpStatus: status,
    });
  });

  it('a server that never answers is UNREACHABLE after the timeout', async () => {
    const r = await checkLink(`${site.base}/slow`, OPTIONS, limiter());
    expect(r).toMatchObject({ outcome: 'UNREACHABLE', error: 'timed out' });
    expect(r.durationMs).toBeGreaterThanOrEqual(1400);
    expect(r.durationMs).toBeLessThan(5000);
  });

  it('a closed port is UNREACHABLE', async () => {
    const closed = await startSite({});
    await closed.close();
    expect(await checkLink(`${closed.base}/ok`, OPTIONS, limiter())).toMatchObject({
      outcome: 'UNREACHABLE',
    });
  });

  it('a chain of redirects is followed to the final page', async () => {
    expect(await checkLink(`${site.base}/r1`, OPTIONS, limiter())).toMatchObject({
      outcome: 'OK',
      httpStatus: 200,
      redirects: 3,
      finalUrl: `${site.base}/ok`,
    });
  });

  it('more redirects than allowed is UNREACHABLE', async () => {
    expect(await checkLink(`${site.base}/r1`, { ...OPTIONS, maxRedirects: 2 }, limiter())).toMatchObject({
      outcome: 'UNREACHABLE',
      error: 'more than 2 redirects',
    });
  });

  it('a redirect loop is UNREACHABLE, not followed for ever', async () => {
    const r = await checkLink(`${site.base}/loop-a`, OPTIONS, limiter());
    expect(r).toMatchObject({ outcome: 'UNREACHABLE', error: 'redirect loop', redirects: 2 });
  });

  it.each(['/to-metadata', '/to-private', '/to-file'])(
    '%s: a redirect to a private address or another scheme is REFUSED',
    async (path) => {
      const before = site.stats.requests;
      const r = await checkLink(`${site.base}${path}`, OPTIONS, limiter());
      expect(r.outcome).toBe('REFUSED');
      expect(r.redirects).toBe(path === '/to-file' ? 1 : 1);
      expect(site.stats.requests - before).toBe(1);
    },
  );

  it('loopback is refused unless the configuration allows it (production allows nothing)', async () => {
    const r = await checkLink(`${site.base}/ok`, { ...OPTIONS, allowAddresses: [] }, limiter());
    expect(r).toMatchObject({ outcome: 'REFUSED', redirects: 0 });
    expect(
      await checkLink('http://localhost:9/', { ...OPTIONS, allowAddresses: [] }, limiter()),
    ).toMatchObject({ outcome: 'REFUSED' });
    expect(await checkLink('ftp://example.org/x', OPTIONS, limiter())).toMatchObject({ outcome: 'REFUSED' });
    expect(await checkLink('not a url', OPTIONS, limiter())).toMatchObject({
      outcome: 'REFUSED',
      error: 'not a URL',
    });
  });

  it('a huge body is cut at maxBytes: hashed as read, marked truncated', async () => {
    const r = await checkLink(`${site.base}/huge`, OPTIONS, limiter());
    expect(r).toMatchObject({ outcome: 'OK', contentType: 'application/pdf', truncated: true });
    const cut = await checkLink(`${site.base}/huge`, OPTIONS, limiter());
    expect(cut.contentHash).toBe(r.contentHash);
  });

  it('never more than the per-host cap in flight at one host', async () => {
    const shared = new KeyedLimiter(16, 2);
    site.stats.maxInFlight = 0;
    const results = await Promise.all(
      Array.from({ length: 12 }, () => checkLink(`${site.base}/busy`, OPTIONS, shared)),
    );
    expect(results.every((r) => r.outcome === 'OK')).toBe(true);
    expect(site.stats.maxInFlight).toBe(2);
    expect(shared.maxSeenPerKey).toBe(2);
  });
});
