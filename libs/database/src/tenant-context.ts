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
    tenantSettings(ctx),
  );
}

/**
 * The values of `prongsai.user_id` and `prongsai.system` for a context: what the policies read. No context
 * is no user and not the system, so the policies return no rows. Shared by `applyTenantContext` and
 * `TenantTransaction.queryAlone` (prongsai_query_as), so both set the same context.
 */
export function tenantSettings(ctx: TenantContext | undefined): [userId: string, system: 'on' | 'off'] {
  return [ctx?.kind === 'user' ? ctx.userId : '', ctx?.kind === 'system' ? 'on' : 'off'];
}
