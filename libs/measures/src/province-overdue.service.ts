import { Injectable } from '@nestjs/common';
import { OrganizationType } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { openMeasureSql } from './measure-status';

export interface ProvinceOverdueFilter {
  districtCode?: string | null;
  organizationType?: OrganizationType | null;
}

export interface ProvinceOverdueMeasure {
  id: string;
  title: string;
  responsible: string;
  dueDate: string;
  daysOverdue: number;
  organizationId: string;
  organizationCode: string;
  organizationName: string;
}

export interface ProvinceOverdueMeasures {
  totalCount: number;
  items: ProvinceOverdueMeasure[];
}

/** The most rows one request may ask for. */
export const PROVINCE_OVERDUE_MAX = 200;

/**
 * The open measures of a province's LAOs due before `today` (Bangkok), most overdue first, with the
 * count of all of them. Read under row-level security, so only LAOs the caller may see are counted;
 * the province access itself is checked by the API.
 */
@Injectable()
export class ProvinceOverdueService {
  constructor(private readonly tx: TenantTransaction) {}

  async list(
    provinceCode: string,
    fiscalYear: number,
    today: string,
    filter: ProvinceOverdueFilter,
    limit: number,
    offset: number,
  ): Promise<ProvinceOverdueMeasures> {
    return this.tx.run(async (em) => {
      const params: unknown[] = [provinceCode, fiscalYear, today];
      let where = `o.province_code = $1 AND m.fiscal_year = $2 AND ${openMeasureSql('m')} AND m.due_date < $3::date`;
      if (filter.districtCode) {
        params.push(filter.districtCode);
        where += ` AND o.district_code = $${params.length}`;
      }
      if (filter.organizationType) {
        params.push(filter.organizationType);
        where += ` AND o.type = $${params.length}::organization_type`;
      }
      const from = `FROM measures m JOIN organizations o ON o.id = m.organization_id WHERE ${where}`;
      const [{ count }] = await em.query<{ count: number }[]>(
        `SELECT count(*)::int AS count ${from}`,
        params,
      );
      const rows = await em.query<ProvinceOverdueMeasure[]>(
        `SELECT m.id, m.title, m.responsible, to_char(m.due_date, 'YYYY-MM-DD') AS "dueDate",
                ($3::date - m.due_date)::int AS "daysOverdue", o.id AS "organizationId",
                o.code AS "organizationCode", o.name_th AS "organizationName"
         ${from}
         ORDER BY m.due_date ASC, o.code ASC, m.title ASC, m.id ASC
         LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, limit, offset],
      );
      return { totalCount: count, items: rows };
    });
  }
}
