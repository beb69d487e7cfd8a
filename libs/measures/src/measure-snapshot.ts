import { Measure } from './measure.entity';

/** What the audit log keeps of a measure before and after a change: its reportable content. */
export function measureSnapshot(m: Measure, steps: readonly string[]): Record<string, unknown> {
  return {
    fiscalYear: m.fiscalYear,
    title: m.title,
    steps,
    responsible: m.responsible,
    dueDate: m.dueDate,
    status: m.status,
    result: m.result,
    completedAt: m.completedAt,
    indicatorCodes: m.indicatorCodes,
    provinceMeasureId: m.provinceMeasureId,
    carriedOverFromId: m.carriedOverFromId,
  };
}
