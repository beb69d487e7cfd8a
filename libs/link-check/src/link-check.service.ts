import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { TenantTransaction } from '@prongsai/database';
import { bangkokToday, fiscalYearOf } from '@prongsai/thai';
import { checkLink, LinkCheckOptions, LinkCheckResult, LinkOutcome } from './check-link';
import { evidenceLinksSql, LATEST_CHECK_SQL } from './evidence-links-sql';
import { KeyedLimiter } from './keyed-limiter';

/** Rows per INSERT of results (one jsonb parameter each). */
const RESULT_INSERT_BATCH = 500;
const USER_AGENT =
  'Prongsai-LinkCheck/1.0 (OIT evidence check for Thai local government; +https://prongsai.example)';

export interface LinkCheckRun {
  fiscalYear: number;
  checked: number;
  byOutcome: Record<LinkOutcome, number>;
  durationMs: number;
  /** The most requests in flight at one host during the run (never above LINK_CHECK_PER_HOST). */
  maxPerHost: number;
}

export interface EvidenceLink {
  url: string;
  /** The OIT item it is evidence for, or the measure. */
  itemCode: string | null;
  measureId: string | null;
  lastCheck: {
    outcome: LinkOutcome;
    httpStatus: number | null;
    finalUrl: string | null;
    redirects: number;
    durationMs: number;
    contentType: string | null;
    error: string | null;
    checkedAt: Date;
  } | null;
  /** Not OK since this check (the first failure after the last success), when it is not OK now. */
  brokenSince: Date | null;
  /**
   * The item was ACCEPTED and the page is not the one the supervisor saw: the latest hash differs from the
   * last one checked before the review (or, without one, the first after it).
   */
  changedSinceAccepted: boolean;
}

/**
 * Checks the evidence links of one organization or of all, and reads the results. Runs as the system (the
 * worker's job); reads use the caller's row-level security.
 */
@Injectable()
export class LinkCheckService {
  private readonly logger = new Logger(LinkCheckService.name);

