import { createContext, useContext } from 'react';
import type { ProvinceOrganizationsQuery } from '../gql/graphql';

export type ProvinceOrganization = ProvinceOrganizationsQuery['organizations'][number];

/** What every /provinces/:code page shares: the province, its LAOs and the fiscal year chosen in the header. */
export interface ProvinceContextValue {
  provinceCode: string;
  fiscalYear: number;
  hasFramework: boolean;
  /** The province's LAOs the caller may see (all of them for its supervisors), by DLA code. */
  organizations: ProvinceOrganization[];
  /** False while the LAOs are still loading (`organizations` is empty then, not "none"). */
  organizationsLoaded: boolean;
}

export const ProvinceContext = createContext<ProvinceContextValue | null>(null);

export function useProvince(): ProvinceContextValue {
  const value = useContext(ProvinceContext);
  if (!value) throw new Error('useProvince outside a province page');
  return value;
}

/** The districts of the province's LAOs, by code (the filters' choices). */
export function districtsOf(organizations: ProvinceOrganization[]): { code: string; nameTh: string }[] {
  const map = new Map(organizations.map((o) => [o.district.code, o.district.nameTh]));
  return [...map.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, nameTh]) => ({ code, nameTh }));
}
