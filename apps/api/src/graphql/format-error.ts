import { Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { GraphQLError, GraphQLFormattedError, Kind, parse, ValueNode, visit } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, ErrorCode, ErrorReason, ForbiddenError, isErrorReason } from '@prongsai/common';
import { isDatabaseUnavailable } from '@prongsai/database';
import { TOKEN_LIMIT_MESSAGE } from './armor';
import { RETRY_AFTER_SECONDS } from './execution-status.plugin';

const logger = new Logger('GraphQL');

/** Extensions a refusal for cost or size carries so a client can adapt (ask for less, wait). */
const LIMIT_DETAILS = ['maximum', 'cost', 'retryAfterSeconds'] as const;

function limitDetails(extensions: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of LIMIT_DETAILS) {
    if (typeof extensions?.[key] === 'number') out[key] = extensions[key];
  }
  return out;
}

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
 * graphql-js's messages for an argument value written in the document that its type refuses
 * (ValuesOfCorrectTypeRule): `fiscalYear: 2566.5`, `fiscalYear: 2147483648`, `status: GUESS`, a missing or
 * unknown input field. A bad value, not a malformed document.
 */
const LITERAL_VALUE_MESSAGE =
  /cannot represent|^Expected value of type|^Field "[^"]+" of required type "[^"]+" was not provided|^Field "[^"]+" is not defined by type/;

/** graphql-js's variable coercion errors (not, e.g., 'Variable "$id" is never used', a validation error). */
const COERCION_MESSAGE = /^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/;

const VALUE_KINDS: ReadonlySet<string> = new Set([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
]);

function literalPath(value: ValueNode, target: number, path: string): string | null {
  if (value.loc?.start === target) return path;
  if (value.kind === Kind.LIST) {
    for (let i = 0; i < value.values.length; i++) {
      const found = literalPath(value.values[i], target, path ? `${path}.${i}` : String(i));
      if (found !== null) return found;
    }
  }
  if (value.kind === Kind.OBJECT) {
    for (const f of value.fields) {
      if (f.loc?.start === target) return path ? `${path}.${f.name.value}` : f.name.value;
      const found = literalPath(f.value, target, path ? `${path}.${f.name.value}` : f.name.value);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * The field of a literal value the validation refused, named as resolvers name fields: the path within an
 * input object, or the argument itself. Only runs for such an error (the document is parsed again).
 */
export function fieldOfLiteral(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError) || !error.source || !error.nodes?.[0]?.loc) return undefined;
  if (!VALUE_KINDS.has(error.nodes[0].kind)) return undefined;
  const target = error.nodes[0].loc.start;
  let field: string | undefined;
  try {
    visit(parse(error.source), {
      Argument(node) {
        if (field !== undefined) return;
        const within = literalPath(node.value, target, '');
        if (within !== null) field = within || node.name.value;
      },
    });
  } catch {
    return undefined;
  }
  return field;
}

/**
 * What of an unexpected error goes to the log. A database error (TypeORM's QueryFailedError, pg's
 * DatabaseError) carries the statement's bound parameters and sometimes the row (`parameters`, `detail`:
 * `Key (email)=(…)`), which may be personal data: the log keeps the statement, the SQLSTATE code and the
 * constraint, never the values.
 */
export function loggableError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const e = error as Error & Record<string, unknown>;
  const driver = (e.driverError ?? {}) as Record<string, unknown>;
  if (!('parameters' in e) && !('detail' in e) && !('driverError' in e)) return error;
  return {
    type: e.name,
    message: e.message,
    stack: e.stack,
    code: e.code ?? driver.code,
    constraint: e.constraint ?? driver.constraint,
    table: e.table ?? driver.table,
    query: typeof e.query === 'string' ? e.query : undefined,
  };
}

/**
 * The one place where errors become GraphQL `extensions.code` and `extensions.reason`. Domain errors keep
 * their message, reason and field; errors of the GraphQL layer get the reason of their kind, so every error a
 * client sees carries one; anything unexpected is logged and hidden behind INTERNAL_SERVER_ERROR.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        reason: original.reason,
        ...(original.field ? { field: original.field } : {}),
        ...(original instanceof ForbiddenError && original.requiredRoles
          ? { requiredRoles: original.requiredRoles }
          : {}),
        // A rate limit says how long to wait (LoginThrottlerGuard).
        ...limitDetails(original as unknown as Record<string, unknown>),
      },
    };
  }
  if (isDatabaseUnavailable(original)) {
    // Passing, and not this request's fault: one line, no stack (a restart would log one per request).
    logger.warn(`database unavailable: ${String((original as { message?: unknown }).message)}`);
    return {
      ...base,
      message: 'The database is unavailable: try again in a moment',
      extensions: {
        code: ErrorCode.SERVICE_UNAVAILABLE,
        reason: ErrorReason.DATABASE_UNAVAILABLE,
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      },
    };
  }
  if (original instanceof ThrottlerException) {
    return {
      ...base,
      message: 'Too many attempts, try again later',
      extensions: { code: ErrorCode.TOO_MANY_REQUESTS, reason: ErrorReason.TOO_MANY_ATTEMPTS },
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') {
    // A scalar of ours refusing a literal keeps its own code (BAD_USER_INPUT) through graphql-js's wrapping.
    const literal =
      !COERCION_MESSAGE.test(formatted.message) && LITERAL_VALUE_MESSAGE.test(formatted.message);
    const field =
      formatted.extensions?.field ??
      (COERCION_MESSAGE.test(formatted.message)
        ? fieldFromCoercionMessage(formatted.message)
        : fieldOfLiteral(original));
    // A scalar or a guardrail of ours says why it refused (e.g. INVALID_DATE, TOO_MANY_ALIASES); graphql-js's
    // parser says when a document has too many tokens; otherwise BAD_USER_INPUT here is a variable graphql-js
    // could not coerce and the other two codes are a malformed document.
    const own = formatted.extensions?.reason;
    const reason = isErrorReason(own)
      ? own
      : TOKEN_LIMIT_MESSAGE.test(formatted.message)
        ? ErrorReason.TOO_MANY_TOKENS
        : code === 'BAD_USER_INPUT' || literal
          ? ErrorReason.INVALID_VALUE
          : ErrorReason.INVALID_QUERY;
    return {
      ...base,
      extensions: {
        code: 'BAD_USER_INPUT',
        reason,
        ...(field ? { field } : {}),
        ...limitDetails(formatted.extensions),
      },
    };
  }
  // Refusals of our own plugins before any resolver (budget, introspection): code and reason as thrown.
  if (
    (code === ErrorCode.TOO_MANY_REQUESTS || code === ErrorCode.FORBIDDEN) &&
    isErrorReason(formatted.extensions?.reason)
  ) {
    return {
      ...base,
      extensions: { code, reason: formatted.extensions.reason, ...limitDetails(formatted.extensions) },
    };
  }
  if (
    code === 'PERSISTED_QUERY_NOT_FOUND' ||
    code === 'BAD_REQUEST' ||
    code === 'OPERATION_RESOLUTION_FAILURE'
  ) {
    const reason =
      code === 'PERSISTED_QUERY_NOT_FOUND'
        ? ErrorReason.PERSISTED_QUERY_NOT_FOUND
        : ErrorReason.INVALID_QUERY;
    return { ...base, extensions: { code, reason } };
  }
  logger.error({ err: loggableError(original) }, 'Unhandled GraphQL error');
  return {
    ...base,
    message: 'Internal server error',
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: ErrorReason.INTERNAL },
  };
}
