import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsService } from 'nestjs-cls';
import { EntityManager } from 'typeorm';
import { applyTenantContext, TENANT_CONTEXT_KEY, TenantContext } from './tenant-context';

/**
 * The only way feature code touches tenant data: `run` opens (or joins) one transaction for the current
 * CLS context and sets the row-level-security context inside it. Outside `run` a query has no context and
 * the policies return no rows — a forgotten `run` fails closed.
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
