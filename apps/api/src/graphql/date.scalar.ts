import { CustomScalar, Scalar } from '@nestjs/graphql';
import { GraphQLError, Kind, ValueNode } from 'graphql';
import { ErrorReason } from '@prongsai/common';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD ("2023-02-30" is not). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function parse(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError(`must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      // graphql-js keeps these extensions when it wraps this error into its coercion error; a literal's
      // node lets the error formatter name the field it was written for.
      nodes: node,
      extensions: { code: 'BAD_USER_INPUT', reason: ErrorReason.INVALID_DATE },
    });
  }
  return value;
}

/** A calendar date (Asia/Bangkok, Gregorian) as "YYYY-MM-DD": no time, no zone shifts. */
@Scalar('Date', () => DateScalarType)
export class DateScalar implements CustomScalar<string, string> {
  description = 'An ISO calendar date "YYYY-MM-DD" (Gregorian, Asia/Bangkok)';
  parseValue(value: unknown): string {
    return parse(value);
  }
  serialize(value: unknown): string {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parse(value);
  }
  parseLiteral(ast: ValueNode): string {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined, ast);
  }
}

/** Marker type for `@Field(() => DateScalarType)`; values are strings. */
export class DateScalarType {}
