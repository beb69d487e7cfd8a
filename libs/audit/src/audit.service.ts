import { Injectable } from '@nestjs/common';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TenantTransaction } from '@prongsai/database';
import { AuditLogEntry } from './audit-log.entity';

export interface AuditEvent {
  organizationId: string;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes audit entries inside the caller's tenant transaction, so an entry exists exactly when the change
 * it describes was committed.
 */
@Injectable()
export class AuditService {
  constructor(private readonly tx: TenantTransaction) {}

  record(events: AuditEvent | AuditEvent[]): Promise<void> {
    const list = Array.isArray(events) ? events : [events];
    if (list.length === 0) return Promise.resolve();
    return this.tx.run(async (em) => {
      // jsonb columns: TypeORM's deep-partial type cannot express "any JSON", hence the cast.
      const rows = list.map((e) => ({ ...e, before: e.before ?? null, after: e.after ?? null }));
      await em.insert(AuditLogEntry, rows as QueryDeepPartialEntity<AuditLogEntry>[]);
    });
  }

  list(organizationId: string, opts: { limit: number; beforeId?: string }): Promise<AuditLogEntry[]> {
    return this.tx.run((em) =>
      em
        .createQueryBuilder(AuditLogEntry, 'a')
        .where('a.organization_id = :organizationId', { organizationId })
        .andWhere(opts.beforeId ? 'a.id < :beforeId' : 'TRUE', { beforeId: opts.beforeId })
        .orderBy('a.id', 'DESC')
        .limit(opts.limit)
        .getMany(),
    );
  }
}
