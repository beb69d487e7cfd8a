import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { renderMemberRemovedEmail, RenderedEmail } from '@prongsai/mail';
import { NewOutboxEmail, OutboxEmail, OutboxKind, OutboxKindHandler, RenderLinks } from '@prongsai/outbox';

export const MEMBER_REMOVED_KIND = 'MEMBER_REMOVED';

export interface MemberRemovedPayload {
  /** One removal (a random id): the key of its emails. */
  removalId: string;
  removedUserId: string;
  removedByUserId: string;
  releasedAssignments: number;
}

export interface MemberRemovedFacts {
  organizationName: string;
  removedName: string;
  removedByName: string;
  /** The recipient still leads the LAO. */
  recipientLeads: boolean;
}

type Email = OutboxEmail<MemberRemovedPayload>;

export function memberRemovedEmail(
  organizationId: string,
  leadUserId: string,
  payload: MemberRemovedPayload,
): NewOutboxEmail<MemberRemovedPayload> {
  return {
    kind: MEMBER_REMOVED_KIND,
    idempotencyKey: `member-removed:${payload.removalId}:${leadUserId}`,
    recipient: { userId: leadUserId },
    organizationId,
    payload,
  };
}

/** Tells each lead of the LAO that a member was removed and how many open follow-ups lost their assignee. */
@Injectable()
@OutboxKind()
export class MemberRemovedKind implements OutboxKindHandler<MemberRemovedPayload, MemberRemovedFacts> {
  readonly kinds = [MEMBER_REMOVED_KIND];
  readonly optOut = false;

  async load(em: EntityManager, email: Email): Promise<MemberRemovedFacts> {
    const [row] = await em.query<
      { name_th: string; removed_name: string; removed_by_name: string; leads: boolean }[]
    >(
      `SELECT o.name_th,
         (SELECT display_name FROM users WHERE id = $2) AS removed_name,
         (SELECT display_name FROM users WHERE id = $3) AS removed_by_name,
         EXISTS (SELECT 1 FROM memberships ms WHERE ms.organization_id = o.id AND ms.user_id = $4
                 AND ms.role = 'ORG_LEAD') AS leads
       FROM organizations o WHERE o.id = $1`,
      [
        email.organizationId,
        email.payload.removedUserId,
        email.payload.removedByUserId,
        email.recipient.userId,
      ],
    );
    return {
      organizationName: row?.name_th ?? '',
      removedName: row?.removed_name ?? '',
      removedByName: row?.removed_by_name ?? '',
      recipientLeads: row?.leads ?? false,
    };
  }

  skipReason(_email: Email, facts: MemberRemovedFacts): string | null {
    return facts.recipientLeads ? null : 'recipient no longer leads the organization';
  }

  render(email: Email, facts: MemberRemovedFacts, links: RenderLinks): RenderedEmail {
    return renderMemberRemovedEmail({
      recipientName: email.recipient.name,
      organizationName: facts.organizationName,
      removedName: facts.removedName,
      removedByName: facts.removedByName,
      releasedAssignments: email.payload.releasedAssignments,
      peopleUrl: `${links.appUrl}/organizations/${email.organizationId}/people`,
    });
  }
}
