import { Injectable, Logger } from '@nestjs/common';
import { BadInputError, ErrorReason } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { OutboxService } from '@prongsai/outbox';
import { parseIsoDate } from '@prongsai/thai';
import { NotificationKind } from './notification-kind';
import { weekStart } from './reminder-occurrence';

/**
 * The weekly digest: one outbox row per province supervisor and province per ISO week (a retried or late
 * run in the same week creates nothing). What the digest lists is read when it is sent.
 */
@Injectable()
export class SupervisorDigestService {
  private readonly logger = new Logger(SupervisorDigestService.name);

  constructor(
    private readonly tx: TenantTransaction,
    private readonly outbox: OutboxService,
  ) {}

  async createDigests(asOf: string): Promise<{ created: number }> {
    const parsed = parseIsoDate(asOf);
    if (!parsed.ok) throw new BadInputError('asOf', ErrorReason.INVALID_DATE, parsed.reason);
    const monday = weekStart(parsed.value);
    const ids = await this.tx.asSystem(`supervisor digest as of ${asOf}`, (em) =>
      this.outbox.addSelected(
        em,
        // The key is supervisorDigestKey(province, week, user), written in SQL.
        `SELECT $3::text, 'supervisor-digest:' || ms.province_code || ':' || $2::date::text || ':' || ms.user_id,
           ms.user_id, NULL::uuid, ms.province_code,
           jsonb_build_object('weekStart', $2::date, 'asOf', $1::date)
         FROM memberships ms
         JOIN users u ON u.id = ms.user_id
         WHERE ms.role = 'PROVINCE_SUPERVISOR' AND NOT u.disabled AND NOT ($3::text = ANY (u.email_opt_outs))`,
        [parsed.value, monday, NotificationKind.SUPERVISOR_DIGEST],
      ),
    );
    await this.outbox.dispatch(ids);
    this.logger.log({ asOf, created: ids.length }, 'supervisor digests created');
    return { created: ids.length };
  }
}
