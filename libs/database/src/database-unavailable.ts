/**
 * Whether an error means "PostgreSQL cannot be reached or is going away" rather than "this statement is
 * wrong": the server restarting or shutting down (SQLSTATE class 08 and 57P01–57P03), the connection refused,
 * reset or cut, or the pool timing out on a connection. Such a request may succeed in a moment, so the API
 * answers 503 (with Retry-After) instead of an internal error; its transaction was rolled back by PostgreSQL,
 * so nothing was half-applied.
 *
 * Looks through TypeORM's QueryFailedError (driverError), `cause`, AggregateError (a refused connection to
 * each address of localhost) and graphql-js's NonErrorThrown (`thrownValue`); a bare object with a code counts.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
    thrownValue?: unknown;
  };
  const code = typeof e.code === 'string' ? e.code : '';
  if (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || NETWORK_CODES.has(code)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  // TypeORM releases a transaction's connection when the server drops it; the transaction's next statement
  // then finds it gone, as the runner's connection (…ProviderAlreadyReleased) or the runner itself
  // (QueryRunnerAlreadyReleased, seen under load in CI). Code that used a runner after releasing it would
  // fail this way in every test, so neither hides a bug.
  if (RELEASED_RUNNER_ERRORS.has(String((error as { name?: unknown }).name))) return true;
  if (UNAVAILABLE_MESSAGES.some((m) => m.test(message))) return true;
  // graphql-js wraps a thrown non-Error (a bare { code: 'ECONNREFUSED' } from a failed connect) as thrownValue.
  const inner = [e.driverError, e.cause, e.thrownValue, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((i) => i !== undefined && isDatabaseUnavailable(i, depth + 1));
}

const RELEASED_RUNNER_ERRORS = new Set([
  'QueryRunnerProviderAlreadyReleasedError',
  'QueryRunnerAlreadyReleasedError',
]);
/** admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down). */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTCONN',
  'EHOSTUNREACH',
]);
/** node-postgres says these without a code. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
  /^Connection ended unexpectedly/,
];
