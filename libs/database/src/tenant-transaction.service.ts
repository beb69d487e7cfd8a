import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsService } from 'nestjs-cls';
import { EntityManager } from 'typeorm';
import { asOneParameter, shiftParameters } from './query-alone';
import { applyTenantContext, TENANT_CONTEXT_KEY, TenantContext, tenantSettings } from './tenant-context';

/**
 * The only way feature code touches tenant data: `run` opens (or joins) one transaction for the current
 * CLS context and sets the row-level-security context inside it; `queryAlone` does the same for one
 * statement without a transaction around it. Outside them a query has no context and the policies return
 * no rows — a forgotten `run` fails closed.
 */
@Injectable()
export class TenantTransaction {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cls: ClsService,
  ) {}

  get context(): TenantContext | undefined {
    return this.cls.isActive() ? this.cls.get<TenantContext | undefined>(TENANT_CONTEXT_KEY) : undefined;
  }

  run<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.txHost.isTransactionActive()) return fn(this.txHost.tx);
    const ctx = this.context;
    return this.txHost.withTransaction(async () => {
      await applyTenantContext(this.txHost.tx, ctx);
      return fn(this.txHost.tx);
    });
  }

  /**
   * One SELECT in one statement, with the row-level-security context set inside it by `prongsai_query_as`
   * (migration 1732698000000): one round trip where `run` costs four (BEGIN, the context, the query,
   * COMMIT). For a hot read that is a single statement anyway (the roll-up). `columns` is the column
   * definition list of its rows (`figures json, as_of text`). `beside` adds columns computed by the outer
   * statement, without the context, from its own `$1…`: a STABLE function there reads the statement's
   * snapshot, taken before the inner query's (what the roll-up cache's data version relies on). Inside a
   * transaction the function sets the same context and puts the previous one back after the query.
   */
  async queryAlone<T>(
    query: { sql: string; params: readonly unknown[] },
    columns: string,
    beside?: { select: string; params: readonly unknown[] },
  ): Promise<T[]> {
    const inner = asOneParameter(query.sql, query.params);
    const outer = beside ? `${shiftParameters(beside.select, 4)}, ` : '';
    return this.txHost.tx.query<T[]>(
      `SELECT ${outer}q.* FROM prongsai_query_as($1, $2, $3, $4::text[]) AS q(${columns})`,
      [...tenantSettings(this.context), inner.sql, inner.params, ...(beside?.params ?? [])],
    );
  }

  /** Run `fn` in a fresh CLS context as the system (worker jobs, seeding). */
  asSystem<T>(reason: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.cls.run(() => {
      this.cls.set<TenantContext>(TENANT_CONTEXT_KEY, { kind: 'system', reason });
      return this.run(fn);
    });
  }

  /** Run `fn` in a fresh CLS context as a given user (used by tests and jobs acting on behalf of a user). */
  asUser<T>(userId: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.cls.run(() => {
      this.cls.set<TenantContext>(TENANT_CONTEXT_KEY, { kind: 'user', userId });
      return this.run(fn);
    });
  }
}
