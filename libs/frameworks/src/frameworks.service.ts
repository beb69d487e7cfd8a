import { Injectable } from '@nestjs/common';
import { BadInputError, ErrorReason } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworkRecord } from './framework.entity';
import { FrameworkDefinition, parseFrameworkDefinition } from './framework-definition';

/**
 * The framework of a fiscal year, from the `frameworks` table. A framework is fixed once seeded, so hits
 * are cached for the life of the process; misses are not, so a year seeded later is found at once.
 */
@Injectable()
export class FrameworksService {
  private readonly cache = new Map<number, FrameworkDefinition>();

  constructor(private readonly tx: TenantTransaction) {}

  /** Throws BAD_USER_INPUT on `field` (default `fiscalYear`) when no framework exists for that year. */
  async get(fiscalYear: number, field = 'fiscalYear'): Promise<FrameworkDefinition> {
    const framework = await this.find(fiscalYear);
    if (!framework) {
      throw new BadInputError(
        field,
        ErrorReason.FISCAL_YEAR_WITHOUT_FRAMEWORK,
        `no ITA framework for fiscal year ${fiscalYear} (Buddhist era, e.g. 2566)`,
      );
    }
    return framework;
  }

  async find(fiscalYear: number): Promise<FrameworkDefinition | null> {
    if (!Number.isInteger(fiscalYear)) return null;
    const cached = this.cache.get(fiscalYear);
    if (cached) return cached;
    const row = await this.tx.run((em) => em.findOne(FrameworkRecord, { where: { fiscalYear } }));
    if (!row) return null;
    // Validated on the way out too: a hand-edited row must fail loudly, not score wrongly.
    const framework = parseFrameworkDefinition(row.definition);
    this.cache.set(fiscalYear, framework);
    return framework;
  }

  async fiscalYears(): Promise<number[]> {
    const rows = await this.tx.run((em) =>
      em.find(FrameworkRecord, { select: { fiscalYear: true }, order: { fiscalYear: 'ASC' } }),
    );
    return rows.map((r) => r.fiscalYear);
  }
}
