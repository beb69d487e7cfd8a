import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { BadInputError, ErrorReason, NotFoundError } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworksService } from '@prongsai/frameworks';
import { bangkokToday } from '@prongsai/thai';
import { assembleNationalRollup, assembleProvinceRollups } from './assemble-rollup';
import { RollupCache } from './rollup-cache';
import type { NationalRollup, ProvinceRollup } from './rollup-figures';
import {
  ALL_PARTS,
  RollupFilter,
  RollupParts,
  ROLLUP_COLUMNS,
  RollupQueryResult,
  rollupParams,
  rollupSql,
} from './rollup-query';
import { RollupVersionRecord } from './rollup-version.entity';

/** More than the largest province has LAOs (~330): the whole list, never an unbounded request. */
export const MAX_AT_RISK = 500;

export interface RollupRequest {
  /** What to compute (default: everything). `national` is decided by the method called. */
  readonly parts?: Omit<RollupParts, 'national'>;
  /** At-risk organizations to return per province (0 when the caller does not ask for them). */
  readonly atRiskLimit: number;
  /**
   * Whom row-level security will answer (`visibilityKey` of the caller's memberships): callers with the same
   * key share cached roll-ups. Absent: computed afresh every time, never cached.
   */
  readonly audience?: string;
}

/** Per API process: ~77 provinces × a few filters and selections; each entry is one assembled roll-up. */
const CACHE_ENTRIES = 200;
/** A bound, not the invalidation: writes invalidate at once through the data version. */
const CACHE_MAX_AGE_MS = 10 * 60_000;

/**
 * Province and national roll-ups, computed by PostgreSQL in one statement per request (see rollup-query.ts),
 * as the caller: row-level security applies, so a supervisor's roll-up can only ever count the organizations
 * the database lets that supervisor see. Access itself (which province) is the API's check.
 */
@Injectable()
export class RollupService {
  private readonly cache = new RollupCache<ProvinceRollup | NationalRollup>(CACHE_ENTRIES, CACHE_MAX_AGE_MS);

  constructor(
    private readonly tx: TenantTransaction,
    private readonly frameworks: FrameworksService,
    @InjectRepository(RollupVersionRecord) private readonly versions: Repository<RollupVersionRecord>,
  ) {}

  /**
   * A filter narrows every figure to the LAOs of one district and/or one type (the dashboard's filters). A
   * district of another province is BAD_USER_INPUT (field districtCode), not an empty roll-up.
   */
  async province(
    provinceCode: string,
    fiscalYear: number,
    request: RollupRequest,
    filter: RollupFilter = {},
  ): Promise<ProvinceRollup> {
    const parts = { ...(request.parts ?? ALL_PARTS), national: false };
    return this.cached([provinceCode], fiscalYear, request, parts, filter, (row) => {
      const [rollup] = assembleProvinceRollups(row, fiscalYear);
      if (!rollup) throw new NotFoundError(ErrorReason.PROVINCE_NOT_FOUND, 'Province');
      return rollup;
    });
  }

  async national(fiscalYear: number, request: RollupRequest): Promise<NationalRollup> {
    const parts = { ...(request.parts ?? ALL_PARTS), national: true };
    return this.cached(null, fiscalYear, request, parts, {}, (row) =>
      assembleNationalRollup(row, fiscalYear),
    );
  }

  /**
   * The roll-up from this process's cache when nothing it reads has changed since it was computed, else
   * computed (and cached). The key carries everything the answer depends on: the provinces, year, today's
   * date (overdue counts move at midnight), the parts, the at-risk length, the filter, and whom row-level
   * security answers. The data version is read only when an entry could answer (one statement); a roll-up
   * is computed in one statement that also reads the version it is stored under, from a snapshot taken
   * before the roll-up's own: a write committed in between makes the roll-up newer than its version, never
   * older, so the next request reads a new version and computes again.
   */
  private async cached<T extends ProvinceRollup | NationalRollup>(
    provinceCodes: string[] | null,
    fiscalYear: number,
    request: RollupRequest,
    parts: RollupParts,
    filter: RollupFilter,
    assemble: (row: RollupQueryResult) => T,
  ): Promise<T> {
    // One date for the key and the statement: at midnight a roll-up of the new day is never stored under
    // the old day's key.
    const today = bangkokToday();
    const key =
      request.audience === undefined
        ? null
        : JSON.stringify([
            provinceCodes,
            fiscalYear,
            today,
            parts,
            request.atRiskLimit,
            filter.districtCode ?? null,
            filter.organizationType ?? null,
            request.audience,
          ]);
    if (key !== null && this.cache.has(key, Date.now())) {
      const [{ version }] = await this.versions.query<{ version: string }[]>(
        `SELECT prongsai_rollup_version($1::text[]) AS version`,
        [provinceCodes],
      );
      const hit = this.cache.get(key, version, Date.now());
      if (hit) return hit as T;
    }
    const { row, version } = await this.read(
      provinceCodes,
      fiscalYear,
      today,
      request.atRiskLimit,
      parts,
      filter,
    );
    const value = assemble(row);
    if (key !== null) this.cache.set(key, version, value, Date.now());
    return value;
  }

  /**
   * The roll-up statement, as the caller (row-level security on), in one statement of its own
   * (TenantTransaction.queryAlone); beside it, outside the context: the data version and whether the
   * filter's district belongs to the provinces asked for.
   */
  private async read(
    provinceCodes: string[] | null,
    fiscalYear: number,
    today: string,
    atRiskLimit: number,
    parts: RollupParts,
    filter: RollupFilter = {},
  ): Promise<{ row: RollupQueryResult; version: string }> {
    if (!Number.isInteger(atRiskLimit) || atRiskLimit < 0 || atRiskLimit > MAX_AT_RISK) {
      throw new BadInputError(
        'first',
        ErrorReason.OUT_OF_RANGE,
        `must be a whole number between 0 and ${MAX_AT_RISK}`,
      );
    }
    // Validates the year (BAD_USER_INPUT on fiscalYear); cached, so no query after the first request.
    await this.frameworks.get(fiscalYear);
    const [row] = await this.tx.queryAlone<RollupQueryResult & { version: string; district_found: boolean }>(
      { sql: rollupSql(parts), params: rollupParams(provinceCodes, fiscalYear, today, atRiskLimit, filter) },
      ROLLUP_COLUMNS,
      {
        // Districts are not tenant data (no row-level security): the check needs no context.
        select: `prongsai_rollup_version($1::text[]) AS version,
          ($2::text IS NULL OR EXISTS (SELECT 1 FROM districts
            WHERE code = $2::text AND ($1::text[] IS NULL OR province_code = ANY ($1::text[])))) AS district_found`,
        params: [provinceCodes, filter.districtCode ?? null],
      },
    );
    if (!row.district_found) {
      throw new BadInputError(
        'districtCode',
        ErrorReason.DISTRICT_OUTSIDE_PROVINCE,
        'not a district of this province',
      );
    }
    const { version, district_found: _found, ...result } = row;
    return { row: result, version };
  }
}
