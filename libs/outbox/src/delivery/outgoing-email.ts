import { OutgoingEmail, RenderedEmail } from '@prongsai/mail';
import { OutboxEmail } from '../outbox-kind';

/** The row id is the Message-ID, so every attempt of one row sends the same one. */
export function messageIdFor(notificationId: string, domain: string): string {
  return `${notificationId}@${domain}`;
}

export function outgoingEmail(
  email: OutboxEmail<unknown>,
  rendered: RenderedEmail,
  messageId: string,
): OutgoingEmail {
  return {
    to: { name: email.recipient.name, address: email.recipient.email },
    ...rendered,
    messageId,
    headers: {
      'X-Prongsai-Notification': email.id,
      'X-Prongsai-Kind': email.kind,
      // RFC 3834: machine-generated; auto-responders should not answer.
      'Auto-Submitted': 'auto-generated',
    },
  };
}
