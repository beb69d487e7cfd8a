import { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@prongsai/common';

/** Seconds a client (or a load balancer) should wait before trying again while the database restarts. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * The HTTP status of an answer that executed. Like @nestjs/apollo's own plugin (which ApiModule switches off
 * with `preserveHttpStatusForExecutionErrors: false` in favour of this one), an answer with `data` is a 200
 * whatever its field errors say, so clients parse `{ data, errors }` as usual — except when an error says
 * SERVICE_UNAVAILABLE (formatGraphqlError: the database cannot be reached): then it is a 503 with Retry-After,
 * as `/health` says at the same moment, and a proxy or client knows to retry rather than show an answer.
 * Request-level refusals (parse, validation, limits: no `data`) keep the status they were given.
 */
export function executionStatusPlugin(): ApolloServerPlugin<object> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ response }) => {
        if (response.body.kind !== 'single' || !('data' in response.body.singleResult)) return;
        const errors = response.body.singleResult.errors ?? [];
        if (errors.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        } else {
          response.http.status = 200;
        }
      },
    }),
  };
}
