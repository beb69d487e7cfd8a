import { OrganizationType } from '@prongsai/common';

/** How the DLA registry names LAO types, mapped to the public enum. */
export const ORGANIZATION_TYPE_BY_THAI: Readonly<Record<string, OrganizationType>> = {
  'อบจ.': OrganizationType.PROVINCIAL_ADMINISTRATIVE_ORGANIZATION,
  เทศบาลนคร: OrganizationType.CITY_MUNICIPALITY,
  เทศบาลเมือง: OrganizationType.TOWN_MUNICIPALITY,
  เทศบาลตำบล: OrganizationType.SUBDISTRICT_MUNICIPALITY,
  'อบต.': OrganizationType.SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION,
};

export function organizationTypeFromThai(thai: string): OrganizationType {
  const type = ORGANIZATION_TYPE_BY_THAI[thai.trim()];
  if (!type) throw new Error(`Unknown LAO type "${thai}"`);
  return type;
}