  constructor(
    private readonly tx: TenantTransaction,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private options(): LinkCheckOptions {
    const c = this.config.linkCheck;
    return {
      allowAddresses: c.allowAddresses,
      connectTimeoutMs: c.connectTimeoutMs,
      timeoutMs: c.timeoutMs,
      maxBytes: c.maxBytes,
      maxRedirects: 5,
      userAgent: USER_AGENT,
    };
  }

  /** Every distinct (organization, url) of the year — of one organization, or of all when null. */
  async run(organizationId: string | null, fiscalYear = fiscalYearOf(bangkokToday())): Promise<LinkCheckRun> {
    const started = Date.now();
    const links = await this.tx.asSystem('link check: list', (em) =>
      em.query<{ organization_id: string; url: string }[]>(
        organizationId
          ? `SELECT DISTINCT organization_id, url FROM ${evidenceLinksSql('$1::uuid', '$2::int')} l`
          : `SELECT DISTINCT l.organization_id, l.url FROM organizations o
             CROSS JOIN LATERAL ${evidenceLinksSql('o.id', '$1::int')} l`,
        organizationId ? [organizationId, fiscalYear] : [fiscalYear],
      ),
    );
    // One check per distinct URL, whoever links to it: 158 LAOs citing one provincial page cost one request.
    const byUrl = new Map<string, string[]>();
    for (const l of links) byUrl.set(l.url, [...(byUrl.get(l.url) ?? []), l.organization_id]);
    const limiter = new KeyedLimiter(this.config.linkCheck.concurrency, this.config.linkCheck.perHost);
    const options = this.options();
    const byOutcome: Record<LinkOutcome, number> = { OK: 0, BROKEN: 0, UNREACHABLE: 0, REFUSED: 0 };
    const pending: { organizationId: string; result: LinkCheckResult; checkedAt: Date }[] = [];
    const flush = async () => {
      const batch = pending.splice(0, pending.length);
      if (batch.length) await this.store(batch);
    };
    await Promise.all(
      [...byUrl].map(async ([url, organizations]) => {
        const result = await checkLink(url, options, limiter);
        byOutcome[result.outcome]++;
        const checkedAt = new Date();
        for (const org of organizations) pending.push({ organizationId: org, result, checkedAt });
        if (pending.length >= RESULT_INSERT_BATCH) await flush();
      }),
    );
    await flush();
    const summary = {
      fiscalYear,
      checked: byUrl.size,
      byOutcome,
      durationMs: Date.now() - started,
      maxPerHost: limiter.maxSeenPerKey,
    };
    this.logger.log({ organizationId, ...summary }, 'evidence links checked');
    return summary;
  }

  private async store(
    rows: { organizationId: string; result: LinkCheckResult; checkedAt: Date }[],
  ): Promise<void> {
    await this.tx.asSystem('link check: store', (em) =>
      em.query(
        `INSERT INTO link_check_results (organization_id, url, checked_at, outcome, http_status, final_url,
           redirects, duration_ms, content_type, content_hash, truncated, error)
         SELECT r.organization_id, r.url, r.checked_at, r.outcome, r.http_status, r.final_url, r.redirects,
           r.duration_ms, r.content_type, r.content_hash, r.truncated, r.error
         FROM jsonb_to_recordset($1::jsonb) AS r(organization_id uuid, url text, checked_at timestamptz,
           outcome text, http_status int, final_url text, redirects int, duration_ms int, content_type text,
           content_hash text, truncated boolean, error text)`,
        [
          JSON.stringify(
            rows.map(({ organizationId, result: r, checkedAt }) => ({
              organization_id: organizationId,
              url: r.url.slice(0, 2000),
              checked_at: checkedAt.toISOString(),
              outcome: r.outcome,
              http_status: r.httpStatus,
              final_url: r.finalUrl?.slice(0, 2000) ?? null,
              redirects: r.redirects,
              duration_ms: r.durationMs,
              content_type: r.contentType,
              content_hash: r.contentHash,
              truncated: r.truncated,
              error: r.error,
            })),
          ),
        ],
      ),
    );
  }

  /** The organization's evidence links of the year with their latest check (caller's row-level security). */
  links(organizationId: string, fiscalYear: number): Promise<EvidenceLink[]> {
    return this.tx.run(async (em) => {
      const rows = await em.query<
        {
          url: string;
          item_code: string | null;
          measure_id: string | null;
          outcome: LinkOutcome | null;
          http_status: number | null;
          final_url: string | null;
          redirects: number | null;
          duration_ms: number | null;
          content_type: string | null;
          error: string | null;
          checked_at: Date | null;
          broken_since: Date | null;
          changed: boolean | null;
        }[]
      >(
        `SELECT l.url, l.item_code, l.measure_id, last.outcome, last.http_status, last.final_url, last.redirects,
           last.duration_ms, last.content_type, last.error, last.checked_at,
           CASE WHEN last.outcome <> 'OK' THEN (
             SELECT min(r.checked_at) FROM link_check_results r
             WHERE r.organization_id = l.organization_id AND r.url = l.url AND r.outcome <> 'OK'
               AND r.checked_at > coalesce((SELECT max(k.checked_at) FROM link_check_results k
                 WHERE k.organization_id = l.organization_id AND k.url = l.url AND k.outcome = 'OK'), '-infinity')
           ) END AS broken_since,
           (l.accepted AND last.outcome = 'OK' AND base.content_hash IS NOT NULL
              AND last.content_hash IS DISTINCT FROM base.content_hash) AS changed
         FROM ${evidenceLinksSql('$1::uuid', '$2::int')} l
         LEFT JOIN LATERAL ${LATEST_CHECK_SQL} last ON true
         LEFT JOIN LATERAL (
           SELECT r.content_hash FROM link_check_results r
           WHERE l.accepted AND r.organization_id = l.organization_id AND r.url = l.url AND r.outcome = 'OK'
           -- The page as the supervisor saw it: the last check before the review, else the first after.
           ORDER BY (r.checked_at <= l.reviewed_at) DESC,
             CASE WHEN r.checked_at <= l.reviewed_at THEN r.checked_at END DESC,
             r.checked_at ASC
           LIMIT 1
         ) base ON true
         ORDER BY l.item_code NULLS LAST, l.measure_id, l.url`,
        [organizationId, fiscalYear],
      );
      return rows.map((r) => ({
        url: r.url,
        itemCode: r.item_code,
        measureId: r.measure_id,
        lastCheck:
          r.outcome && r.checked_at
            ? {
                outcome: r.outcome,
                httpStatus: r.http_status,
                finalUrl: r.final_url,
                redirects: r.redirects ?? 0,
                durationMs: r.duration_ms ?? 0,
                contentType: r.content_type,
                error: r.error,
                checkedAt: r.checked_at,
              }
            : null,
        brokenSince: r.broken_since,
        changedSinceAccepted: r.changed === true,
      }));
    });
  }
}
