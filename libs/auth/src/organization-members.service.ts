import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role, isUuid } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';

export interface OrganizationMember {
  userId: string;
  displayName: string;
  email: string;
  /** ORG_LEAD when the user holds both organization roles. */
  role: Role.ORG_LEAD | Role.ORG_MEMBER;
}

/**
 * The people of one organization (its ORG_LEADs and ORG_MEMBERs, disabled accounts left out): whom a lead
 * can assign a measure to. Callers check access to the organization first; users and memberships are
 * platform tables without row-level security.
 */
@Injectable()
export class OrganizationMembersService {
  constructor(private readonly tx: TenantTransaction) {}

  /** Leads first, then by name. */
  list(organizationId: string): Promise<OrganizationMember[]> {
    return this.tx.run((em) => this.query(em, organizationId, null));
  }

  /** The given users who are members of the organization; anyone else is left out. */
  find(em: EntityManager, organizationId: string, userIds: readonly string[]): Promise<OrganizationMember[]> {
    const ids = userIds.filter(isUuid);
    if (ids.length === 0) return Promise.resolve([]);
    return this.query(em, organizationId, ids);
  }

  private async query(
    em: EntityManager,
    organizationId: string,
    userIds: readonly string[] | null,
  ): Promise<OrganizationMember[]> {
    const rows: { user_id: string; display_name: string; email: string; role: OrganizationMember['role'] }[] =
      await em.query(
        `SELECT u.id AS user_id, u.display_name, u.email,
           (CASE WHEN bool_or(ms.role = 'ORG_LEAD') THEN 'ORG_LEAD' ELSE 'ORG_MEMBER' END) AS role
         FROM memberships ms
         JOIN users u ON u.id = ms.user_id
         WHERE ms.organization_id = $1 AND ms.role IN ('ORG_LEAD', 'ORG_MEMBER') AND NOT u.disabled
           AND ($2::uuid[] IS NULL OR u.id = ANY ($2::uuid[]))
         GROUP BY u.id
         ORDER BY bool_or(ms.role = 'ORG_LEAD') DESC, u.display_name, u.email`,
        [organizationId, userIds],
      );
    return rows.map((r) => ({
      userId: r.user_id,
      displayName: r.display_name,
      email: r.email,
      role: r.role,
    }));
  }
}
