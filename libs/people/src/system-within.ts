import { EntityManager } from 'typeorm';
import { applyTenantContext, TenantContext } from '@prongsai/database';

/**
 * Runs `fn` as the system inside the caller's transaction, then gives the transaction its context back. For
 * the outbox (written by the system only) in the same transaction as the change its email announces, so the
 * email exists exactly when the change was committed; everything else in the transaction stays under the
 * caller's row-level security.
 */
export async function asSystemWithin<T>(
  em: EntityManager,
  restore: TenantContext | undefined,
  fn: (em: EntityManager) => Promise<T>,
): Promise<T> {
  await applyTenantContext(em, { kind: 'system', reason: 'outbox' });
  try {
    return await fn(em);
  } finally {
    await applyTenantContext(em, restore);
  }
}
