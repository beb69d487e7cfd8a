import { Injectable } from '@nestjs/common';
import { AuditService } from '@prongsai/audit';
import { AccessLevel, AccessService, OrganizationMembersService } from '@prongsai/auth';
import { Actor, BadInputError, ErrorReason, isUuid } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworksService } from '@prongsai/frameworks';
import { MeasureAssignee } from './measure-assignee.entity';
import { MEASURE_LIMITS } from './measure-limits';
import { lockMeasureForChange } from './measure-lock';
import { openMeasureSql } from './measure-status';
import { Measure } from './measure.entity';

export interface MeasureAssigneeView {
  measureId: string;
  userId: string;
  displayName: string;
  email: string;
  assignedAt: Date;
}

/**
 * Who follows a measure up. Assigning is the lead's decision (MANAGE), and only members of the measure's
 * organization can be assigned. Both mutations are idempotent: assigning an assignee again, or removing
 * someone not assigned, changes nothing and writes no audit entry.
 */
@Injectable()
export class MeasureAssigneesService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly access: AccessService,
    private readonly members: OrganizationMembersService,
    private readonly audit: AuditService,
    private readonly frameworks: FrameworksService,
  ) {}

  /**
   * The measures of a fiscal year assigned to one user (across their organizations), by due date then
   * title; `openOnly` leaves out COMPLETED and CANCELLED. Row-level security still applies: an assignment in
   * an organization the user has left shows nothing.
   */
  async assignedTo(userId: string, fiscalYear: number, openOnly: boolean): Promise<Measure[]> {
    await this.frameworks.get(fiscalYear);
    return this.tx.run((em) =>
      em
        .createQueryBuilder(Measure, 'm')
        .innerJoin(MeasureAssignee, 'a', 'a.measure_id = m.id AND a.user_id = :userId', { userId })
        .where('m.fiscal_year = :fiscalYear', { fiscalYear })
        .andWhere(openOnly ? openMeasureSql('m') : 'TRUE')
        .orderBy('m.due_date', 'ASC')
        .addOrderBy('m.title', 'ASC')
        .addOrderBy('m.created_at', 'ASC')
        .getMany(),
    );
  }

  assign(actor: Actor, measureId: string, userId: string): Promise<Measure> {
    return this.tx.run(async (em) => {
      const measure = await lockMeasureForChange(em, this.access, actor, measureId, AccessLevel.MANAGE);
      // One answer for "no such user" and "a user of another organization": ids of other tenants' people
      // must not be probeable.
      const [member] = await this.members.find(em, measure.organizationId, [userId]);
      if (!member)
        throw new BadInputError(
          'userId',
          ErrorReason.ASSIGNEE_NOT_A_MEMBER,
          'is not a member of the measure’s organization',
        );
      const assigned = await em.find(MeasureAssignee, { where: { measureId: measure.id } });
      if (assigned.some((a) => a.userId === member.userId)) return measure;
      if (assigned.length >= MEASURE_LIMITS.assigneesPerMeasure) {
        throw new BadInputError(
          'userId',
          ErrorReason.TOO_MANY_ITEMS,
          `a measure has at most ${MEASURE_LIMITS.assigneesPerMeasure} assignees`,
        );
      }
      await em.insert(MeasureAssignee, {
        measureId: measure.id,
        userId: member.userId,
        organizationId: measure.organizationId,
        assignedBy: actor.userId,
      });
      await this.audit.record({
        organizationId: measure.organizationId,
        actorUserId: actor.userId,
        action: 'measure.assign',
        entityType: 'measure',
        entityId: measure.id,
        after: { userId: member.userId, displayName: member.displayName },
      });
      return measure;
    });
  }

  unassign(actor: Actor, measureId: string, userId: string): Promise<Measure> {
    return this.tx.run(async (em) => {
      const measure = await lockMeasureForChange(em, this.access, actor, measureId, AccessLevel.MANAGE);
      if (!isUuid(userId)) throw new BadInputError('userId', ErrorReason.INVALID_ID, 'must be a user id');
      const { affected } = await em.delete(MeasureAssignee, { measureId: measure.id, userId });
      if (affected) {
        await this.audit.record({
          organizationId: measure.organizationId,
          actorUserId: actor.userId,
          action: 'measure.unassign',
          entityType: 'measure',
          entityId: measure.id,
          before: { userId },
        });
      }
      return measure;
    });
  }

  /** For DataLoaders: the assignees of many measures in one query, in the order they were assigned. */
  async assigneesOf(measureIds: readonly string[]): Promise<MeasureAssigneeView[]> {
    const ids = measureIds.filter(isUuid);
    if (ids.length === 0) return [];
    const rows: {
      measure_id: string;
      user_id: string;
      display_name: string;
      email: string;
      created_at: Date;
    }[] = await this.tx.run((em) =>
      em.query(
        `SELECT a.measure_id, a.user_id, u.display_name, u.email, a.created_at
         FROM measure_assignees a JOIN users u ON u.id = a.user_id
         WHERE a.measure_id = ANY ($1::uuid[])
         ORDER BY a.created_at, u.display_name`,
        [ids],
      ),
    );
    return rows.map((r) => ({
      measureId: r.measure_id,
      userId: r.user_id,
      displayName: r.display_name,
      email: r.email,
      assignedAt: r.created_at,
    }));
  }
}
