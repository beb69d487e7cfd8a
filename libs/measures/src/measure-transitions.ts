import { BadInputError, ErrorReason } from '@prongsai/common';
import { MeasureStatus, isOpenMeasureStatus } from './measure-status';

const NEXT: Readonly<Record<MeasureStatus, readonly MeasureStatus[]>> = {
  [MeasureStatus.PLANNED]: [MeasureStatus.IN_PROGRESS, MeasureStatus.CANCELLED],
  [MeasureStatus.IN_PROGRESS]: [MeasureStatus.COMPLETED, MeasureStatus.CANCELLED],
  [MeasureStatus.COMPLETED]: [],
  [MeasureStatus.CANCELLED]: [],
  [MeasureStatus.CARRIED_OVER]: [],
};

export function isFinalStatus(status: MeasureStatus): boolean {
  return NEXT[status].length === 0;
}

/** Whether `updateMeasure(status: to)` may move a measure on from `from`; staying put is always allowed. */
export function canTransition(from: MeasureStatus, to: MeasureStatus): boolean {
  return from === to || NEXT[from].includes(to);
}

/** Throws BAD_USER_INPUT on `status` for an illegal move, naming the moves that are legal. */
export function assertTransition(from: MeasureStatus, to: MeasureStatus): void {
  if (canTransition(from, to)) return;
  const allowed = NEXT[from];
  throw new BadInputError(
    'status',
    allowed.length === 0 ? ErrorReason.MEASURE_CLOSED : ErrorReason.STATUS_CHANGE_NOT_ALLOWED,
    allowed.length === 0
      ? `a ${from} measure is final and cannot become ${to}`
      : `a ${from} measure can become ${allowed.join(' or ')}, not ${to}`,
  );
}

/**
 * `completeMeasure` reports a result, which LAOs often do for a measure they never marked as started
 * (the example report's rows go straight to ดำเนินการแล้วเสร็จ): it is allowed from PLANNED too, as
 * "started and finished", and from IN_PROGRESS. A final measure cannot be completed (again).
 */
export function assertCompletable(from: MeasureStatus): void {
  if (isOpenMeasureStatus(from)) return;
  throw new BadInputError(
    'status',
    ErrorReason.MEASURE_CLOSED,
    `a ${from} measure is final and cannot be completed`,
  );
}
