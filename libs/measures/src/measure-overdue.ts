import { MeasureStatus } from './measure-status';

/**
 * Overdue = still open (PLANNED or IN_PROGRESS) and due before `today`, a 'YYYY-MM-DD' Bangkok date
 * (`bangkokToday()`): a measure due today is not overdue yet. ISO dates compare correctly as strings.
 */
export function isMeasureOverdue(
  measure: { status: MeasureStatus; dueDate: string },
  today: string,
): boolean {
  const open = measure.status === MeasureStatus.PLANNED || measure.status === MeasureStatus.IN_PROGRESS;
  return open && measure.dueDate < today;
}
