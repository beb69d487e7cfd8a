/**
 * The statuses of a measure and the "open measure" rule, with no imports: libs below measures (progress,
 * rollup) and raw SQL anywhere read them through `@prongsai/measures/status` without pulling in the
 * measures module (which depends on progress).
 */

/**
 * PLANNED → IN_PROGRESS → COMPLETED; PLANNED or IN_PROGRESS → CANCELLED. COMPLETED and CANCELLED are final.
 * CARRIED_OVER is final too and set only by carry-over (never by `updateMeasure`): the measure went on,
 * unfinished, as a copy in the next fiscal year (`carriedOverFromId` of the copy points back here).
 */
export enum MeasureStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  CARRIED_OVER = 'CARRIED_OVER',
}

/**
 * Open = not final: still to be done, so it can be overdue, gets reminders, and is listed by
 * `myMeasures` unless `includeClosed`. The partial index `IDX_measures_open_due` (migration
 * 1732580000000-rollup-indexes) is written with the same list; changing it needs a migration.
 */
export const OPEN_MEASURE_STATUSES = [MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS] as const;

export type OpenMeasureStatus = (typeof OPEN_MEASURE_STATUSES)[number];

export function isOpenMeasureStatus(status: MeasureStatus): status is OpenMeasureStatus {
  return (OPEN_MEASURE_STATUSES as readonly MeasureStatus[]).includes(status);
}

const SQL_ALIAS = /^[a-z_][a-z0-9_]*$/;
const OPEN_SQL_LIST = OPEN_MEASURE_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * The same rule as SQL over the `measures` table: `openMeasureSql('m')` → `m.status IN ('PLANNED',
 * 'IN_PROGRESS')`, `openMeasureSql()` → `status IN (…)` for an unqualified column. The statuses are
 * literals rather than a parameter so PostgreSQL can match the partial index of open measures.
 */
export function openMeasureSql(alias?: string): string {
  if (alias !== undefined && !SQL_ALIAS.test(alias)) {
    throw new Error(`openMeasureSql: ${JSON.stringify(alias)} is not a table alias`);
  }
  return `${alias ? `${alias}.` : ''}status IN (${OPEN_SQL_LIST})`;
}
