import { createContext, useContext } from 'react';

/** What every /organizations/:id page shares: the LAO, and the fiscal year chosen in the header. */
export interface OrganizationContextValue {
  organization: {
    id: string;
    code: string;
    nameTh: string;
    district: { nameTh: string };
    province: { code: string; nameTh: string };
  };
  fiscalYear: number;
  /** Whether that fiscal year has an ITA framework: without one there is no score, OIT list or indicator. */
  hasFramework: boolean;
}

export const OrganizationContext = createContext<OrganizationContextValue | null>(null);

export function useOrganization(): OrganizationContextValue {
  const value = useContext(OrganizationContext);
  if (!value) throw new Error('useOrganization outside an organization page');
  return value;
}
