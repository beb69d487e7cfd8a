import { AppConfig, ConfigValidationError, loadConfigFromProcess } from '@prongsai/config';
import { explainConnectionError } from './explain-connection-error';
import { checkPostgresAndRedis } from './check-postgres-and-redis';

/**
 * The shared start-up of the API and the worker: validate the environment, check that PostgreSQL and Redis
 * answer, then start. Every failure is a few plain lines and exit code 1 — never a stack-trace wall for a
 * bad variable or a stopped server.
 */
export function startProcess(start: (config: AppConfig) => Promise<string>): void {
  void (async () => {
    let config: AppConfig;
    try {
      config = loadConfigFromProcess();
    } catch (e) {
      console.error(e instanceof ConfigValidationError ? e.message : e);
      process.exit(1);
    }
    const problem = await checkPostgresAndRedis(config);
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
    try {
      console.log(await start(config));
    } catch (err) {
      console.error(explainConnectionError(err, config) ?? err);
      process.exit(1);
    }
  })();
}
