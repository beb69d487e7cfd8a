import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { KeyedLimiter } from './keyed-limiter';

/**
 * OK: the final answer was 2xx. BROKEN: the server answered 4xx/5xx (the assessor would see an error page).
 * UNREACHABLE: no answer we could use (DNS, refused connection, timeout, a redirect loop or too many
 * redirects). REFUSED: we would not ask (not http(s), or an address that is private, loopback, link-local or
 * a cloud metadata endpoint — on any hop).
 */
export type LinkOutcome = 'OK' | 'BROKEN' | 'UNREACHABLE' | 'REFUSED';

export interface LinkCheckResult {
  url: string;
  outcome: LinkOutcome;
  httpStatus: number | null;
  /** Where the redirects ended (null when the first request failed). */
  finalUrl: string | null;
  redirects: number;
  durationMs: number;
  contentType: string | null;
  /** SHA-256 of the body as read (at most `maxBytes`): a changed page has another hash. */
  contentHash: string | null;
  truncated: boolean;
  error: string | null;
}

export interface LinkCheckOptions {
  /** Addresses allowed although private (the tests' 127.0.0.1); empty in production. */
  allowAddresses: readonly string[];
  connectTimeoutMs: number;
  /** For the whole check, every redirect hop included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
}

interface Hop {
  status: number;
  location: string | null;
  contentType: string | null;
  contentHash: string | null;
  truncated: boolean;
}

class RefusedError extends Error {}

/**
 * Checks one URL as an assessor's browser would reach it: GET, following at most `maxRedirects`
 * redirects, each hop through an agent that resolves the host itself and refuses a private address before
 * connecting (request-filtering-agent: the resolved address is checked, so a public name pointing at
 * 10.0.0.1, or a redirect to http://169.254.169.254/, is refused, not fetched). Every hop runs under the
 * limiter's key for its host. Never throws: the outcome says what happened.
 */
export async function checkLink(
  url: string,
  options: LinkCheckOptions,
  limiter: KeyedLimiter,
): Promise<LinkCheckResult> {
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const result = (partial: Partial<LinkCheckResult> & Pick<LinkCheckResult, 'outcome'>): LinkCheckResult => ({
    url,
    httpStatus: null,
    finalUrl: null,
    redirects: 0,
    contentType: null,
    contentHash: null,
    truncated: false,
    error: null,
    ...partial,
    durationMs: Date.now() - started,
  });
  const seen = new Set<string>();
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return result({ outcome: 'REFUSED', error: 'not a URL' });
  }
  for (let redirects = 0; ; redirects++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      return result({ outcome: 'REFUSED', redirects, error: `${current.protocol} is not http(s)` });
    }
    seen.add(current.href);
    let hop: Hop;
    try {
      const target = current;
      hop = await limiter.run(target.host, () => requestOnce(target, options, deadline));
    } catch (err) {
      // The agent refuses a private address while connecting (a name) or at once (an IP literal, thrown
      // from http.get itself); both say "… is not allowed".
      const refused = err instanceof RefusedError || /is not allowed/.test((err as Error).message);
      return result({
        outcome: refused ? 'REFUSED' : 'UNREACHABLE',
        redirects,
        finalUrl: redirects > 0 ? current.href : null,
        error: (err as Error).message.slice(0, 500),
      });
    }
    if (hop.status >= 300 && hop.status < 400 && hop.location) {
      const next = new URL(hop.location, current);
      if (seen.has(next.href)) {
        return result({
          outcome: 'UNREACHABLE',
          httpStatus: hop.status,
          redirects: redirects + 1,
          finalUrl: next.href,
          error: 'redirect loop',
        });
      }
      if (redirects + 1 > options.maxRedirects) {
        return result({
          outcome: 'UNREACHABLE',
          httpStatus: hop.status,
          redirects: redirects + 1,
          finalUrl: next.href,
          error: `more than ${options.maxRedirects} redirects`,
        });
      }
      current = next;
      continue;
    }
    return result({
      outcome: hop.status >= 200 && hop.status < 300 ? 'OK' : 'BROKEN',
      httpStatus: hop.status,
      finalUrl: current.href,
      redirects,
      contentType: hop.contentType,
      contentHash: hop.contentHash,
      truncated: hop.truncated,
    });
  }
}

function requestOnce(url: URL, options: LinkCheckOptions, deadline: number): Promise<Hop> {
  const filter = { allowIPAddressList: [...options.allowAddresses], keepAlive: false };
  const isHttps = url.protocol === 'https:';
  const agent = isHttps ? new RequestFilteringHttpsAgent(filter) : new RequestFilteringHttpAgent(filter);
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new Error('timed out'));
  return new Promise<Hop>((resolve, reject) => {
    const request = (isHttps ? https : http).get(url, {
      agent,
      headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    const fail = (error: Error) => {
      clearTimeout(total);
      clearTimeout(connect);
      request.destroy();
      agent.destroy();
      reject(error);
    };
    const total = setTimeout(() => fail(new Error('timed out')), remaining);
    const connect = setTimeout(
      () => fail(new Error('connect timed out')),
      Math.min(options.connectTimeoutMs, remaining),
    );
    request.on('socket', (socket) => {
      socket.once('connect', () => clearTimeout(connect));
      socket.once('secureConnect', () => clearTimeout(connect));
    });
    request.on('error', (err) => {
      // request-filtering-agent refuses with "… is not allowed. Because, It is private IP address."
      fail(/is not allowed/.test(err.message) ? new RefusedError(err.message) : err);
    });
    request.on('response', (response) => {
      clearTimeout(connect);
      const status = response.statusCode ?? 0;
      const location = typeof response.headers.location === 'string' ? response.headers.location : null;
      const contentType = response.headers['content-type']?.slice(0, 200) ?? null;
      if (status >= 300 && status < 400) {
        response.resume();
        clearTimeout(total);
        request.destroy();
        agent.destroy();
        resolve({ status, location, contentType, contentHash: null, truncated: false });
        return;
      }
      const hash = createHash('sha256');
      let read = 0;
      let truncated = false;
      const finish = () => {
        clearTimeout(total);
        request.destroy();
        agent.destroy();
        resolve({ status, location, contentType, contentHash: hash.digest('hex'), truncated });
      };
      response.on('data', (chunk: Buffer) => {
        if (truncated) return;
        const room = options.maxBytes - read;
        hash.update(chunk.length > room ? chunk.subarray(0, room) : chunk);
        read += Math.min(chunk.length, room);
        if (read >= options.maxBytes) {
          // Enough to tell whether the page changed; the rest of a huge body is not ours to download.
          truncated = true;
          response.destroy();
          finish();
        }
      });
      response.on('end', () => {
        if (!truncated) finish();
      });
      response.on('error', (err) => {
        if (!truncated) fail(err);
      });
    });
  });
}
