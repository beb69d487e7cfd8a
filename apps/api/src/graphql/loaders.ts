import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { District, Organization, OrganizationsService, Province } from '@prongsai/organizations';

/** Orders loaded rows by the requested keys (null where absent), as DataLoader requires. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (v: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/**
 * Per-request DataLoaders: list fields that fan out (an organization's province, a measure's steps …)
 * batch into one query per level instead of one per row. A new set is created for every request, so
 * caching never crosses users.
 */
export class RequestLoaders {
  constructor(private readonly organizationsService: OrganizationsService) {}

  readonly organization = new DataLoader<string, Organization | null>(async (ids) =>
    byKeys(ids, await this.organizationsService.findByIds(ids), (o) => o.id),
  );
  readonly province = new DataLoader<string, Province | null>(async (codes) =>
    byKeys(codes, await this.organizationsService.provincesByCodes(codes), (p) => p.code),
  );
  readonly district = new DataLoader<string, District | null>(async (codes) =>
    byKeys(codes, await this.organizationsService.districtsByCodes(codes), (d) => d.code),
  );
}

@Injectable()
export class LoadersFactory {
  constructor(private readonly organizationsService: OrganizationsService) {}

  create(): RequestLoaders {
    return new RequestLoaders(this.organizationsService);
  }
}

export interface GqlContext {
  req: { headers: Record<string, string>; ip?: string };
  loaders: RequestLoaders;
}
