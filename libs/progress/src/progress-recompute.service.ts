import { Injectable, Logger } from '@nestjs/common';
import { TenantTransaction } from '@prongsai/database';
import { bangkokToday, fiscalYearOf } from '@prongsai/thai';
import { ProgressService } from './progress.service';

/**
 * Organizations per `recomputeMany` call (one transaction, two input reads, one upsert) when whole years
 * are recomputed: a province is ~150-300, so a batch is about one province and a transaction stays short.
 */
export const RECOMPUTE_BATCH_SIZE = 250;

export interface RecomputeAllResult {
  organizations: number;
  years: number[];
}

/**
 * Whole years at once, as the system: the nightly job (overdue counts move with the calendar, with no write
 * to trigger a recompute) and the benchmark. Mutations use `ProgressService.recompute` in their own
 * transaction instead.
 */
@Injectable()
export class ProgressRecomputeService {
  private readonly logger = new Logger(ProgressRecomputeService.name);

  constructor(
    private readonly tx: TenantTransaction,
    private readonly progress: ProgressService,
  ) {}

  /**
   * Every organization for the current fiscal year (or the one given), plus, without a year, every stored
   * row of the previous and later years (measures run on into the next year), for years that have a
   * framework. Set-based, a batch of organizations per statement.
   */
  async recomputeAll(fiscalYear?: number): Promise<RecomputeAllResult> {
    const current = fiscalYearOf(bangkokToday());
    const pairs: { organization_id: string; fiscal_year: number }[] = await this.tx.asSystem(
      'progress recompute: list',
      (em) =>
        em.query(
          `SELECT t.organization_id, t.fiscal_year FROM (
             SELECT organization_id, fiscal_year FROM organization_progress
             WHERE CASE WHEN $2::int IS NULL THEN fiscal_year >= $1::int - 1 ELSE fiscal_year = $2::int END
             UNION SELECT id, coalesce($2::int, $1::int) FROM organizations
           ) t
           WHERE t.fiscal_year IN (SELECT fiscal_year FROM frameworks)
           ORDER BY t.fiscal_year, t.organization_id`,
          [current, fiscalYear ?? null],
        ),
    );
    const byYear = new Map<number, string[]>();
    for (const p of pairs) {
      const ids = byYear.get(p.fiscal_year) ?? [];
      ids.push(p.organization_id);
      byYear.set(p.fiscal_year, ids);
    }
    for (const [year, ids] of byYear) {
      for (let i = 0; i < ids.length; i += RECOMPUTE_BATCH_SIZE) {
        const batch = ids.slice(i, i + RECOMPUTE_BATCH_SIZE);
        await this.tx.asSystem(`progress recompute ${year}`, () => this.progress.recomputeMany(batch, year));
      }
      this.logger.log({ fiscalYear: year, organizations: ids.length }, 'progress recomputed');
    }
    return { organizations: pairs.length, years: [...byYear.keys()] };
  }
}
