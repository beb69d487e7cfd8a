import { Injectable } from '@nestjs/common';
import { isUuid } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';

/**
 * Organization → province lookups for access decisions, read as the system so the API's check does not
 * depend on row-level security (the two walls stay independent). An organization never changes province,
 * so hits are cached for the life of the process; misses are not (a new organization appears at once).
 */
@Injectable()
export class OrganizationDirectory {
  private readonly provinceById = new Map<string, string>();

  constructor(private readonly tx: TenantTransaction) {}

  async provinceOf(organizationId: string): Promise<string | null> {
    if (!isUuid(organizationId)) return null;
    const cached = this.provinceById.get(organizationId);
    if (cached) return cached;
    const rows: { province_code: string }[] = await this.tx.asSystem('access-check', (em) =>
      em.query('SELECT province_code FROM organizations WHERE id = $1', [organizationId]),
    );
    if (rows.length === 0) return null;
    this.provinceById.set(organizationId, rows[0].province_code);
    return rows[0].province_code;
  }
}
