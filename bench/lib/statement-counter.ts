import { DataSource, Logger, QueryRunner } from 'typeorm';

/**
 * Counts every SQL statement a DataSource sends — queries, BEGIN/COMMIT and the row-level-security
 * `set_config` alike — by wrapping its logger: TypeORM's Postgres query runner calls `logger.logQuery` for
 * each statement before sending it, whatever the logging settings. Used by the roll-up tests and the
 * benchmark to show that a roll-up costs a constant number of statements.
 */
export interface Statement {
  readonly query: string;
  readonly parameters: readonly unknown[];
}

export class StatementCounter implements Logger {
  private seen: Statement[] = [];
  private counting = true;

  constructor(private readonly inner: Logger) {}

  /** Stops recording (statements still go to the wrapped logger). */
  stop(): void {
    this.counting = false;
    this.seen = [];
  }

  /** The statements since the last `take`, and starts counting afresh. */
  take(): Statement[] {
    const seen = this.seen;
    this.seen = [];
    return seen;
  }

  logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): unknown {
    if (this.counting) this.seen.push({ query, parameters: parameters ?? [] });
    return this.inner.logQuery(query, parameters, queryRunner);
  }

  logQueryError(
    error: string | Error,
    query: string,
    parameters?: unknown[],
    queryRunner?: QueryRunner,
  ): unknown {
    return this.inner.logQueryError(error, query, parameters, queryRunner);
  }

  logQuerySlow(time: number, query: string, parameters?: unknown[], queryRunner?: QueryRunner): unknown {
    return this.inner.logQuerySlow(time, query, parameters, queryRunner);
  }

  logSchemaBuild(message: string, queryRunner?: QueryRunner): unknown {
    return this.inner.logSchemaBuild(message, queryRunner);
  }

  logMigration(message: string, queryRunner?: QueryRunner): unknown {
    return this.inner.logMigration(message, queryRunner);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown, queryRunner?: QueryRunner): unknown {
    return this.inner.log(level, message, queryRunner);
  }
}

/** Installs a counter on a live DataSource (the query runners read `dataSource.logger` per statement). */
export function countStatements(dataSource: DataSource): StatementCounter {
  const counter = new StatementCounter(dataSource.logger);
  Object.defineProperty(dataSource, 'logger', { value: counter, configurable: true, writable: true });
  return counter;
}

/** The first word of each statement, in order: `SELECT, SELECT, START, SELECT, WITH, COMMIT`. */
export function statementSummary(statements: readonly Statement[]): string {
  return statements.map((x) => x.query.trim().split(/\s+/)[0]).join(', ');
}
