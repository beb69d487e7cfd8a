import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { AuditLogEntry, AuditService } from '@prongsai/audit';
import { AccessLevel } from '@prongsai/auth';
import { BadInputError, ErrorReason } from '@prongsai/common';
import { OrganizationAccess } from '../auth/access-policy.decorator';
import { AuditEntryModel } from './models/audit-entry.model';

const MAX_PAGE = 100;

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Query(() => [AuditEntryModel], { description: 'Newest first; page with `before` (an entry id)' })
  auditLog(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('before', { type: () => ID, nullable: true }) before?: string | null,
  ): Promise<AuditLogEntry[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw new BadInputError('first', ErrorReason.OUT_OF_RANGE, `must be between 1 and ${MAX_PAGE}`);
    }
    if (before != null && !/^\d{1,18}$/.test(before))
      throw new BadInputError('before', ErrorReason.INVALID_ID, 'must be an audit entry id');
    return this.audit.list(organizationId, { limit: first, beforeId: before ?? undefined });
  }
}
