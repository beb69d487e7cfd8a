import { Injectable, Logger } from '@nestjs/common';
import { BadInputError } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { parseIsoDate } from '@prongsai/thai';
import { weekStart } from './reminder-occurrence';
import { ReminderScanService } from './reminder-scan.service';

/**
 * The weekly digest: one outbox row per province supervisor and province per ISO week (a retried or late
 * run in the same week creates nothing). What the digest lists is read when it is sent.
 */
@Injectable()
export class SupervisorDigestService {
  private readonly logger = new Logger(SupervisorDigestService.name);

  constructor(
    private readonly tx: TenantTransaction,
    private readonly scans: ReminderScanService,
  ) {}

  async createDigests(asOf: string): Promise<{ created: number }> {
    const parsed = parseIsoDate(asOf);
    if (!parsed.ok) throw new BadInputError('asOf', parsed.reason);
    const rows: { id: string }[] = await this.tx.asSystem(`supervisor digest as of ${asOf}`, (em) =>
      em.query(
        `INSERT INTO notifications (kind, recipient_user_id, province_code, remind_on, as_of)
         SELECT 'SUPERVISOR_DIGEST', ms.user_id, ms.province_code, $2::date, $1::date
         FROM memberships ms
         JOIN users u ON u.id = ms.user_id
         WHERE ms.role = 'PROVINCE_SUPERVISOR' AND NOT u.disabled
           AND NOT ('SUPERVISOR_DIGEST' = ANY (u.email_opt_outs))
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [parsed.value, weekStart(parsed.value)],
      ),
    );
    await this.scans.enqueueSends(rows.map((r) => r.id));
    this.logger.log({ asOf, created: rows.length }, 'supervisor digests created');
    return { created: rows.length };
  }
}
