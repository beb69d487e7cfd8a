import { OutboxEmail, OutboxKindHandler } from '../outbox-kind';

/**
 * What every kind shares in "is this email still wanted?": an account disabled since, or a kind the
 * recipient switched off (for kinds that may be switched off). The kind's own `skipReason` comes after.
 */
export function recipientSkipReason(email: OutboxEmail<unknown>, optOut: boolean): string | null {
  if (email.recipient.disabled) return 'recipient disabled';
  if (optOut && email.recipient.optOuts.includes(email.kind)) return `recipient switched off ${email.kind}`;
  return null;
}

/** The whole re-check, pure: the recipient first, then the kind's rule over what it loaded. */
export function skipReasonOf<P, C>(
  handler: OutboxKindHandler<P, C>,
  email: OutboxEmail<P>,
  loaded: C,
): string | null {
  return recipientSkipReason(email, handler.optOut) ?? handler.skipReason(email, loaded);
}
