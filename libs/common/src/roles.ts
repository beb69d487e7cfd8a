export enum Role {
  ADMIN = 'ADMIN',
  PROVINCE_SUPERVISOR = 'PROVINCE_SUPERVISOR',
  ORG_LEAD = 'ORG_LEAD',
  ORG_MEMBER = 'ORG_MEMBER',
}

export enum OrganizationType {
  PROVINCIAL_ADMINISTRATIVE_ORGANIZATION = 'PROVINCIAL_ADMINISTRATIVE_ORGANIZATION',
  CITY_MUNICIPALITY = 'CITY_MUNICIPALITY',
  TOWN_MUNICIPALITY = 'TOWN_MUNICIPALITY',
  SUBDISTRICT_MUNICIPALITY = 'SUBDISTRICT_MUNICIPALITY',
  SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION = 'SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION',
}

/** Who is acting. Built by the auth guard (users) or by the worker (system). */
export interface ActorMembership {
  role: Role;
  organizationId: string | null;
  provinceCode: string | null;
}

export interface Actor {
  userId: string;
  email: string;
  memberships: ActorMembership[];
}
