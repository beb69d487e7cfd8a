import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { AuditService } from '@prongsai/audit';
import {
  AuthResult,
  dummyPasswordHash,
  hashPassword,
  TokenService,
  User,
  verifyPassword,
} from '@prongsai/auth';
import {
  Actor,
  BadInputError,
  ErrorReason,
  ForbiddenError,
  isUuid,
  normalizeText,
  NotFoundError,
  Role,
  UnauthenticatedError,
} from '@prongsai/common';
import { applyTenantContext, TenantTransaction } from '@prongsai/database';
import { OutboxService } from '@prongsai/outbox';
import { requireEmail } from './email-address';
import { invitationEmail } from './email-kinds/invitation/invitation.kind';
import { Invitation } from './invitation.entity';
import { hashLinkToken, LinkTokenSeal, newLinkToken } from './link-token';
import { assertPasswordAllowed } from './password-policy';
import { PeopleAccess, RoleScope } from './people-access';
import { PeopleRateLimits } from './people-rate-limits';
import { asSystemWithin } from './system-within';

export const INVITATION_TTL_MS = 7 * 86_400_000;
export const DISPLAY_NAME_MAX = 200;

export interface InviteInput {
  email: string;
  displayName: string;
  role: Role;
  organizationId?: string | null;
  provinceCode?: string | null;
}

/** A checked invitation, ready to write. */
export interface InvitationSpec {
  email: string;
  displayName: string;
  role: Role;
  scope: RoleScope;
}

/** An ADMIN invitation (the operator's command): the whole country, so no scope. */
interface AdminInvitationSpec {
  email: string;
  displayName: string;
  role: Role.ADMIN;
  scope: null;
}

const ORG_ROLES: readonly Role[] = [Role.ORG_LEAD, Role.ORG_MEMBER];

