import { SetMetadata } from '@nestjs/common';
import { Role } from '@prongsai/common';
import { AccessLevel } from '@prongsai/auth';

/**
 * Every query, mutation and HTTP route declares who may call it; the global guard refuses any handler
 * without a policy (deny by default), and tests walk the schema and the controllers to keep it that way.
 */
export type AccessPolicy =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: Role[] }
  /**
   * `arg` is a dotted path into the GraphQL arguments, e.g. "organizationId" or "input.organizationId"; on
   * an HTTP route, the name of a route param (`:organizationId`). Query strings and bodies never count.
   */
  | { kind: 'organization'; arg: string; level: AccessLevel }
  | { kind: 'province'; arg: string }
  /** The handler takes a row id; its service loads the row and checks the row's organization. */
  | { kind: 'resource' };

export const ACCESS_POLICY = 'prongsai:access-policy';

export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);
export const Authenticated = () =>
  SetMetadata(ACCESS_POLICY, { kind: 'authenticated' } satisfies AccessPolicy);
export const RequireRoles = (...roles: Role[]) =>
  SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy);
export const OrganizationAccess = (arg: string, level: AccessLevel = AccessLevel.READ) =>
  SetMetadata(ACCESS_POLICY, { kind: 'organization', arg, level } satisfies AccessPolicy);
export const ProvinceAccess = (arg: string) =>
  SetMetadata(ACCESS_POLICY, { kind: 'province', arg } satisfies AccessPolicy);
export const ResourceAccess = () => SetMetadata(ACCESS_POLICY, { kind: 'resource' } satisfies AccessPolicy);
