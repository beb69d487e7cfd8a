import { Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, ErrorCode } from '@prongsai/common';

const logger = new Logger('GraphQL');

/**
 * For variable coercion errors graphql-js says where: `Variable "$input" got invalid value … at
 * "input.dueDate"; …`. We name the field the same way resolvers do: the field within the input object,
 * or the argument itself.
 */
export function fieldFromCoercionMessage(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message);
  if (at) {
    const parts = at[1].split('.');
    return parts.length > 1 ? parts.slice(1).join('.') : parts[0];
  }
  const variable = /^Variable "\$([^"]+)"/.exec(message);
  return variable?.[1];
}

/**
 * The one place where errors become GraphQL `extensions.code`. Domain errors keep their message and field;
 * anything unexpected is logged and hidden behind INTERNAL_SERVER_ERROR.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  if (original instanceof ThrottlerException) {
    return {
      ...base,
      message: 'Too many attempts, try again later',
      extensions: { code: ErrorCode.TOO_MANY_REQUESTS },
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') {
    const field = formatted.extensions?.field ?? fieldFromCoercionMessage(formatted.message);
    return { ...base, extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } };
  }
  if (
    code === 'PERSISTED_QUERY_NOT_FOUND' ||
    code === 'BAD_REQUEST' ||
    code === 'OPERATION_RESOLUTION_FAILURE'
  ) {
    return { ...base, extensions: { code } };
  }
  logger.error({ err: original }, 'Unhandled GraphQL error');
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
