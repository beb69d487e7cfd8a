import { Injectable } from '@nestjs/common';
import { TenantTransaction } from '@prongsai/database';
import { MeasureStatus, openMeasureSql } from './measure-status';

/** One province-wide measure (createProvinceMeasure) and where its LAOs' copies stand. */
export interface ProvinceMeasureProgress {
  provinceMeasureId: string;
  /** The title it was created with (an LAO may retitle its own copy; the earliest copy's title is shown). */
  title: string;
  responsible: string;
  dueDate: string;
  createdAt: Date;
  /** LAOs that got a copy (and that the caller may see). */
  reached: number;
  completed: number;
  inProgress: number;
  planned: number;
  cancelled: number;
  carriedOver: number;
  /** Open copies (PLANNED, IN_PROGRESS) past their due date in Bangkok today. */
  overdue: number;
}

/**
 * The province-wide measures of a province and year with their copies counted by status, newest first:
 * the supervisor's "how many LAOs have done it". Read under row-level security, so only LAOs the caller may
 * see are counted; the province access itself is checked by the API. One grouped statement over the
 * measures of the province's LAOs (IDX on province_measure_id keeps it to the copies).
 */
@Injectable()
export class ProvinceMeasureProgressService {
  constructor(private readonly tx: TenantTransaction) {}

  list(provinceCode: string, fiscalYear: number, today: string): Promise<ProvinceMeasureProgress[]> {
    return this.tx.run((em) =>
      em.query<ProvinceMeasureProgress[]>(
        `SELECT m.province_measure_id AS "provinceMeasureId",
                (array_agg(m.title ORDER BY m.created_at, m.id))[1] AS title,
                (array_agg(m.responsible ORDER BY m.created_at, m.id))[1] AS responsible,
                to_char(min(m.due_date), 'YYYY-MM-DD') AS "dueDate",
                min(m.created_at) AS "createdAt",
                count(*)::int AS reached,
                count(*) FILTER (WHERE m.status = '${MeasureStatus.COMPLETED}')::int AS completed,
                count(*) FILTER (WHERE m.status = '${MeasureStatus.IN_PROGRESS}')::int AS "inProgress",
                count(*) FILTER (WHERE m.status = '${MeasureStatus.PLANNED}')::int AS planned,
                count(*) FILTER (WHERE m.status = '${MeasureStatus.CANCELLED}')::int AS cancelled,
                count(*) FILTER (WHERE m.status = '${MeasureStatus.CARRIED_OVER}')::int AS "carriedOver",
                count(*) FILTER (WHERE ${openMeasureSql('m')} AND m.due_date < $3::date)::int AS overdue
         FROM measures m JOIN organizations o ON o.id = m.organization_id
         WHERE o.province_code = $1 AND m.fiscal_year = $2 AND m.province_measure_id IS NOT NULL
         GROUP BY m.province_measure_id
         ORDER BY min(m.created_at) DESC, m.province_measure_id`,
        [provinceCode, fiscalYear, today],
      ),
    );
  }
}
