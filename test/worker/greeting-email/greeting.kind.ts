import { Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantTransaction } from '@prongsai/database';
import { RenderedEmail } from '@prongsai/mail';
import {
  NewOutboxEmail,
  OutboxEmail,
  OutboxKind,
  OutboxKindHandler,
  OutboxModule,
  OutboxService,
  RenderLinks,
} from '@prongsai/outbox';

/**
 * A kind of email that exists only in the tests, added the way every new kind is — in one folder, without
 * touching libs/outbox: a payload type, a handler decorated with @OutboxKind, a producer, a module. It is
 * shaped like an invitation: it goes to an address that may have no account, it cannot be switched off,
 * and it stops being wanted once it expires.
 */
export const GREETING_KIND = 'TEST_GREETING';

export interface GreetingPayload {
  /** Who greets (shown in the email). */
  from: string;
  /** ISO timestamp after which the greeting is no longer wanted. */
  expiresAt: string;
}

interface GreetingFacts {
  organizationName: string | null;
}

type Email = OutboxEmail<GreetingPayload>;

@Injectable()
@OutboxKind()
export class GreetingKind implements OutboxKindHandler<GreetingPayload, GreetingFacts> {
  readonly kinds = [GREETING_KIND];
  readonly optOut = false;

  async load(em: EntityManager, email: Email): Promise<GreetingFacts> {
    const [row] = await em.query<{ name_th: string }[]>(`SELECT name_th FROM organizations WHERE id = $1`, [
      email.organizationId,
    ]);
    return { organizationName: row?.name_th ?? null };
  }

  skipReason(email: Email): string | null {
    return Date.parse(email.payload.expiresAt) < Date.now() ? 'greeting expired' : null;
  }

  render(email: Email, facts: GreetingFacts, links: RenderLinks): RenderedEmail {
    const text = `สวัสดี ${email.recipient.name} จาก ${email.payload.from} (${facts.organizationName}) ${links.appUrl}/`;
    return { subject: `[Prongsai] คำทักทายจาก ${email.payload.from}`, text, html: `<p>${text}</p>` };
  }
}

/** The producer: one greeting per (organization, address), in the caller's transaction, then dispatched. */
@Injectable()
export class GreetingService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly outbox: OutboxService,
  ) {}

  async greet(
    to: { email: string; name: string } | { userId: string },
    organizationId: string,
    payload: GreetingPayload,
  ) {
    const address = 'email' in to ? to.email : to.userId;
    const email: NewOutboxEmail<GreetingPayload> = {
      kind: GREETING_KIND,
      idempotencyKey: `test-greeting:${organizationId}:${address}`,
      recipient: to,
      organizationId,
      payload,
    };
    const ids = await this.tx.asSystem('test greeting', (em) => this.outbox.add(em, [email]));
    await this.outbox.dispatch(ids);
    return ids;
  }
}

@Module({ imports: [OutboxModule], providers: [GreetingKind, GreetingService], exports: [GreetingService] })
export class GreetingEmailModule {}
