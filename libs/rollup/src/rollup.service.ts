import { Injectable } from '@nestjs/common';
import { BadInputError, ErrorReason, NotFoundError } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworksService } from '@prongsai/frameworks';
import { bangkokToday } from '@prongsai/thai';
import { assembleNationalRollup, assembleProvinceRollups } from './assemble-rollup';
import type { NationalRollup, ProvinceRollup } from './rollup-figures';
import {
  ALL_PARTS,
  RollupFilter,
  RollupParts,
  RollupQueryResult,
  rollupParams,
  rollupSql,
} from './rollup-query';

/** More than the largest province has LAOs (~330): the whole list, never an unbounded request. */
export const MAX_AT_RISK = 500;

export interface RollupRequest {
  /** What to compute (default: everything). `national` is decided by the method called. */
  readonly parts?: Omit<RollupParts, 'national'>;
  /** At-risk organizations to return per province (0 when the caller does not ask for them). */
  readonly atRiskLimit: number;
}

/**
 * Province and national roll-ups, computed by PostgreSQL in one statement per request (see rollup-query.ts),
 * as the caller: row-level security applies, so a supervisor's roll-up can only ever count the organizations
 * the database lets that supervisor see. Access itself (which province) is the API's check.
 */
@Injectable()
export class RollupService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly frameworks: FrameworksService,
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
    const result = await this.read([provinceCode], fiscalYear, request.atRiskLimit, parts, filter);
    const [rollup] = assembleProvinceRollups(result, fiscalYear);
    if (!rollup) throw new NotFoundError(ErrorReason.PROVINCE_NOT_FOUND, 'Province');
    return rollup;
  }

  async national(fiscalYear: number, request: RollupRequest): Promise<NationalRollup> {
    const parts = { ...(request.parts ?? ALL_PARTS), national: true };
    const result = await this.read(null, fiscalYear, request.atRiskLimit, parts);
    return assembleNationalRollup(result, fiscalYear);
  }

  private async read(
    provinceCodes: string[] | null,
    fiscalYear: number,
    atRiskLimit: number,
    parts: RollupParts,
    filter: RollupFilter = {},
  ): Promise<RollupQueryResult> {
    if (!Number.isInteger(atRiskLimit) || atRiskLimit < 0 || atRiskLimit > MAX_AT_RISK) {
      throw new BadInputError(
        'first',
        ErrorReason.OUT_OF_RANGE,
        `must be a whole number between 0 and ${MAX_AT_RISK}`,
      );
    }
    // Validates the year (BAD_USER_INPUT on fiscalYear); cached, so no query after the first request.
    await this.frameworks.get(fiscalYear);
    const params = rollupParams(provinceCodes, fiscalYear, bangkokToday(), atRiskLimit, filter);
    return this.tx.run(async (em) => {
      if (filter.districtCode) {
        const found = await em.query<unknown[]>(
          `SELECT 1 FROM districts WHERE code = $1 AND ($2::text[] IS NULL OR province_code = ANY ($2::text[]))`,
          [filter.districtCode, provinceCodes],
        );
        if (found.length === 0) {
          throw new BadInputError(
            'districtCode',
            ErrorReason.DISTRICT_OUTSIDE_PROVINCE,
            'not a district of this province',
          );
        }
      }
      const [row] = await em.query<RollupQueryResult[]>(rollupSql(parts), params);
      return row;
    });
  }
}
