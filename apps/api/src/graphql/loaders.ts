import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  MeasureAssigneeView,
  MeasureAssigneesService,
  MeasureEvidence,
  MeasureStep,
  MeasuresService,
} from '@prongsai/measures';
import { District, Organization, OrganizationsService, Province } from '@prongsai/organizations';

/** Orders loaded rows by the requested keys (null where absent), as DataLoader requires. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (v: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups loaded rows by the requested keys (an empty list where none), for one-to-many fields. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (v: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const r of rows) {
    const list = map.get(keyOf(r));
    if (list) list.push(r);
    else map.set(keyOf(r), [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * Per-request DataLoaders: list fields that fan out (an organization's province, a measure's steps …)
 * batch into one query per level instead of one per row. A new set is created for every request, so
 * caching never crosses users.
 */
export class RequestLoaders {
  constructor(
    private readonly organizationsService: OrganizationsService,
    private readonly measuresService: MeasuresService,
    private readonly assigneesService: MeasureAssigneesService,
  ) {}

  readonly organization = new DataLoader<string, Organization | null>(async (ids) =>
    byKeys(ids, await this.organizationsService.findByIds(ids), (o) => o.id),
  );
  readonly province = new DataLoader<string, Province | null>(async (codes) =>
    byKeys(codes, await this.organizationsService.provincesByCodes(codes), (p) => p.code),
  );
  readonly district = new DataLoader<string, District | null>(async (codes) =>
    byKeys(codes, await this.organizationsService.districtsByCodes(codes), (d) => d.code),
  );
  /** Steps of many measures in one query, in order. */
  readonly measureSteps = new DataLoader<string, MeasureStep[]>(async (measureIds) =>
    groupByKeys(measureIds, await this.measuresService.stepsOf(measureIds), (s) => s.measureId),
  );
  readonly measureEvidence = new DataLoader<string, MeasureEvidence[]>(async (measureIds) =>
    groupByKeys(measureIds, await this.measuresService.evidenceOf(measureIds), (e) => e.measureId),
  );
  readonly measureAssignees = new DataLoader<string, MeasureAssigneeView[]>(async (measureIds) =>
    groupByKeys(measureIds, await this.assigneesService.assigneesOf(measureIds), (a) => a.measureId),
  );
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly organizationsService: OrganizationsService,
    private readonly measuresService: MeasuresService,
    private readonly assigneesService: MeasureAssigneesService,
  ) {}

  create(): RequestLoaders {
    return new RequestLoaders(this.organizationsService, this.measuresService, this.assigneesService);
  }
}

export interface GqlContext {
  req: { headers: Record<string, string>; ip?: string };
  loaders: RequestLoaders;
}
