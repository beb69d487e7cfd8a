import { Injectable } from '@nestjs/common';
import { BadInputError, ErrorReason } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworkDefinition, parseFrameworkDefinition } from './framework-definition';
import { FrameworkSource } from './framework-version.entity';

/** A fiscal year's current published framework with what says where it stands. */
export interface PublishedFramework {
  readonly versionId: string;
  readonly fiscalYear: number;
  readonly revision: number;
  readonly source: FrameworkSource;
  readonly confirmedByNacc: boolean;
  readonly note: string | null;
  readonly publishedAt: Date;
  readonly definition: FrameworkDefinition;
}

/**
 * How long this process trusts its answer to "which revision is current for year Y" (hits and misses).
 * Publishing in this process forgets the year at once; another process (the worker, a second API) sees a
 * new revision within this time — and an estimate computed with the old one in between says so
 * (`framework_revision`) and is recomputed on its next read.
 */
export const CURRENT_REVISION_TTL_MS = 5_000;

type CurrentRow = Omit<PublishedFramework, 'definition' | 'fiscalYear'>;

/**
 * The current published framework of a fiscal year (`frameworks` → `framework_versions`). DRAFT versions
 * are never returned here: only published frameworks score, take measures or answers. Which revision is
 * current is cached for `CURRENT_REVISION_TTL_MS` (a hot path: every scored request asks); parsed
 * definitions are cached by version id for good, which is safe because a published version never changes.
 */
@Injectable()
export class FrameworksService {
  private readonly definitions = new Map<string, FrameworkDefinition>();
  private readonly current = new Map<number, { readonly until: number; readonly row: CurrentRow | null }>();

  /** Forget which revision is current for the year (after publishing one). */
  forget(fiscalYear: number): void {
    this.current.delete(fiscalYear);
  }

  constructor(private readonly tx: TenantTransaction) {}

  /** Throws BAD_USER_INPUT on `field` (default `fiscalYear`) when no framework is published for that year. */
  async get(fiscalYear: number, field = 'fiscalYear'): Promise<FrameworkDefinition> {
    return (await this.getPublished(fiscalYear, field)).definition;
  }

  async find(fiscalYear: number): Promise<FrameworkDefinition | null> {
    return (await this.findPublished(fiscalYear))?.definition ?? null;
  }

  async getPublished(fiscalYear: number, field = 'fiscalYear'): Promise<PublishedFramework> {
    const framework = await this.findPublished(fiscalYear);
    if (!framework) {
      throw new BadInputError(
        field,
        ErrorReason.FISCAL_YEAR_WITHOUT_FRAMEWORK,
        `no ITA framework for fiscal year ${fiscalYear} (Buddhist era, e.g. 2566)`,
      );
    }
    return framework;
  }

  async findPublished(fiscalYear: number): Promise<PublishedFramework | null> {
    if (!Number.isInteger(fiscalYear)) return null;
    const cached = this.current.get(fiscalYear);
    if (cached && cached.until > Date.now()) {
      if (!cached.row) return null;
      const definition = this.definitions.get(cached.row.versionId);
      if (definition) return { ...cached.row, fiscalYear, definition };
    }
    const found = await this.readPublished(fiscalYear);
    this.current.set(fiscalYear, {
      until: Date.now() + CURRENT_REVISION_TTL_MS,
      row: found && {
        versionId: found.versionId,
        revision: found.revision,
        source: found.source,
        confirmedByNacc: found.confirmedByNacc,
        note: found.note,
        publishedAt: found.publishedAt,
      },
    });
    return found;
  }

  private readPublished(fiscalYear: number): Promise<PublishedFramework | null> {
    return this.tx.run(async (em) => {
      const [row]: {
        version_id: string;
        revision: number;
        source: FrameworkSource;
        confirmed_by_nacc: boolean;
        note: string | null;
        published_at: Date;
      }[] = await em.query(
        `SELECT f.version_id, f.revision, v.source, v.confirmed_by_nacc, v.note, v.published_at
         FROM frameworks f JOIN framework_versions v ON v.id = f.version_id WHERE f.fiscal_year = $1`,
        [fiscalYear],
      );
      if (!row) return null;
      let definition = this.definitions.get(row.version_id);
      if (!definition) {
        const [{ definition: json }]: { definition: unknown }[] = await em.query(
          `SELECT definition FROM framework_versions WHERE id = $1`,
          [row.version_id],
        );
        // Validated on the way out too: a hand-edited row must fail loudly, not score wrongly.
        definition = parseFrameworkDefinition(json);
        this.definitions.set(row.version_id, definition);
      }
      return {
        versionId: row.version_id,
        fiscalYear,
        revision: row.revision,
        source: row.source,
        confirmedByNacc: row.confirmed_by_nacc,
        note: row.note,
        publishedAt: new Date(row.published_at),
        definition,
      };
    });
  }

  /** Fiscal years with a published framework, oldest first. */
  async fiscalYears(): Promise<number[]> {
    const rows: { fiscal_year: number }[] = await this.tx.run((em) =>
      em.query(`SELECT fiscal_year FROM frameworks ORDER BY fiscal_year`),
    );
    return rows.map((r) => r.fiscal_year);
  }
}
