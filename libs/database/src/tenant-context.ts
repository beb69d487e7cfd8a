import { EntityManager } from 'typeorm';

/**
 * What row-level security needs to know about the caller. Exactly one of the two is meaningful:
 * a user (policies derive the visible organizations from that user's memberships) or the system
 * (the worker's cross-tenant jobs, explicitly allowed by the policies — not a bypass role).
 */
export type TenantContext = { kind: 'user'; userId: string } | { kind: 'system'; reason: string };

export const TENANT_CONTEXT_KEY = 'prongsai.tenant';

/**
 * Set the context for the current transaction only (`is_local = true`), so it can never leak to the next
 * user of a pooled connection. Must run inside a transaction.
 */
export async function applyTenantContext(
  manager: EntityManager,
  ctx: TenantContext | undefined,
): Promise<void> {
  await manager.query(
    `SELECT set_config('prongsai.user_id', $1, true), set_config('prongsai.system', $2, true)`,
    [ctx?.kind === 'user' ? ctx.userId : '', ctx?.kind === 'system' ? 'on' : 'off'],
  );
}
