import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DigestOrganization, renderSupervisorDigestEmail, RenderedEmail } from '@prongsai/mail';
import { brokenEvidenceLinksSql } from '@prongsai/link-check';
import { openMeasureSql } from '@prongsai/measures';
import { OutboxEmail, OutboxKind, OutboxKindHandler, RenderLinks } from '@prongsai/outbox';
import { fiscalYearOf } from '@prongsai/thai';
import { NotificationKind } from '../notification-kind';
import { SupervisorDigestPayload } from '../reminder-payloads';

export interface SupervisorDigestFacts {
  provinceName: string;
  /** Still a PROVINCE_SUPERVISOR of the province. */
  recipientSupervises: boolean;
  /** Every LAO of the province with its stored progress and the measures overdue as of the digest's date. */
  organizations: {
    id: string;
    name: string;
    estimatedScore: number | null;
    gapToPass: number | null;
    passing: boolean | null;
    measuresOverdue: number;
    /** Evidence links of the year not OK at their latest check (the link checker's nightly run). */
    brokenLinks: number;
  }[];
}

type Email = OutboxEmail<SupervisorDigestPayload>;

export function renderSupervisorDigest(
  email: Email,
  facts: SupervisorDigestFacts,
  links: RenderLinks,
): RenderedEmail {
  const organizations: DigestOrganization[] = facts.organizations.map((o) => ({
    name: o.name,
    estimatedScore: o.estimatedScore,
    gapToPass: o.gapToPass,
    passing: o.passing,
    measuresOverdue: o.measuresOverdue,
    brokenLinks: o.brokenLinks,
    url: `${links.appUrl}/organizations/${o.id}`,
  }));
  return renderSupervisorDigestEmail({
    recipientName: email.recipient.name,
    provinceName: facts.provinceName,
    fiscalYear: fiscalYearOf(email.payload.asOf),
    asOf: email.payload.asOf,
    appUrl: `${links.appUrl}/provinces/${email.provinceCode}`,
    organizations,
  });
}

/** A province supervisor's weekly digest (Monday): every LAO, worst first, with overdue measures. */
@Injectable()
@OutboxKind()
export class SupervisorDigestKind implements OutboxKindHandler<
  SupervisorDigestPayload,
  SupervisorDigestFacts
> {
  readonly kinds = [NotificationKind.SUPERVISOR_DIGEST];
  readonly optOut = true;

  async load(em: EntityManager, email: Email): Promise<SupervisorDigestFacts> {
    const [province] = await em.query<{ name_th: string; supervises: boolean }[]>(
      `SELECT p.name_th, EXISTS (SELECT 1 FROM memberships ms WHERE ms.user_id = $2
           AND ms.role = 'PROVINCE_SUPERVISOR' AND ms.province_code = p.code) AS supervises
       FROM provinces p WHERE p.code = $1`,
      [email.provinceCode, email.recipient.userId],
    );
    const rows = await em.query<
      {
        id: string;
        name_th: string;
        estimated_score: string | null;
        gap_to_pass: string | null;
        passing: boolean | null;
        measures_overdue: number;
        broken_links: number;
      }[]
    >(
      `SELECT o.id, o.name_th, pr.estimated_score, pr.gap_to_pass, pr.passing,
         (SELECT count(*) FROM measures m WHERE m.organization_id = o.id
            AND ${openMeasureSql('m')} AND m.due_date < $2::date)::int AS measures_overdue,
         ${brokenEvidenceLinksSql('o.id', '$3::int')} AS broken_links
       FROM organizations o
       LEFT JOIN organization_progress pr ON pr.organization_id = o.id AND pr.fiscal_year = $3
       WHERE o.province_code = $1
       ORDER BY o.code`,
      [email.provinceCode, email.payload.asOf, fiscalYearOf(email.payload.asOf)],
    );
    const toNumber = (v: string | null) => (v === null ? null : Number(v));
    return {
      provinceName: province?.name_th ?? '',
      recipientSupervises: province?.supervises ?? false,
      organizations: rows.map((o) => ({
        id: o.id,
        name: o.name_th,
        estimatedScore: toNumber(o.estimated_score),
        gapToPass: toNumber(o.gap_to_pass),
        passing: o.passing,
        measuresOverdue: o.measures_overdue,
        brokenLinks: o.broken_links,
      })),
    };
  }

  skipReason(_email: Email, facts: SupervisorDigestFacts): string | null {
    return facts.recipientSupervises ? null : 'recipient no longer responsible';
  }

  render(email: Email, facts: SupervisorDigestFacts, links: RenderLinks): RenderedEmail {
    return renderSupervisorDigest(email, facts, links);
  }
}
