import { ApolloServerPlugin, GraphQLRequestContext, HeaderMap } from '@apollo/server';
import { GraphQLError, Kind, OperationDefinitionNode } from 'graphql';
import { ErrorCode, ErrorReason } from '@prongsai/common';
import { getComplexity } from 'graphql-query-complexity';
import { CostBudgetService } from './cost-budget.service';
import { fieldCostEstimator } from './field-costs';
import { GraphqlCallers } from './graphql-caller';

export interface ComplexityLimits {
  /** Any caller's largest operation. */
  max: number;
  /** A signed-in ADMIN's largest operation (the national roll-up with every province's detail). */
  adminMax: number;
}

/**
 * A refusal before any resolver runs. Apollo answers an error thrown from `didResolveOperation` with HTTP 500
 * unless the error names its status, hence `http`; the formatter keeps `maximum`/`cost`/`retryAfterSeconds`.
 */
export function refusal(
  message: string,
  code: string,
  reason: ErrorReason,
  status: number,
  details: Record<string, unknown> = {},
  headers: [string, string][] = [],
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, reason, ...details, http: { status, headers: new HeaderMap(headers) } },
  });
}

function operationCount(ctx: GraphQLRequestContext<object>): number {
  return (ctx.document?.definitions ?? []).filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  ).length;
}

/**
 * Prices the operation (`fieldCostEstimator`: roll-ups, progress and lists by their size) before any
 * resolver runs, refuses it with 400 above the caller's limit, and charges its cost to the caller's budget
 * per minute (429 with Retry-After when spent). An `operationName` the document does not have is the
 * client's error too (400), not the 500 Apollo would otherwise give once execution finds no operation.
 */
export function complexityPlugin(
  limits: ComplexityLimits,
  callers: GraphqlCallers,
  budget: CostBudgetService,
): ApolloServerPlugin<object> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async (ctx) => {
        const { request, document, schema, operation } = ctx;
        if (!operation) {
          throw request.operationName
            ? refusal(
                `Unknown operation named "${request.operationName}"`,
                'BAD_USER_INPUT',
                ErrorReason.UNKNOWN_OPERATION,
                400,
              )
            : refusal(
                operationCount(ctx) > 1
                  ? 'Must provide operationName if query contains multiple operations'
                  : 'The document contains no operation',
                'BAD_USER_INPUT',
                ErrorReason.INVALID_QUERY,
                400,
              );
        }
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName ?? undefined,
            query: document,
            variables: request.variables,
            estimators: [fieldCostEstimator],
          });
        } catch (err) {
          // getComplexity coerces the variables before graphql-js does, so a bad variable (a number for a
          // String, an unknown enum value) surfaces here first. It is the client's error, not ours: keep
          // graphql-js's message ('… at "input.title"; …'), from which the formatter names the field, and
          // the extensions, where a scalar of ours says why it refused the value (INVALID_DATE).
          if (err instanceof GraphQLError) {
            throw new GraphQLError(err.message, {
              extensions: { ...err.extensions, code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          throw err;
        }
        const limit =
          complexity > limits.max && (await callers.isAdmin(ctx.contextValue)) ? limits.adminMax : limits.max;
        if (complexity > limit) {
          throw refusal(
            `Query is too complex: ${complexity} (maximum ${limit})`,
            'BAD_USER_INPUT',
            ErrorReason.QUERY_TOO_COMPLEX,
            400,
            { cost: complexity, maximum: limit },
          );
        }
        // Signed-in callers only: what an anonymous caller may run (login, refresh) has its own throttles per
        // email and IP, and everything else is refused by the guard before it costs anything.
        const caller = await callers.identify(ctx.contextValue);
        const decision = caller.userId
          ? await budget.charge(caller.key, complexity)
          : { allowed: true as const };
        if (!decision.allowed) {
          throw refusal(
            `Too many expensive requests: try again in ${decision.retryAfterSeconds} s`,
            ErrorCode.TOO_MANY_REQUESTS,
            ErrorReason.COST_BUDGET_EXCEEDED,
            429,
            { cost: complexity, retryAfterSeconds: decision.retryAfterSeconds },
            [['retry-after', String(decision.retryAfterSeconds)]],
          );
        }
      },
    }),
  };
}
