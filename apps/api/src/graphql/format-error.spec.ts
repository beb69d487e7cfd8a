import { Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { BadInputError, ErrorReason, ForbiddenError, NotFoundError } from '@prongsai/common';
import { ScoringInputError } from '@prongsai/scoring';
import { formatGraphqlError, loggableError } from './format-error';

/** What Apollo hands the formatter for an error thrown in a resolver: a located GraphQLError around it. */
function fromResolver(error: Error): [GraphQLFormattedError, unknown] {
  const wrapped = new GraphQLError(error.message, { path: ['createMeasure'], originalError: error });
  return [wrapped.toJSON(), wrapped];
}

/** What Apollo hands the formatter for an error of its own (coercion, validation): no original error. */
function fromGraphql(message: string, code: string): [GraphQLFormattedError, unknown] {
  const error = new GraphQLError(message, { extensions: { code } });
  return [error.toJSON(), error];
}

describe('formatGraphqlError', () => {
  it.each<[string, Error, Record<string, unknown>]>([
    [
      'bad input: code, reason and field',
      new BadInputError('dueDate', ErrorReason.DUE_DATE_AFTER_MEASURE, 'must be on or before 2023-02-10'),
      { code: 'BAD_USER_INPUT', reason: 'DUE_DATE_AFTER_MEASURE', field: 'dueDate' },
    ],
    [
      'a scoring error: the reason it was thrown with',
      new ScoringInputError('indicatorScores.1', ErrorReason.SCORE_OUT_OF_RANGE, 'must be between 0 and 100'),
      { code: 'BAD_USER_INPUT', reason: 'SCORE_OUT_OF_RANGE', field: 'indicatorScores.1' },
    ],
    [
      'not found: no field',
      new NotFoundError(ErrorReason.MEASURE_NOT_FOUND, 'Measure'),
      { code: 'NOT_FOUND', reason: 'MEASURE_NOT_FOUND' },
    ],
    [
      'forbidden',
      new ForbiddenError(ErrorReason.ROLE_REQUIRED),
      { code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' },
    ],
    [
      'the login throttle',
      new ThrottlerException(),
      { code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' },
    ],
  ])('%s', (_scenario, error, extensions) => {
    const out = formatGraphqlError(...fromResolver(error));
    expect(out.extensions).toEqual(extensions);
    expect(out.path).toEqual(['createMeasure']);
  });

  it('keeps the message of a domain error', () => {
    const error = new NotFoundError(ErrorReason.MEASURE_NOT_FOUND, 'Measure');
    expect(formatGraphqlError(...fromResolver(error)).message).toBe('Measure not found');
  });

  it('gives a variable graphql-js could not coerce INVALID_VALUE and the field within the input', () => {
    const out = formatGraphqlError(
      ...fromGraphql(
        'Variable "$input" got invalid value 42 at "input.title"; String cannot represent a non string value: 42',
        'BAD_USER_INPUT',
      ),
    );
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE', field: 'title' });
  });

  it('keeps the reason a scalar of ours gave, and ignores one that is not an ErrorReason', () => {
    const coercion = (reason: string) =>
      new GraphQLError('Variable "$input" got invalid value "2023-02-30" at "input.dueDate"; not a date', {
        extensions: { code: 'BAD_USER_INPUT', reason },
      });
    const date = coercion('INVALID_DATE');
    expect(formatGraphqlError(date.toJSON(), date).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_DATE',
      field: 'dueDate',
    });
    const unknown = coercion('SOMETHING_ELSE');
    expect(formatGraphqlError(unknown.toJSON(), unknown).extensions).toMatchObject({
      reason: 'INVALID_VALUE',
    });
  });

  it.each(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'])(
    'reports %s as BAD_USER_INPUT with INVALID_QUERY',
    (code) => {
      const out = formatGraphqlError(...fromGraphql('Cannot query field "nope" on type "Query".', code));
      expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_QUERY' });
    },
  );

  it.each([
    ['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_FOUND'],
    ['BAD_REQUEST', 'INVALID_QUERY'],
    ['OPERATION_RESOLUTION_FAILURE', 'INVALID_QUERY'],
  ])('keeps the code %s, with the reason %s', (code, reason) => {
    expect(formatGraphqlError(...fromGraphql('refused', code)).extensions).toEqual({ code, reason });
  });

  it('hides anything unexpected behind INTERNAL_SERVER_ERROR, reason INTERNAL, and logs it', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      const out = formatGraphqlError(...fromResolver(new Error('connection refused to 10.0.0.5')));
      expect(out).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' },
      });
      expect(log).toHaveBeenCalledTimes(1);
    } finally {
      log.mockRestore();
    }
  });
});

describe('loggableError', () => {
  it('keeps the statement, code and constraint of a database error, never its bound parameters or detail', () => {
    const { QueryFailedError } = jest.requireActual<typeof import('typeorm')>('typeorm');
    const driverError = Object.assign(
      new Error('duplicate key value violates unique constraint "UQ_users_email"'),
      {
        code: '23505',
        constraint: 'UQ_users_email',
        detail: 'Key (email)=(somchai@example.go.th) already exists.',
      },
    );
    const err = new QueryFailedError(
      'INSERT INTO users (email) VALUES ($1)',
      ['somchai@example.go.th'],
      driverError,
    );
    const logged = loggableError(err);
    expect(JSON.stringify(logged)).not.toContain('somchai');
    expect(logged).toMatchObject({
      code: '23505',
      constraint: 'UQ_users_email',
      query: 'INSERT INTO users (email) VALUES ($1)',
    });
  });

  it('leaves other errors as they are', () => {
    const err = new Error('boom');
    expect(loggableError(err)).toBe(err);
  });
});
