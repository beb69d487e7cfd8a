import { SetMetadata } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RenderedEmail } from '@prongsai/mail';

/** The recipient of a claimed email as it is now (an account's current address, or the stored one). */
export interface OutboxRecipient {
  userId: string | null;
  email: string;
  name: string;
  /** The account is disabled (never true for an address without an account). */
  disabled: boolean;
  /** The kinds the account switched off (`users.email_opt_outs`). */
  optOuts: readonly string[];
}

/** An outbox row as its kind sees it when the email is sent: locked, PENDING, recipient resolved. */
export interface OutboxEmail<P = Record<string, unknown>> {
  id: string;
  kind: string;
  attempts: number;
  organizationId: string | null;
  provinceCode: string | null;
  recipient: OutboxRecipient;
  payload: P;
}

/** A row to put in the outbox (`OutboxService.add`). */
export interface NewOutboxEmail<P extends object = Record<string, unknown>> {
  kind: string;
  /** Same key, same email: adding it again creates nothing. At most 300 characters. */
  idempotencyKey: string;
  recipient: { userId: string } | { email: string; name: string };
  organizationId?: string | null;
  provinceCode?: string | null;
  payload: P;
}

export interface RenderLinks {
  /** The web app's public URL (APP_URL), without a trailing slash. */
  appUrl: string;
}

/**
 * What a kind of email brings to the outbox. Delivery claims a row, asks its kind to `load` what the email
 * needs (inside the delivery's transaction, with the row locked), asks `skipReason` whether it is still
 * wanted, `render`s it, and sends it exactly once. `skipReason` and `render` are pure, so a kind's rules and
 * wording are unit-tested without a database.
 *
 * Register a kind by decorating an injectable with `@OutboxKind()` and providing it in any module of the
 * app that runs the worker: the outbox finds it at start-up (`OutboxKindRegistry`) and refuses to start
 * when two handlers claim one kind name.
 */
export interface OutboxKindHandler<P = Record<string, unknown>, C = unknown> {
  /** The `notifications.kind` values this handler sends. */
  readonly kinds: readonly string[];
  /**
   * Whether users may switch these kinds off (`users.email_opt_outs`). Reminders may be; an invitation or a
   * password reset, which the person asked for, may not.
   */
  readonly optOut: boolean;
  load(em: EntityManager, email: OutboxEmail<P>): Promise<C>;
  /** Why the email must not be sent any more (it becomes SKIPPED with this reason), or null. */
  skipReason(email: OutboxEmail<P>, loaded: C): string | null;
  render(email: OutboxEmail<P>, loaded: C, links: RenderLinks): RenderedEmail;
}

export const OUTBOX_KIND = 'prongsai:outbox-kind';

/** Marks a provider as an `OutboxKindHandler`. */
export const OutboxKind = (): ClassDecorator => SetMetadata(OUTBOX_KIND, true);
