import { Injectable, Logger } from '@nestjs/common';
import { TenantTransaction } from '@prongsai/database';
import { JobHandlers, JobName, QueueName } from '@prongsai/jobs';
import { ProgressService } from '@prongsai/progress';
import { bangkokToday, fiscalYearOf } from '@prongsai/thai';
import { QueueProcessor } from './queue-processor';

/** Organizations per recomputeMany call in the nightly run: a province is ~150-300. */
const BATCH = 250;

@Injectable()
export class ProgressProcessor implements QueueProcessor<QueueName.Progress> {
  private readonly logger = new Logger(ProgressProcessor.name);
  readonly queue = QueueName.Progress;
  readonly concurrency = 2;

  constructor(
    private readonly tx: TenantTransaction,
    private readonly progress: ProgressService,
  ) {}

  readonly handlers: JobHandlers<QueueName.Progress> = {
    [JobName.RecomputeProgress]: async ({ organizationId, fiscalYear }) => {
      await this.tx.asSystem(`recompute progress ${organizationId} ${fiscalYear}`, () =>
        this.progress.recompute(organizationId, fiscalYear),
      );
      return { organizationId, fiscalYear };
    },
    [JobName.RecomputeAllProgress]: async ({ fiscalYear }) => this.recomputeAll(fiscalYear),
  };

  /**
   * Every organization for the current fiscal year (or the one given), plus every stored row of the
   * previous and later years (measures run on into the next year), for years that have a framework.
   * Set-based, a batch of organizations per statement.
   */
  private async recomputeAll(only?: number): Promise<{ organizations: number; years: number[] }> {
    const current = fiscalYearOf(bangkokToday());
    const pairs: { organization_id: string; fiscal_year: number }[] = await this.tx.asSystem(
      'nightly progress recompute: list',
      (em) =>
        em.query(
          `SELECT t.organization_id, t.fiscal_year FROM (
             SELECT organization_id, fiscal_year FROM organization_progress
             WHERE CASE WHEN $2::int IS NULL THEN fiscal_year >= $1::int - 1 ELSE fiscal_year = $2::int END
             UNION SELECT id, coalesce($2::int, $1::int) FROM organizations
           ) t
           WHERE t.fiscal_year IN (SELECT fiscal_year FROM frameworks)
           ORDER BY t.fiscal_year, t.organization_id`,
          [current, only ?? null],
        ),
    );
    const byYear = new Map<number, string[]>();
    for (const p of pairs) {
      const ids = byYear.get(p.fiscal_year) ?? [];
      ids.push(p.organization_id);
      byYear.set(p.fiscal_year, ids);
    }
    for (const [year, ids] of byYear) {
      for (let i = 0; i < ids.length; i += BATCH) {
        const batch = ids.slice(i, i + BATCH);
        await this.tx.asSystem(`nightly progress recompute ${year}`, () =>
          this.progress.recomputeMany(batch, year),
        );
      }
      this.logger.log({ fiscalYear: year, organizations: ids.length }, 'progress recomputed');
    }
    return { organizations: pairs.length, years: [...byYear.keys()] };
  }
}
