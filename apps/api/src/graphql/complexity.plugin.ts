import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorReason } from '@prongsai/common';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Refuses operations whose estimated cost exceeds `max` before any resolver runs. */
export function complexityPlugin(max: number): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request, document, schema }) => {
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch (err) {
          // getComplexity coerces the variables before graphql-js does, so a bad variable (a number for a
          // String, an unknown enum value) surfaces here first. It is the client's error, not ours: keep
          // graphql-js's message ('… at "input.title"; …'), from which the formatter names the field, and
          // the extensions, where a scalar of ours says why it refused the value (INVALID_DATE).
          if (err instanceof GraphQLError) {
            throw new GraphQLError(err.message, {
              extensions: { ...err.extensions, code: 'BAD_USER_INPUT' },
            });
          }
          throw err;
        }
        if (complexity > max) {
          throw new GraphQLError(`Query is too complex: ${complexity} (maximum ${max})`, {
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: ErrorReason.QUERY_TOO_COMPLEX,
              complexity,
              maximum: max,
            },
          });
        }
      },
    }),
  };
}
