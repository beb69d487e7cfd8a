import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@prongsai/audit';
import { OrganizationMember, OrganizationMembersService } from '@prongsai/auth';
import { Actor, BadInputError, ErrorReason, ForbiddenError, isUuid, Role } from '@prongsai/common';
import { applyTenantContext, TenantTransaction } from '@prongsai/database';
import { openMeasureSql } from '@prongsai/measures/status';
import { OutboxService } from '@prongsai/outbox';
import { memberRemovedEmail } from './email-kinds/member-removed/member-removed.kind';
import { revokeRefreshTokens } from './passwords.service';
import { PeopleAccess } from './people-access';
import { updateReturning } from './sql-rows';
import { asSystemWithin } from './system-within';

type OrgRole = Role.ORG_LEAD | Role.ORG_MEMBER;

/**
 * The members of an LAO: changing a role within it and removing someone from it. Access ends at once: the
 * API reads the actor's memberships fresh on every request and row-level security reads the database's on
 * every transaction, so the next request of the removed person no longer sees the LAO's data, whatever
 * tokens they hold; when no membership is left at all their refresh tokens are revoked too (they may sign in
 * again, and see nothing). Their assignments to open measures are released, and the LAO's leads are told.
 * The last lead cannot go without a successor (an existing member, who becomes lead).
 */
@Injectable()
export class MembersService {
  private readonly logger = new Logger(MembersService.name);

