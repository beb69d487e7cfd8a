import { Role } from './roles';

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
