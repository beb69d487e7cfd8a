import { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { ErrorReason } from '@prongsai/common';

/**
 * A backstop behind the cost limit: a query whose answer would exceed `maxBytes` of JSON gets a 400 with
 * RESPONSE_TOO_LARGE instead of its data. Mutations are left alone: their writes are committed by now, and
 * hiding the answer would only hide that they happened.
 */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin<object> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ response, operation }) => {
        if (response.body.kind !== 'single' || operation?.operation !== OperationTypeNode.QUERY) return;
        const bytes = Buffer.byteLength(JSON.stringify(response.body.singleResult), 'utf8');
        if (bytes <= maxBytes) return;
        response.body.singleResult = {
          errors: [
            {
              message: `The answer is too large: ${bytes} bytes (maximum ${maxBytes}); ask for fewer fields`,
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: ErrorReason.RESPONSE_TOO_LARGE,
                maximum: maxBytes,
              },
            },
          ],
        };
        response.http.status = 400;
      },
    }),
  };
}
