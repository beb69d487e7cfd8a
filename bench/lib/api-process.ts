import { ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { AppConfig } from '@prongsai/config';
import type { ApiReply, ApiRequest } from './api-server';

/** The API in a child process (lib/api-server.ts), on the run's database, spoken to over IPC. */
export class ApiProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static start(config: AppConfig, nodeFlags: readonly string[]): Promise<ApiProcess> {
    const child = fork(join(__dirname, 'api-server.js'), [], {
      execArgv: [...nodeFlags],
      env: {
        ...process.env,
        // As a replica runs: production mode (graphql-js, Express and Nest skip their development checks —
        // graphql-js's checked instanceOf alone was ~4 % of the API's CPU), with the secrets production
        // requires made up for the run. The bench's peers run in production mode too.
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(48).toString('base64url'),
        APP_URL: 'http://127.0.0.1',
        SMTP_URL: 'smtp://127.0.0.1:2525',
        REDIS_URL: config.redis.url,
        MAIL_FROM: 'Prongsai bench <bench@prongsai.example>',
        SEED_DEMO: 'false',
        DATABASE_URL: config.database.ownerUrl,
        DATABASE_APP_URL: config.database.appUrl,
        QUEUE_PREFIX: config.redis.queuePrefix,
        // Request logs off: the figure is the API's, not the terminal's.
        LOG_LEVEL: 'warn',
        LOGIN_RATE_LIMIT: '1000',
        // The load scenarios send thousands of roll-ups as one user: measure the API, not its budget.
        GRAPHQL_COST_PER_MINUTE: '1000000000',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the API exited during start (code ${code})`)));
      child.once('message', (m: ApiReply) => {
        if (m.type === 'ready') resolve(new ApiProcess(child, `http://127.0.0.1:${m.port}`));
      });
    });
  }

  ask<T extends ApiReply['type']>(
    request: ApiRequest & { type: T },
  ): Promise<Extract<ApiReply, { type: T }>> {
    return new Promise((resolve) => {
      const onMessage = (m: ApiReply) => {
        if (m.type !== request.type) return;
        this.child.off('message', onMessage);
        resolve(m as Extract<ApiReply, { type: T }>);
      };
      this.child.on('message', onMessage);
      this.child.send(request);
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.send({ type: 'close' } satisfies ApiRequest);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are checked by shape at runtime
): Promise<any> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const data = await gql(
    url,
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
    { e: email, p: password },
  );
  return data.login.accessToken as string;
}
