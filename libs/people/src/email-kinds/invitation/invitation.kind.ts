import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PeopleRole, renderInvitationEmail, RenderedEmail } from '@prongsai/mail';
import { NewOutboxEmail, OutboxEmail, OutboxKind, OutboxKindHandler, RenderLinks } from '@prongsai/outbox';
import { hashLinkToken, LinkTokenSeal } from '../../link-token';

export const INVITATION_KIND = 'INVITATION';

/** Ids only, and the token sealed (see LinkTokenSeal): the email is rendered when it is sent. */
export interface InvitationPayload {
  invitationId: string;
  sealedToken: string;
}

export interface InvitationFacts {
  /** Null when the invitation is gone (its LAO deleted). */
  invitation: {
    role: PeopleRole;
    tokenHash: string;
    pending: boolean;
    expiresAt: Date;
    /** Null for an ADMIN invitation (admin:create: nobody signed in invited). */
    inviterName: string | null;
    /** The LAO's or the province's name; null for an ADMIN invitation (the whole country). */
    placeName: string | null;
  } | null;
  /** The token, opened from the payload; null if it cannot be (another JWT_SECRET). */
  token: string | null;
}

type Email = OutboxEmail<InvitationPayload>;

/** One email per invitation (a re-invitation is a new invitation, with a new link). */
export function invitationEmail(
  invitation: {
    id: string;
    email: string;
    displayName: string;
    organizationId: string | null;
    provinceCode: string | null;
  },
  sealedToken: string,
): NewOutboxEmail<InvitationPayload> {
  return {
    kind: INVITATION_KIND,
    idempotencyKey: `invitation:${invitation.id}`,
    recipient: { email: invitation.email, name: invitation.displayName },
    organizationId: invitation.organizationId,
    provinceCode: invitation.provinceCode,
    payload: { invitationId: invitation.id, sealedToken },
  };
}

/**
 * The invitation email: to an address (the person may have no account yet), never switched off. Skipped
 * when the invitation is no longer pending (accepted, revoked, replaced by a re-invitation, expired).
 */
@Injectable()
@OutboxKind()
export class InvitationKind implements OutboxKindHandler<InvitationPayload, InvitationFacts> {
  readonly kinds = [INVITATION_KIND];
  readonly optOut = false;

  constructor(private readonly seal: LinkTokenSeal) {}

  async load(em: EntityManager, email: Email): Promise<InvitationFacts> {
    const [row] = await em.query<
      {
        role: PeopleRole;
        token_hash: string;
        pending: boolean;
        expires_at: Date;
        inviter_name: string | null;
        place_name: string | null;
      }[]
    >(
      `SELECT i.role, i.token_hash, i.expires_at,
         (i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()) AS pending,
         u.display_name AS inviter_name, coalesce(o.name_th, 'จังหวัด' || p.name_th) AS place_name
       FROM invitations i
       LEFT JOIN users u ON u.id = i.invited_by_user_id
       LEFT JOIN organizations o ON o.id = i.organization_id
       LEFT JOIN provinces p ON p.code = i.province_code
       WHERE i.id = $1`,
      [email.payload.invitationId],
    );
    return {
      invitation: row
        ? {
            role: row.role,
            tokenHash: row.token_hash,
            pending: row.pending,
            expiresAt: row.expires_at,
            inviterName: row.inviter_name,
            placeName: row.place_name,
          }
        : null,
      token: this.seal.open(email.payload.sealedToken),
    };
  }

  skipReason(_email: Email, facts: InvitationFacts): string | null {
    if (!facts.invitation) return 'invitation deleted';
    if (!facts.invitation.pending) return 'invitation no longer pending';
    if (!facts.token || hashLinkToken(facts.token) !== facts.invitation.tokenHash)
      return 'invitation token cannot be opened';
    return null;
  }

  render(email: Email, facts: InvitationFacts, links: RenderLinks): RenderedEmail {
    const invitation = facts.invitation!;
    return renderInvitationEmail({
      recipientName: email.recipient.name,
      inviterName: invitation.inviterName,
      role: invitation.role,
      placeName: invitation.placeName,
      expiresAt: invitation.expiresAt,
      acceptUrl: `${links.appUrl}/invitations/${facts.token}`,
    });
  }
}
