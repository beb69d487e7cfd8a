import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { renderPasswordResetEmail, RenderedEmail } from '@prongsai/mail';
import { NewOutboxEmail, OutboxEmail, OutboxKind, OutboxKindHandler, RenderLinks } from '@prongsai/outbox';
import { hashLinkToken, LinkTokenSeal } from '../../link-token';

export const PASSWORD_RESET_KIND = 'PASSWORD_RESET';

export interface PasswordResetPayload {
  resetId: string;
  sealedToken: string;
}

export interface PasswordResetFacts {
  reset: { tokenHash: string; usable: boolean; expiresAt: Date } | null;
  token: string | null;
}

type Email = OutboxEmail<PasswordResetPayload>;

export function passwordResetEmail(
  reset: { id: string; userId: string },
  sealedToken: string,
): NewOutboxEmail<PasswordResetPayload> {
  return {
    kind: PASSWORD_RESET_KIND,
    idempotencyKey: `password-reset:${reset.id}`,
    recipient: { userId: reset.userId },
    payload: { resetId: reset.id, sealedToken },
  };
}

/**
 * The reset link, to the account's current address; never switched off. Skipped once the link was used,
 * superseded by a newer request, or expired (an hour), since sending it then would only confuse.
 */
@Injectable()
@OutboxKind()
export class PasswordResetKind implements OutboxKindHandler<PasswordResetPayload, PasswordResetFacts> {
  readonly kinds = [PASSWORD_RESET_KIND];
  readonly optOut = false;

  constructor(private readonly seal: LinkTokenSeal) {}

  async load(em: EntityManager, email: Email): Promise<PasswordResetFacts> {
    const [row] = await em.query<{ token_hash: string; usable: boolean; expires_at: Date }[]>(
      `SELECT token_hash, expires_at, (used_at IS NULL AND expires_at > now()) AS usable
       FROM password_reset_tokens WHERE id = $1`,
      [email.payload.resetId],
    );
    return {
      reset: row ? { tokenHash: row.token_hash, usable: row.usable, expiresAt: row.expires_at } : null,
      token: this.seal.open(email.payload.sealedToken),
    };
  }

  skipReason(_email: Email, facts: PasswordResetFacts): string | null {
    if (!facts.reset || !facts.reset.usable) return 'reset link used, superseded or expired';
    if (!facts.token || hashLinkToken(facts.token) !== facts.reset.tokenHash)
      return 'reset token cannot be opened';
    return null;
  }

  render(email: Email, facts: PasswordResetFacts, links: RenderLinks): RenderedEmail {
    return renderPasswordResetEmail({
      recipientName: email.recipient.name,
      expiresAt: facts.reset!.expiresAt,
      resetUrl: `${links.appUrl}/reset-password/${facts.token}`,
    });
  }
}
