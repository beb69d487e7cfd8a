import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each<[string, unknown, boolean]>([
    [
      'server shutting down (57P01)',
      withCode('57P01', 'terminating connection due to administrator command'),
      true,
    ],
    ['crash shutdown (57P02)', withCode('57P02'), true],
    ['starting up (57P03)', withCode('57P03', 'the database system is starting up'), true],
    ['connection exception class 08', withCode('08006'), true],
    ['refused', withCode('ECONNREFUSED'), true],
    ['reset', withCode('ECONNRESET'), true],
    [
      'a bare object thrown by a failed connect',
      { errno: -111, code: 'ECONNREFUSED', syscall: 'connect' },
      true,
    ],
    [
      'graphql-js NonErrorThrown',
      Object.assign(new Error('Unexpected error value'), { thrownValue: { code: 'ECONNREFUSED' } }),
      true,
    ],
    ['node-postgres: connection terminated', new Error('Connection terminated unexpectedly'), true],
    ['node-postgres: pool timeout', new Error('timeout exceeded when trying to connect'), true],
    [
      'AggregateError of refusals',
      new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]),
      true,
    ],
    ['in cause', new Error('wrapped', { cause: withCode('57P01') }), true],
    ['TypeORM, the connection gone mid-transaction', new QueryRunnerProviderAlreadyReleasedError(), true],
    ['TypeORM, the runner released mid-transaction', new QueryRunnerAlreadyReleasedError(), true],
    [
      'QueryFailedError of a dropped connection',
      new QueryFailedError('SELECT 1', [], withCode('57P01')),
      true,
    ],
    ['unique violation', new QueryFailedError('INSERT', [], withCode('23505')), false],
    ['syntax error', withCode('42601'), false],
    ['serialization failure (retryable, but the database is up)', withCode('40001'), false],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')"), false],
    ['not an error', 'ECONNREFUSED', false],
    ['null', null, false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });

  it('stops at a cycle of causes', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
