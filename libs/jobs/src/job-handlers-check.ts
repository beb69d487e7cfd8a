import { ALL_JOBS, ALL_QUEUES, JOB_QUEUE, QueueName } from './queue-contract';

export interface HandlerRegistration {
  queue: QueueName;
  jobNames: readonly string[];
}

/**
 * Startup check for the worker: every queue has exactly one processor, every job of the contract has
 * exactly one handler on the queue the contract names, and no handler exists for an unknown job.
 * Returns the problems (empty when all is well); the worker refuses to start otherwise.
 */
export function jobHandlerProblems(registrations: readonly HandlerRegistration[]): string[] {
  const problems: string[] = [];
  for (const queue of ALL_QUEUES) {
    const count = registrations.filter((r) => r.queue === queue).length;
    if (count !== 1) problems.push(`queue "${queue}" has ${count} processors (expected 1)`);
  }
  for (const job of ALL_JOBS) {
    const handlers = registrations.filter((r) => r.jobNames.includes(job));
    if (handlers.length === 0) problems.push(`job "${job}" has no handler`);
    if (handlers.length > 1) problems.push(`job "${job}" has ${handlers.length} handlers`);
    for (const r of handlers) {
      if (r.queue !== JOB_QUEUE[job]) {
        problems.push(`job "${job}" is handled on queue "${r.queue}" but runs on "${JOB_QUEUE[job]}"`);
      }
    }
  }
  for (const r of registrations) {
    for (const name of r.jobNames) {
      if (!(ALL_JOBS as readonly string[]).includes(name)) {
        problems.push(`queue "${r.queue}" handles "${name}", which is not in the queue contract`);
      }
    }
  }
  return problems;
}
