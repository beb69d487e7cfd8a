import { Injectable } from '@nestjs/common';
import { AccessService } from '@prongsai/auth';
import { Actor, Role } from '@prongsai/common';
import { OrganizationDirectory } from '@prongsai/organizations';

/** Where a role is held: an LAO (ORG_LEAD, ORG_MEMBER) or a province (PROVINCE_SUPERVISOR). */
export type RoleScope = { organizationId: string } | { provinceCode: string };

/**
 * Who may give whom which role (the contract's rule): ADMIN anyone (but ADMIN itself, which is not given by
 * invitation); a PROVINCE_SUPERVISOR the ORG_LEADs and ORG_MEMBERs of its province's LAOs and other
 * PROVINCE_SUPERVISORs of its province; an ORG_LEAD the ORG_MEMBERs of its own LAO. Removing someone or
 * changing their role needs the same right over the role they hold (and, for a change, the new one).
 */
@Injectable()
export class PeopleAccess {
  constructor(
    private readonly access: AccessService,
    private readonly directory: OrganizationDirectory,
  ) {}

  async mayGrant(actor: Actor, role: Role, scope: RoleScope): Promise<boolean> {
    if (role === Role.ADMIN) return false;
    if (this.access.isAdmin(actor)) return true;
    if ('provinceCode' in scope) {
      return (
        role === Role.PROVINCE_SUPERVISOR &&
        this.access.supervisedProvinces(actor).includes(scope.provinceCode)
      );
    }
    if (role === Role.PROVINCE_SUPERVISOR) return false;
    if (await this.supervises(actor, scope.organizationId)) return true;
    return role === Role.ORG_MEMBER && this.leads(actor, scope.organizationId);
  }

  /** May see and manage the people of an LAO at all: its leads, supervisors of its province, admins. */
  async mayManageOrganization(actor: Actor, organizationId: string): Promise<boolean> {
    return (
      this.access.isAdmin(actor) ||
      this.leads(actor, organizationId) ||
      (await this.supervises(actor, organizationId))
    );
  }

  leads(actor: Actor, organizationId: string): boolean {
    return actor.memberships.some((m) => m.role === Role.ORG_LEAD && m.organizationId === organizationId);
  }

  async supervises(actor: Actor, organizationId: string): Promise<boolean> {
    const provinces = this.access.supervisedProvinces(actor);
    if (provinces.length === 0) return false;
    const province = await this.directory.provinceOf(organizationId);
    return province !== null && provinces.includes(province);
  }
}
