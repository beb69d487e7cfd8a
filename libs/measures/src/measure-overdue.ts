import { MeasureStatus, isOpenMeasureStatus } from './measure-status';

/**
 * Overdue = still open (`isOpenMeasureStatus`) and due before `today`, a 'YYYY-MM-DD' Bangkok date
 * (`bangkokToday()`): a measure due today is not overdue yet. ISO dates compare correctly as strings.
 */
export function isMeasureOverdue(
  measure: { status: MeasureStatus; dueDate: string },
  today: string,
): boolean {
  return isOpenMeasureStatus(measure.status) && measure.dueDate < today;
}
