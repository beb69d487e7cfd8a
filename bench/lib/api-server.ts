/**
 * The API as the benchmark runs it: a child process (its own event loop and heap, measured on its own)
 * built by the same `createApiApp` as apps/api/src/main.ts, connected as the app role (row-level security
 * on). Over IPC it reports its port, its resident memory, and the SQL statements it sent since last asked.
 */
import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { loadConfigFromProcess } from '@prongsai/config';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { Statement, countStatements } from './statement-counter';

export type ApiRequest =
  { type: 'statements' } | { type: 'stop-counting' } | { type: 'rss' } | { type: 'close' };
export type ApiReply =
  | { type: 'ready'; port: number }
  | { type: 'statements'; statements: Statement[] }
  | { type: 'rss'; rssBytes: number; heapUsedBytes: number; heapTotalBytes: number; externalBytes: number }
  | { type: 'stop-counting' }
  | { type: 'closed' };

async function main(): Promise<void> {
  const send = (m: ApiReply) => process.send?.(m);
  const app = await createApiApp(loadConfigFromProcess());
  const counter = countStatements(app.get(DataSource));
  await app.listen(0, '127.0.0.1');
  process.on('message', (m: ApiRequest) => {
    switch (m.type) {
      case 'statements':
        send({ type: 'statements', statements: counter.take() });
        break;
      case 'rss': {
        const m = process.memoryUsage();
        send({
          type: 'rss',
          rssBytes: m.rss,
          heapUsedBytes: m.heapUsed,
          heapTotalBytes: m.heapTotal,
          externalBytes: m.external,
        });
        break;
      }
      case 'stop-counting':
        // The load tests that follow send tens of thousands of statements: do not keep them.
        counter.stop();
        send({ type: 'stop-counting' });
        break;
      case 'close':
        void app.close().then(() => {
          send({ type: 'closed' });
          process.exit(0);
        });
        break;
    }
  });
  // The parent may die without saying goodbye: do not outlive it.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port: (app.getHttpServer().address() as AddressInfo).port });
}

main().catch((err: unknown) => {
  console.error('bench API failed to start:', err);
  process.exit(1);
});
