import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { dbUrl, runId, templateDbName, withMaintenanceClient } from './test-env';

/** A fresh copy of the run's template database (migrated + seeded), owned by one test file. */
export class TestDatabase {
  private constructor(readonly name: string) {}

  static async create(): Promise<TestDatabase> {
    const name = `prongsai_t_${runId()}_${randomBytes(4).toString('hex')}`;
    await withMaintenanceClient(async (c) => {
      for (let attempt = 0; ; attempt++) {
        try {
          await c.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDbName(runId())}"`);
          return;
        } catch (e) {
          // Two clones starting at the same instant can briefly see each other on the template.
          if (attempt >= 20 || !/being accessed by other users/.test((e as Error).message)) throw e;
          await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
        }
      }
    });
    return new TestDatabase(name);
  }

  /** Runs SQL as the owner (superuser): bypasses row-level security, for arranging and inspecting data. */
  async ownerQuery<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const c = new Client({ connectionString: dbUrl(this.name) });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows as T[];
    } finally {
      await c.end();
    }
  }

  /** A client connected as the runtime role (subject to row-level security). */
  async appClient(): Promise<Client> {
    const u = new URL(dbUrl(this.name));
    u.username = 'prongsai_app';
    u.password = '';
    const c = new Client({ connectionString: u.toString() });
    await c.connect();
    return c;
  }

  async drop(): Promise<void> {
    await withMaintenanceClient((c) => c.query(`DROP DATABASE IF EXISTS "${this.name}" WITH (FORCE)`));
  }
}
