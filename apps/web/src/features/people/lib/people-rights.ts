import type { Me } from '../../../lib/me';
import type { Role } from '../../../gql/graphql';

/**
 * Which controls to show on an LAO's people page, from the caller's memberships: the contract's rule of who
 * may grant which role (libs/people `PeopleAccess.mayGrant`). The server decides; this only hides buttons
 * that would be refused.
 */
export interface PeopleRights {
  /** Roles the caller may invite into, remove from or give in this LAO. */
  grantable: Role[];
  /** Whether the caller sees the pending invitations (those who may invite there). */
  seesInvitations: boolean;
}

export function peopleRights(
  me: Me | undefined,
  organization: { id: string; province: { code: string } },
): PeopleRights {
  const memberships = me?.memberships ?? [];
  const admin = memberships.some((m) => m.role === 'ADMIN');
  const supervisor = memberships.some(
    (m) => m.role === 'PROVINCE_SUPERVISOR' && m.province?.code === organization.province.code,
  );
  const lead = memberships.some((m) => m.role === 'ORG_LEAD' && m.organization?.id === organization.id);
  const grantable: Role[] = admin || supervisor ? ['ORG_LEAD', 'ORG_MEMBER'] : lead ? ['ORG_MEMBER'] : [];
  return { grantable, seesInvitations: grantable.length > 0 };
}