/**
 * Invitations: created by someone who may grant the role there (PeopleAccess), one pending per (LAO or
 * province, email) — inviting again revokes the pending one, whose link stops working — and accepted once,
 * atomically, by whoever holds the link's token. Every change is audited in the LAO's log.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly people: PeopleAccess,
    private readonly limits: PeopleRateLimits,
    private readonly outbox: OutboxService,
    private readonly seal: LinkTokenSeal,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  async invite(actor: Actor, input: InviteInput): Promise<Invitation> {
    const spec = this.check(input);
    if (!(await this.people.mayGrant(actor, spec.role, spec.scope)))
      throw new ForbiddenError(ErrorReason.FORBIDDEN);
    await this.assertScopeExists(spec.scope);
    await this.limits.invitation(actor.userId);
    const { invitation, emailIds } = await this.tx.run(async (em) => {
      await this.assertNotMember(em, spec);
      const made = await this.create(em, spec, actor.userId, null);
      if (made.invitation) return { invitation: made.invitation, emailIds: made.emailIds };
      // Two invitations for one (scope, email) at the same instant: the other one is the pending one now.
      const other = await em.findOneOrFail(Invitation, {
        where: { email: spec.email, ...scopeColumns(spec.scope), acceptedAt: IsNull(), revokedAt: IsNull() },
      });
      return { invitation: other, emailIds: [] };
    });
    await this.outbox.dispatch(emailIds);
    return invitation;
  }

  /** Pending invitations of an LAO, newest first, for those who manage its people. */
  async pending(actor: Actor, organizationId: string): Promise<Invitation[]> {
    if (!(await this.people.mayManageOrganization(actor, organizationId)))
      throw new ForbiddenError(ErrorReason.FORBIDDEN);
    return this.tx.run((em) =>
      em
        .createQueryBuilder(Invitation, 'i')
        .where('i.organization_id = :organizationId', { organizationId })
        .andWhere('i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()')
        .orderBy('i.created_at', 'DESC')
        .addOrderBy('i.id', 'DESC')
        .getMany(),
    );
  }

  async revoke(actor: Actor, id: string): Promise<Invitation> {
    if (!isUuid(id)) throw new BadInputError('id', ErrorReason.INVALID_ID, 'must be a valid invitation ID');
    return this.tx.run(async (em) => {
      // Row-level security hides other tenants' invitations: "not yours" and "does not exist" look alike.
      const invitation = await em.findOne(Invitation, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!invitation) throw new NotFoundError(ErrorReason.INVITATION_NOT_FOUND, 'Invitation');
      if (!(await this.people.mayGrant(actor, invitation.role, scopeOf(invitation))))
        throw new ForbiddenError(ErrorReason.FORBIDDEN);
      if (invitation.acceptedAt || invitation.revokedAt)
        throw new BadInputError('id', ErrorReason.INVITATION_NOT_PENDING, 'คำเชิญนี้ถูกตอบรับหรือยกเลิกไปแล้ว');
      invitation.revokedAt = new Date();
      await em.update(Invitation, { id }, { revokedAt: invitation.revokedAt });
      await this.record(invitation, actor.userId, 'invitation.revoked');
      return invitation;
    });
  }

  /**
   * Accepts by token. A new person's account is created with `password` (the password rules apply); an
   * existing account must give its own password (signing in as it), and gets the membership. The claim is
   * one UPDATE inside `prongsai_accept_invitation`: of two concurrent acceptances exactly one succeeds, and
   * the loser's transaction (its new account included) rolls back.
   */
  async accept(token: string, password: string): Promise<AuthResult> {
    const invalid = new BadInputError(
      'token',
      ErrorReason.TOKEN_NOT_VALID,
      'ลิงก์คำเชิญไม่ถูกต้อง ถูกใช้ไปแล้ว หรือหมดอายุ',
    );
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) throw invalid;
    const tokenHash = hashLinkToken(token);
    const [pending] = await this.tx.run((em) =>
      em.query<{ email: string; display_name: string }[]>(
        `SELECT email, display_name FROM prongsai_pending_invitation($1)`,
        [tokenHash],
      ),
    );
    if (!pending) {
      // The same argon2 work as a real acceptance: a probe learns nothing from the time it took.
      await verifyPassword(await dummyPasswordHash(), password);
      throw invalid;
    }
    const existing = await this.tx.run((em) => em.findOne(User, { where: { email: pending.email } }));
    let newHash: string | null = null;
    if (existing) {
      if (existing.disabled || !(await verifyPassword(existing.passwordHash, password)))
        throw new UnauthenticatedError(
          ErrorReason.ACCOUNT_EXISTS,
          'อีเมลนี้มีบัญชีอยู่แล้ว กรุณาใช้รหัสผ่านของบัญชีนั้นเพื่อตอบรับคำเชิญ',
        );
    } else {
      assertPasswordAllowed(password, pending.email, 'password');
      newHash = await hashPassword(password);
    }
    const result = await this.tx.run(async (em) => {
      let userId = existing?.id;
      if (!userId) {
        const [created] = await em.query<{ id: string }[]>(
          `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3)
           ON CONFLICT (email) DO NOTHING RETURNING id`,
          [pending.email, pending.display_name, newHash],
        );
        // A concurrent acceptance created the account first: it has the invitation too.
        if (!created) return null;
        userId = created.id;
      }
      const [accepted] = await em.query<
        { id: string; role: Role; organization_id: string | null; province_code: string | null }[]
      >(`SELECT * FROM prongsai_accept_invitation($1, $2)`, [tokenHash, userId]);
      if (!accepted) return null;
      // From here the transaction acts as the person (now a member), so the audit entry passes RLS.
      await applyTenantContext(em, { kind: 'user', userId });
      if (accepted.organization_id) {
        await this.audit.record({
          organizationId: accepted.organization_id,
          actorUserId: userId,
          action: 'invitation.accepted',
          entityType: 'invitation',
          entityId: accepted.id,
          after: { role: accepted.role, userId, newAccount: !existing },
        });
      }
      const user = await em.findOneOrFail(User, { where: { id: userId } });
      return { user, ...(await this.tokens.issue(userId, undefined, em)) };
    });
    if (!result) throw invalid;
    return result;
  }

  /**
   * The first admin of an installation (or another one), from the operator's command `npm run admin:create`:
   * nobody is signed in, so it runs as the system and has no inviter; the person gets an email with a link
   * and sets their own password (production has no default password). Running it again for the same email
   * replaces the pending invitation (the old link stops working); someone who is an admin already is refused.
   * The API never makes these: `check` refuses ADMIN.
   */
  async inviteAdmin(input: { email: string; displayName: string }): Promise<Invitation> {
    const email = requireEmail(input.email, 'email');
    const displayName = normalizeText(input.displayName, 'displayName', DISPLAY_NAME_MAX);
    const { invitation, emailIds } = await this.tx.asSystem('admin:create', async (em) => {
      const [admin] = await em.query<unknown[]>(
        `SELECT 1 FROM memberships ms JOIN users u ON u.id = ms.user_id WHERE u.email = $1 AND ms.role = 'ADMIN'`,
        [email],
      );
      if (admin) throw new BadInputError('email', ErrorReason.ALREADY_A_MEMBER, 'บุคคลนี้เป็นผู้ดูแลระบบอยู่แล้ว');
      const made = await this.create(em, { email, displayName, role: Role.ADMIN, scope: null }, null, null);
      // Only a concurrent run of the same command for the same email gets here without a row.
      if (!made.invitation)
        throw new BadInputError('email', ErrorReason.ALREADY_A_MEMBER, 'มีคำเชิญที่กำลังสร้างอยู่');
      return { invitation: made.invitation, emailIds: made.emailIds };
    });
    await this.outbox.dispatch(emailIds);
    return invitation;
  }

  /**
   * Writes one invitation and its email in the caller's transaction: revokes the pending one for the same
   * (scope, email) unless `importKey` is given (an import never replaces an invitation someone sent by
   * hand); with `importKey`, an invitation already made for that key (or a pending one) makes nothing.
   * Returns the email ids to dispatch after the commit.
   */
  async create(
    em: EntityManager,
    spec: InvitationSpec | AdminInvitationSpec,
    invitedByUserId: string | null,
    fromImport: { key: string; importId: string } | null,
  ): Promise<{ invitation: Invitation | null; emailIds: string[] }> {
    const organizationId = spec.scope && 'organizationId' in spec.scope ? spec.scope.organizationId : null;
    const provinceCode = spec.scope && 'provinceCode' in spec.scope ? spec.scope.provinceCode : null;
    if (!fromImport) {
      // The role is part of the match for the scope-less ADMIN invitation: nothing else lacks both columns.
      await em.query(
        `UPDATE invitations SET revoked_at = now()
         WHERE email = $1 AND accepted_at IS NULL AND revoked_at IS NULL
           AND organization_id IS NOT DISTINCT FROM $2 AND province_code IS NOT DISTINCT FROM $3
           AND (role = 'ADMIN') = ($4::role = 'ADMIN')`,
        [spec.email, organizationId, provinceCode, spec.role],
      );
    }
    const token = newLinkToken();
    const [row] = await em.query<{ id: string }[]>(
      `INSERT INTO invitations (email, display_name, role, organization_id, province_code, invited_by_user_id,
         token_hash, expires_at, import_key, people_import_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        spec.email,
        spec.displayName,
        spec.role,
        organizationId,
        provinceCode,
        invitedByUserId,
        hashLinkToken(token),
        new Date(Date.now() + INVITATION_TTL_MS),
        fromImport?.key ?? null,
        fromImport?.importId ?? null,
      ],
    );
    if (!row) return { invitation: null, emailIds: [] };
    const invitation = await em.findOneByOrFail(Invitation, { id: row.id });
    await this.record(invitation, invitedByUserId, 'invitation.sent');
    const emailIds = await asSystemWithinCurrent(em, this.tx, () =>
      this.outbox.add(em, [invitationEmail(invitation, this.seal.seal(token))]),
    );
    return { invitation, emailIds };
  }

  /** Validates and normalises an invitation's input (BAD_USER_INPUT with `input.<field>`). */
  check(input: InviteInput, prefix = 'input.'): InvitationSpec {
    const email = requireEmail(input.email, `${prefix}email`);
    const displayName = normalizeText(input.displayName, `${prefix}displayName`, DISPLAY_NAME_MAX);
    const role = input.role;
    if (role === Role.ADMIN)
      throw new BadInputError(`${prefix}role`, ErrorReason.ROLE_NOT_INVITABLE, 'ไม่สามารถเชิญผู้ดูแลระบบได้');
    if (ORG_ROLES.includes(role)) {
      if (input.provinceCode != null)
        throw new BadInputError(
          `${prefix}provinceCode`,
          ErrorReason.INVITATION_SCOPE_MISSING,
          'บทบาทของหน่วยงานไม่ต้องระบุจังหวัด',
        );
      if (input.organizationId == null)
        throw new BadInputError(
          `${prefix}organizationId`,
          ErrorReason.INVITATION_SCOPE_MISSING,
          'กรุณาระบุหน่วยงาน',
        );
      if (!isUuid(input.organizationId))
        throw new BadInputError(
          `${prefix}organizationId`,
          ErrorReason.INVALID_ID,
          'must be a valid organization ID',
        );
      return { email, displayName, role, scope: { organizationId: input.organizationId } };
    }
    if (input.organizationId != null)
      throw new BadInputError(
        `${prefix}organizationId`,
        ErrorReason.INVITATION_SCOPE_MISSING,
        'ผู้กำกับดูแลระดับจังหวัดไม่ต้องระบุหน่วยงาน',
      );
    if (input.provinceCode == null)
      throw new BadInputError(`${prefix}provinceCode`, ErrorReason.INVITATION_SCOPE_MISSING, 'กรุณาระบุจังหวัด');
    if (!/^\d{2}$/.test(input.provinceCode))
      throw new BadInputError(
        `${prefix}provinceCode`,
        ErrorReason.INVALID_PROVINCE_CODE,
        'must be a 2-digit province code',
      );
    return { email, displayName, role, scope: { provinceCode: input.provinceCode } };
  }

  /** Only an admin can get this far for a scope that does not exist (anyone else was refused above). */
  private async assertScopeExists(scope: RoleScope): Promise<void> {
    const [row] = await this.tx.run((em) =>
      'organizationId' in scope
        ? em.query<unknown[]>(`SELECT 1 FROM organizations WHERE id = $1`, [scope.organizationId])
        : em.query<unknown[]>(`SELECT 1 FROM provinces WHERE code = $1`, [scope.provinceCode]),
    );
    if (!row) {
      throw 'organizationId' in scope
        ? new NotFoundError(ErrorReason.ORGANIZATION_NOT_FOUND, 'Organization')
        : new NotFoundError(ErrorReason.PROVINCE_NOT_FOUND, 'Province');
    }
  }

  private async assertNotMember(em: EntityManager, spec: InvitationSpec): Promise<void> {
    const organizationId = 'organizationId' in spec.scope ? spec.scope.organizationId : null;
    const provinceCode = 'provinceCode' in spec.scope ? spec.scope.provinceCode : null;
    const [row] = await em.query<unknown[]>(
      `SELECT 1 FROM memberships ms JOIN users u ON u.id = ms.user_id
       WHERE u.email = $1 AND ms.role = $2
         AND ms.organization_id IS NOT DISTINCT FROM $3 AND ms.province_code IS NOT DISTINCT FROM $4`,
      [spec.email, spec.role, organizationId, provinceCode],
    );
    if (row) throw new BadInputError('input.email', ErrorReason.ALREADY_A_MEMBER, 'บุคคลนี้มีบทบาทนี้อยู่แล้ว');
  }

  /**
   * Audited in the LAO's log. A province-level invitation (PROVINCE_SUPERVISOR) and an ADMIN one have no LAO to
   * log into (admin:create prints what it did on the operator's terminal).
   */
  private async record(invitation: Invitation, actorUserId: string | null, action: string): Promise<void> {
    if (!invitation.organizationId || !actorUserId) return;
    await this.audit.record({
      organizationId: invitation.organizationId,
      actorUserId,
      action,
      entityType: 'invitation',
      entityId: invitation.id,
      after: {
        email: invitation.email,
        displayName: invitation.displayName,
        role: invitation.role,
        expiresAt: invitation.expiresAt.toISOString(),
        ...(invitation.revokedAt ? { revokedAt: invitation.revokedAt.toISOString() } : {}),
      },
    });
  }
}

export function scopeOf(row: { organizationId: string | null; provinceCode: string | null }): RoleScope {
  return row.organizationId ? { organizationId: row.organizationId } : { provinceCode: row.provinceCode! };
}

function scopeColumns(scope: RoleScope) {
  return 'organizationId' in scope
    ? { organizationId: scope.organizationId }
    : { provinceCode: scope.provinceCode };
}

function asSystemWithinCurrent<T>(
  em: EntityManager,
  tx: TenantTransaction,
  fn: () => Promise<T>,
): Promise<T> {
  return asSystemWithin(em, tx.context, fn);
}
