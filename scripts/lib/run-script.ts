import { AppConfig, ConfigValidationError, loadConfigFromProcess } from '@prongsai/config';
import { explainConnectionError } from '@prongsai/bootstrap';

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
      const plain = explainConnectionError(err, config);
      console.error(
        `${name} failed: ${plain ?? (err instanceof Error ? (err.stack ?? err.message) : String(err))}`,
      );
      process.exit(1);
    },
  );
}
