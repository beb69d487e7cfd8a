import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { District, Organization, OrganizationsService, Province } from '@prongsai/organizations';
import { byKeys } from '../graphql/loader-keys';
import { FeatureLoaders, RequestLoadersProvider } from '../graphql/request-loaders';

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    /** By id; other features' `organization` fields (measure, progress, membership) use it too. */
    organization: DataLoader<string, Organization | null>;
    /** By province code. */
    province: DataLoader<string, Province | null>;
    /** By district code. */
    district: DataLoader<string, District | null>;
  }
}

@RequestLoadersProvider()
@Injectable()
export class OrganizationLoaders implements FeatureLoaders<'organization' | 'province' | 'district'> {
  constructor(private readonly organizations: OrganizationsService) {}

  create() {
    return {
      organization: new DataLoader<string, Organization | null>(async (ids) =>
        byKeys(ids, await this.organizations.findByIds(ids), (o) => o.id),
      ),
      province: new DataLoader<string, Province | null>(async (codes) =>
        byKeys(codes, await this.organizations.provincesByCodes(codes), (p) => p.code),
      ),
      district: new DataLoader<string, District | null>(async (codes) =>
        byKeys(codes, await this.organizations.districtsByCodes(codes), (d) => d.code),
      ),
    };
  }
}
