import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './private-redis';

const run = promisify(execFile);

/** The newest PostgreSQL server binaries Debian installed (/usr/lib/postgresql/<major>/bin). */
function binDir(): string {
  const majors = readdirSync('/usr/lib/postgresql')
    .filter((d) => /^\d+$/.test(d))
    .sort((a, b) => Number(b) - Number(a));
  if (!majors[0]) throw new Error('no PostgreSQL server in /usr/lib/postgresql');
  return join('/usr/lib/postgresql', majors[0], 'bin');
}

/**
 * A PostgreSQL cluster of the test's own (initdb in a temporary folder, a free loopback port, trust auth,
 * fsync off), so a test can stop and restart it mid-load. The machine's cluster, which every other suite
 * shares, is never touched. As root (CI), the server runs as the `postgres` user, as initdb requires.
 */
export class PrivatePostgres {
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'prongsai-pg-'));
    const pg = new PrivatePostgres(await freePort(), dir);
    if (process.getuid?.() === 0) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    await pg.asServerUser('initdb', [
      '-D',
      pg.dataDir,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-sync',
    ]);
    await pg.serverStart();
    return pg;
  }

  /** An owner URL for a database of this cluster. */
  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** `pg_ctl stop -m fast` (open connections are terminated, 57P01), `downForMs` down, then start. */
  async restart(downForMs: number): Promise<{ stoppedAt: number; startedAt: number }> {
    await this.asServerUser('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']);
    const stoppedAt = Date.now();
    await new Promise((r) => setTimeout(r, downForMs));
    await this.serverStart();
    return { stoppedAt, startedAt: Date.now() };
  }

  async stop(): Promise<void> {
    await this.asServerUser('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']).catch(
      () => undefined,
    );
    rmSync(this.dir, { recursive: true, force: true });
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  private serverStart(): Promise<unknown> {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir} -c fsync=off -c max_connections=50`;
    return this.asServerUser('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      join(this.dir, 'server.log'),
      '-o',
      options,
      '-w',
      'start',
    ]);
  }

  private asServerUser(tool: string, args: string[]): Promise<unknown> {
    const bin = join(binDir(), tool);
    return process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', bin, ...args]) : run(bin, args);
  }
}
