import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '@prongsai/common';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { TenantTransaction } from '@prongsai/database';
import { RenderedEmail } from '@prongsai/mail';
import { OutboxEmail } from '@prongsai/outbox';
import { addDays } from '@prongsai/thai';
import { SupervisorDigestKind } from './email-kinds/supervisor-digest.kind';
import { NotificationKind } from './notification-kind';
import { weekStart } from './reminder-occurrence';
import { SupervisorDigestPayload } from './reminder-payloads';

/** The Monday the next digest goes out for: `date` itself when it is a Monday, else the following one. */
export function comingMonday(date: string): string {
  const monday = weekStart(date);
  return monday === date ? date : addDays(monday, 7);
}

/**
 * What a province supervisor's weekly digest would say if it were sent for `asOf` (the coming Monday):
 * the very email — the digest kind's own facts and renderer — read with the caller's rights (RLS), so the
 * preview cannot drift from what arrives on Monday. Nothing is stored or sent.
 */
@Injectable()
export class SupervisorDigestPreviewService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly digest: SupervisorDigestKind,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async preview(actor: Actor, provinceCode: string, asOf: string): Promise<RenderedEmail> {
    return this.tx.run(async (em) => {
      const [user] = await em.query<{ display_name: string; email: string }[]>(
        `SELECT display_name, email FROM users WHERE id = $1`,
        [actor.userId],
      );
      const email: OutboxEmail<SupervisorDigestPayload> = {
        id: 'preview',
        kind: NotificationKind.SUPERVISOR_DIGEST,
        attempts: 0,
        organizationId: null,
        provinceCode,
        recipient: {
          userId: actor.userId,
          email: user?.email ?? '',
          name: user?.display_name ?? '',
          disabled: false,
          optOuts: [],
        },
        payload: { weekStart: weekStart(asOf), asOf },
      };
      const facts = await this.digest.load(em, email);
      return this.digest.render(email, facts, { appUrl: this.config.http.appUrl });
    });
  }
}
