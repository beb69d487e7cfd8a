import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { isUuid } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { District } from './district.entity';
import { Organization } from './organization.entity';
import { Province } from './province.entity';

/** Reads organizations through the tenant transaction: row-level security filters every query. */
@Injectable()
export class OrganizationsService {
  constructor(private readonly tx: TenantTransaction) {}

  /**
   * Organizations of a province, ordered by DLA code. `onlyIds` narrows to the caller's own organizations
   * (the API-side filter for organization roles); null means the whole province (supervisor, admin).
   */
  listByProvince(provinceCode: string, onlyIds: string[] | null): Promise<Organization[]> {
    return this.tx.run((em) =>
      em.find(Organization, {
        where: onlyIds ? { provinceCode, id: In(onlyIds.filter(isUuid)) } : { provinceCode },
        order: { code: 'ASC' },
      }),
    );
  }

  findById(id: string): Promise<Organization | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.tx.run((em) => em.findOne(Organization, { where: { id } }));
  }

  findByIds(ids: readonly string[]): Promise<Organization[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.tx.run((em) => em.find(Organization, { where: { id: In(valid) } }));
  }

  provincesByCodes(codes: readonly string[]): Promise<Province[]> {
    return this.tx.run((em) => em.find(Province, { where: { code: In([...codes]) } }));
  }

  districtsByCodes(codes: readonly string[]): Promise<District[]> {
    return this.tx.run((em) => em.find(District, { where: { code: In([...codes]) } }));
  }
}
