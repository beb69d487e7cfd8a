import { AuditLogEntry } from '@prongsai/audit';
import { Membership } from '@prongsai/auth';
import { RefreshToken } from '@prongsai/auth';
import { User } from '@prongsai/auth';
import { District } from '@prongsai/organizations';
import { Organization } from '@prongsai/organizations';
import { Province } from '@prongsai/organizations';

/** Every entity, for owner-side tools (migrations, drift check, seeding). The apps use autoLoadEntities. */
export const ALL_ENTITIES = [Province, District, Organization, User, Membership, RefreshToken, AuditLogEntry];
