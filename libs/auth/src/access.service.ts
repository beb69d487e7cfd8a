import { Injectable } from '@nestjs/common';
import { Actor, ErrorReason, ForbiddenError, Role } from '@prongsai/common';
import { OrganizationDirectory } from '@prongsai/organizations';

/**
 * What an actor may do with an organization. This is the API wall; row-level security in PostgreSQL is the
 * second, independent one (it decides from the database's memberships, this from the actor's).
 *  - READ: members, supervisors of the organization's province, admins
 *  - CONTRIBUTE (update measure progress, evidence): ORG_MEMBER, ORG_LEAD, admins
 *  - MANAGE (create measures, record scores, survey targets): ORG_LEAD, admins
 *  - REVIEW (accept/return OIT evidence): supervisors of the province, admins
 */
export enum AccessLevel {
  READ = 'READ',
  CONTRIBUTE = 'CONTRIBUTE',
  MANAGE = 'MANAGE',
  REVIEW = 'REVIEW',
}

/**
 * What each level needs, for FORBIDDEN's message and `extensions.requiredRoles`: the same for every
 * organization id (known, someone else's or unknown), so a refusal never tells whether the id exists.
 */
export const LEVEL_REQUIREMENT: Record<AccessLevel, { roles: Role[]; message: string }> = {
  [AccessLevel.READ]: {
    roles: [Role.ORG_MEMBER, Role.ORG_LEAD, Role.PROVINCE_SUPERVISOR, Role.ADMIN],
    message:
      'Needs READ on the organization: a member or ITA lead of it, a PROVINCE_SUPERVISOR of its province, or ADMIN',
  },
  [AccessLevel.CONTRIBUTE]: {
    roles: [Role.ORG_MEMBER, Role.ORG_LEAD, Role.ADMIN],
    message: 'Needs CONTRIBUTE on the organization: ORG_MEMBER or ORG_LEAD of it, or ADMIN',
  },
  [AccessLevel.MANAGE]: {
    roles: [Role.ORG_LEAD, Role.ADMIN],
    message: 'Needs MANAGE on the organization: ORG_LEAD of it, or ADMIN',
  },
  [AccessLevel.REVIEW]: {
    roles: [Role.PROVINCE_SUPERVISOR, Role.ADMIN],
    message: "Needs REVIEW on the organization: PROVINCE_SUPERVISOR of the organization's province, or ADMIN",
  },
};

@Injectable()
export class AccessService {
  constructor(private readonly directory: OrganizationDirectory) {}

  isAdmin(actor: Actor): boolean {
    return actor.memberships.some((m) => m.role === Role.ADMIN);
  }

  supervisedProvinces(actor: Actor): string[] {
    return actor.memberships.filter((m) => m.role === Role.PROVINCE_SUPERVISOR).map((m) => m.provinceCode!);
  }

  memberOrganizationIds(actor: Actor): string[] {
    return actor.memberships.filter((m) => m.organizationId).map((m) => m.organizationId!);
  }

  canAccessProvince(actor: Actor, provinceCode: string): boolean {
    return this.isAdmin(actor) || this.supervisedProvinces(actor).includes(provinceCode);
  }

  async canAccessOrganization(actor: Actor, organizationId: string, level: AccessLevel): Promise<boolean> {
    if (this.isAdmin(actor)) return true;
    const role = actor.memberships.find((m) => m.organizationId === organizationId)?.role;
    switch (level) {
      case AccessLevel.MANAGE:
        return role === Role.ORG_LEAD;
      case AccessLevel.CONTRIBUTE:
        return role === Role.ORG_LEAD || role === Role.ORG_MEMBER;
      case AccessLevel.READ:
        if (role) return true;
        return this.supervises(actor, organizationId);
      case AccessLevel.REVIEW:
        return this.supervises(actor, organizationId);
    }
  }

  /** Throws FORBIDDEN — the same answer for someone else's organization and for one that does not exist. */
  async assertOrganization(actor: Actor, organizationId: string, level: AccessLevel): Promise<void> {
    if (!(await this.canAccessOrganization(actor, organizationId, level))) {
      const needed = LEVEL_REQUIREMENT[level];
      throw new ForbiddenError(ErrorReason.FORBIDDEN, needed.message, needed.roles);
    }
  }

  assertProvince(actor: Actor, provinceCode: string): void {
    if (!this.canAccessProvince(actor, provinceCode)) {
      throw new ForbiddenError(ErrorReason.FORBIDDEN, 'Needs PROVINCE_SUPERVISOR of the province, or ADMIN', [
        Role.PROVINCE_SUPERVISOR,
        Role.ADMIN,
      ]);
    }
  }

  private async supervises(actor: Actor, organizationId: string): Promise<boolean> {
    const provinces = this.supervisedProvinces(actor);
    if (provinces.length === 0) return false;
    const province = await this.directory.provinceOf(organizationId);
    return province !== null && provinces.includes(province);
  }
}
