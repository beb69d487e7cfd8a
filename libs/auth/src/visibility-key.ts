import type { Actor } from '@prongsai/common';

/**
 * What row-level security decides a user may see, as a string: the policies' visibility
 * (prongsai_visible_organization_ids, prongsai_sees_all) is a function of the user's memberships alone
 * (role, organization, province), so two users with the same memberships see the same rows and may share a
 * cached answer; a membership added or removed changes the key at once (the actor is read on every request).
 * The user id is deliberately not part of it.
 */
export function visibilityKey(actor: Pick<Actor, 'memberships'>): string {
  return actor.memberships
    .map((m) => `${m.role}:${m.organizationId ?? ''}:${m.provinceCode ?? ''}`)
    .sort()
    .join(',');
}
