import { Injectable } from '@nestjs/common';
import { ErrorReason, NotFoundError } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { NotificationKind } from './notification-kind';

export interface EmailPreference {
  kind: NotificationKind;
  enabled: boolean;
}

const ALL_KINDS = Object.values(NotificationKind);

/**
 * Which kinds of email a user receives, stored as the kinds switched off (users.email_opt_outs): a new kind
 * is on for everyone until they switch it off. The scan skips opted-out recipients and the send job checks
 * again, so switching off also stops what is already queued.
 */
@Injectable()
export class EmailPreferencesService {
  constructor(private readonly tx: TenantTransaction) {}

  async get(userId: string): Promise<EmailPreference[]> {
    const optOuts = await this.optOuts(userId);
    return ALL_KINDS.map((kind) => ({ kind, enabled: !optOuts.includes(kind) }));
  }

  /** Applies the given kinds only; kinds not mentioned keep their setting. */
  async update(userId: string, changes: readonly EmailPreference[]): Promise<EmailPreference[]> {
    const off = changes.filter((c) => !c.enabled).map((c) => c.kind);
    const on = changes.filter((c) => c.enabled).map((c) => c.kind);
    await this.tx.run(async (em) => {
      // One statement: concurrent updates of different kinds cannot overwrite each other.
      const rows: unknown[] = await em.query(
        `UPDATE users SET email_opt_outs = ARRAY(
           SELECT DISTINCT k FROM unnest(email_opt_outs || $2::text[]) AS k WHERE NOT (k = ANY ($3::text[])) ORDER BY k)
         WHERE id = $1 RETURNING id`,
        [userId, off, on],
      );
      if (rows.length === 0) throw new NotFoundError(ErrorReason.USER_NOT_FOUND, 'User');
    });
    return this.get(userId);
  }

  private async optOuts(userId: string): Promise<string[]> {
    const rows: { email_opt_outs: string[] }[] = await this.tx.run((em) =>
      em.query(`SELECT email_opt_outs FROM users WHERE id = $1`, [userId]),
    );
    if (!rows[0]) throw new NotFoundError(ErrorReason.USER_NOT_FOUND, 'User');
    return rows[0].email_opt_outs;
  }
}