  constructor(
    private readonly tx: TenantTransaction,
    private readonly people: PeopleAccess,
    private readonly members: OrganizationMembersService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  async remove(actor: Actor, organizationId: string, userId: string, successorUserId?: string | null) {
    const target = checkUserId(userId, 'userId');
    const successor = successorUserId == null ? null : checkUserId(successorUserId, 'successorUserId');
    const emailIds = await this.tx.run(async (em) => {
      const roles = await this.lockedRoles(em, organizationId);
      const role = roles.get(target);
      if (!role) throw new BadInputError('userId', ErrorReason.NOT_A_MEMBER, 'บุคคลนี้ไม่ได้เป็นสมาชิกของหน่วยงาน');
      const self = target === actor.userId;
      if (!self && !(await this.people.mayGrant(actor, role, { organizationId })))
        throw new ForbiddenError(ErrorReason.FORBIDDEN);
      const promoted =
        role === Role.ORG_LEAD
          ? await this.successorIfLast(em, roles, target, successor, organizationId)
          : null;

      // Released and audited before the membership goes: a member leaving on their own still sees the rows.
      const released = await updateReturning<{ measure_id: string }>(
        em,
        `DELETE FROM measure_assignees ma USING measures m
         WHERE ma.measure_id = m.id AND ma.organization_id = $1 AND ma.user_id = $2 AND ${openMeasureSql('m')}
         RETURNING ma.measure_id`,
        [organizationId, target],
      );
      await this.audit.record({
        organizationId,
        actorUserId: actor.userId,
        action: 'member.removed',
        entityType: 'user',
        entityId: target,
        before: { role },
        after: {
          releasedMeasureIds: released.map((r) => r.measure_id),
          ...(promoted ? { successorUserId: promoted } : {}),
        },
      });
      const removalId = randomUUID();
      const leads = [...roles.entries()]
        .filter(([id, r]) => (r === Role.ORG_LEAD || id === promoted) && id !== target)
        .map(([id]) => id);
      // Under the caller's row-level security (leads of the LAO, supervisors of its province, oneself).
      await em.query(
        `DELETE FROM memberships WHERE organization_id = $1 AND user_id = $2 AND role IN ('ORG_LEAD', 'ORG_MEMBER')`,
        [organizationId, target],
      );
      const ids = await asSystemWithin(em, this.tx.context, async () => {
        const added = await this.outbox.add(
          em,
          leads.map((lead) =>
            memberRemovedEmail(organizationId, lead, {
              removalId,
              removedUserId: target,
              removedByUserId: actor.userId,
              releasedAssignments: released.length,
            }),
          ),
        );
        // Counted as the system: the caller may not see the person's memberships elsewhere.
        const [{ left }] = await em.query<{ left: number }[]>(
          `SELECT count(*)::int AS left FROM memberships WHERE user_id = $1`,
          [target],
        );
        if (left === 0) await revokeRefreshTokens(em, target);
        return added;
      });
      return ids;
    });
    await this.outbox.dispatch(emailIds);
    this.logger.log({ organizationId, userId: target, by: actor.userId }, 'member removed');
    return true;
  }

  async changeRole(
    actor: Actor,
    organizationId: string,
    userId: string,
    role: Role,
    successorUserId?: string | null,
  ): Promise<OrganizationMember> {
    const target = checkUserId(userId, 'userId');
    const successor = successorUserId == null ? null : checkUserId(successorUserId, 'successorUserId');
    if (role !== Role.ORG_LEAD && role !== Role.ORG_MEMBER)
      throw new BadInputError(
        'role',
        ErrorReason.ROLE_NOT_IN_ORGANIZATION,
        'บทบาทในหน่วยงานมีเพียงผู้รับผิดชอบหลักและเจ้าหน้าที่',
      );
    await this.tx.run(async (em) => {
      const roles = await this.lockedRoles(em, organizationId);
      const current = roles.get(target);
      if (!current)
        throw new BadInputError('userId', ErrorReason.NOT_A_MEMBER, 'บุคคลนี้ไม่ได้เป็นสมาชิกของหน่วยงาน');
      if (current === role) return;
      // A lead may step down (naming a successor if last); otherwise both the old and the new role must be
      // the caller's to give.
      const stepDown = target === actor.userId && current === Role.ORG_LEAD;
      const allowed =
        stepDown ||
        ((await this.people.mayGrant(actor, current, { organizationId })) &&
          (await this.people.mayGrant(actor, role, { organizationId })));
      if (!allowed) throw new ForbiddenError(ErrorReason.FORBIDDEN);
      const promoted =
        current === Role.ORG_LEAD
          ? await this.successorIfLast(em, roles, target, successor, organizationId)
          : null;
      // The new role first: a lead stepping down still leads while the row is written (row-level security).
      await em.query(`INSERT INTO memberships (user_id, role, organization_id) VALUES ($1, $2, $3)`, [
        target,
        role,
        organizationId,
      ]);
      await em.query(
        `DELETE FROM memberships WHERE organization_id = $1 AND user_id = $2 AND role IN ('ORG_LEAD', 'ORG_MEMBER')
           AND role <> $3`,
        [organizationId, target, role],
      );
      await this.audit.record({
        organizationId,
        actorUserId: actor.userId,
        action: 'member.role_changed',
        entityType: 'user',
        entityId: target,
        before: { role: current },
        after: { role, ...(promoted ? { successorUserId: promoted } : {}) },
      });
    });
    const [member] = await this.tx.run((em) => this.members.find(em, organizationId, [target]));
    return member;
  }

  /**
   * The LAO's people and their role (ORG_LEAD when both), rows locked so that two removals of the last two
   * leads cannot both pass the last-lead check. Read as the system: the caller's rights were checked.
   */
  private async lockedRoles(em: EntityManager, organizationId: string): Promise<Map<string, OrgRole>> {
    const previous = this.tx.context;
    await applyTenantContext(em, { kind: 'system', reason: 'members lock' });
    const rows = await em.query<{ user_id: string; role: OrgRole }[]>(
      `SELECT user_id, role FROM memberships WHERE organization_id = $1 AND role IN ('ORG_LEAD', 'ORG_MEMBER')
       ORDER BY user_id FOR UPDATE`,
      [organizationId],
    );
    await applyTenantContext(em, previous);
    const roles = new Map<string, OrgRole>();
    for (const r of rows) if (roles.get(r.user_id) !== Role.ORG_LEAD) roles.set(r.user_id, r.role);
    return roles;
  }

  /** When `target` is the last lead: promotes the named successor (returns their id), or refuses. */
  private async successorIfLast(
    em: EntityManager,
    roles: Map<string, OrgRole>,
    target: string,
    successor: string | null,
    organizationId: string,
  ): Promise<string | null> {
    const otherLeads = [...roles.entries()].filter(([id, r]) => r === Role.ORG_LEAD && id !== target);
    if (otherLeads.length > 0) return null;
    if (!successor)
      throw new BadInputError(
        'successorUserId',
        ErrorReason.LAST_LEAD,
        'ผู้รับผิดชอบหลักคนสุดท้ายของหน่วยงาน: กรุณาระบุสมาชิกที่จะเป็นผู้รับผิดชอบหลักแทน',
      );
    if (successor === target || !roles.has(successor))
      throw new BadInputError(
        'successorUserId',
        ErrorReason.SUCCESSOR_NOT_A_MEMBER,
        'ผู้รับตำแหน่งแทนต้องเป็นสมาชิกของหน่วยงาน',
      );
    // The caller's right to remove the last lead (a supervisor's, an admin's, or the lead's own handing
    // over) covers promoting the successor; row-level security agrees (the caller still manages the LAO).
    await em.query(`INSERT INTO memberships (user_id, role, organization_id) VALUES ($1, 'ORG_LEAD', $2)`, [
      successor,
      organizationId,
    ]);
    await em.query(
      `DELETE FROM memberships WHERE organization_id = $1 AND user_id = $2 AND role = 'ORG_MEMBER'`,
      [organizationId, successor],
    );
    roles.set(successor, Role.ORG_LEAD);
    return successor;
  }
}

function checkUserId(id: string, field: string): string {
  if (!isUuid(id)) throw new BadInputError(field, ErrorReason.INVALID_ID, 'must be a valid user ID');
  return id;
}
