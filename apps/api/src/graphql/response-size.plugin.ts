import { ApolloServerPlugin } from '@apollo/server';
import type { Response } from 'express';
import { OperationTypeNode } from 'graphql';
import { ErrorReason } from '@prongsai/common';

/** The answer sent instead of one over the cap: small, and what the client can act on. */
function tooLarge(bytes: number, maxBytes: number) {
  return {
    errors: [
      {
        message: `The answer is too large: ${bytes} bytes (maximum ${maxBytes}); ask for fewer fields`,
        extensions: { code: 'BAD_USER_INPUT', reason: ErrorReason.RESPONSE_TOO_LARGE, maximum: maxBytes },
      },
    ],
  };
}

/**
 * A backstop behind the cost limit: a query whose answer would exceed `maxBytes` of JSON gets a 400 with
 * RESPONSE_TOO_LARGE instead of its data. Mutations are left alone: their writes are committed by now, and
 * hiding the answer would only hide that they happened.
 *
 * Over HTTP the cap measures the JSON Apollo is about to send (its `res.send` of this one response), so
 * the answer is serialized once: stringifying it here as well cost 2 % of the API's CPU under load
 * (docs/scaling.md). Without an HTTP response (an operation executed in-process) it serializes to measure.
 */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin<object> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ response, operation, contextValue }) => {
        if (response.body.kind !== 'single' || operation?.operation !== OperationTypeNode.QUERY) return;
        const res = (contextValue as { req?: { res?: Response } }).req?.res;
        if (res) {
          capNextSend(res, maxBytes);
          return;
        }
        const bytes = Buffer.byteLength(JSON.stringify(response.body.singleResult), 'utf8');
        if (bytes <= maxBytes) return;
        response.body.singleResult = tooLarge(bytes, maxBytes);
        response.http.status = 400;
      },
    }),
  };
}

/** Measures the body of this response's next `send` (Apollo's, right after willSendResponse). */
function capNextSend(res: Response, maxBytes: number): void {
  const send = res.send;
  res.send = function cappedSend(this: Response, body?: unknown) {
    res.send = send;
    if (typeof body === 'string') {
      const bytes = Buffer.byteLength(body, 'utf8');
      if (bytes > maxBytes) {
        res.status(400);
        return send.call(this, JSON.stringify(tooLarge(bytes, maxBytes)));
      }
    }
    return send.call(this, body);
  } as Response['send'];
}
