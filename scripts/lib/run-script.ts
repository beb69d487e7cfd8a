import { AppConfig, ConfigValidationError, loadConfigFromProcess } from '@prongsai/config';
import { explainConnectionError } from '@prongsai/bootstrap';
import { DomainError } from '@prongsai/common';

/** A wrong command line: its message (with the usage) is all the operator needs, no stack. */
export class UsageError extends Error {}

/** PostgreSQL or Redis cannot be reached: the plain explanation is all, no stack. */
export class ServiceDownError extends Error {}

/** What an operator needs to read: a domain error's field and reason, a usage error's text, else the stack. */
function describeFailure(err: unknown): string {
  if (err instanceof DomainError)
    return `${err.field ? `${err.field}: ` : ''}${err.message} (${err.code}, ${err.reason})`;
  if (err instanceof UsageError || err instanceof ServiceDownError) return err.message;
  if (err instanceof Error) return err.stack ?? err.message;
  return String(err);
}

/** Runs a CLI task with validated config and plain-language failures (exit 1, no stack wall). */
export function runScript(name: string, task: (config: AppConfig) => Promise<void>): void {
  let config: AppConfig;
  try {
    config = loadConfigFromProcess();
  } catch (e) {
    console.error(e instanceof ConfigValidationError ? e.message : e);
    process.exit(1);
  }
  task(config).then(
    () => process.exit(0),
    (err: unknown) => {
      // A ServiceDownError is already the plain explanation (it quotes ECONNREFUSED, which would match again).
      const plain = err instanceof ServiceDownError ? null : explainConnectionError(err, config);
      console.error(`${name} failed: ${plain ?? describeFailure(err)}`);
      process.exit(1);
    },
  );
}
