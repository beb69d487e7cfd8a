import { BadInputError, ErrorReason } from '@prongsai/common';
import { parseIsoDate } from '@prongsai/thai';
import { dueDateWindow } from './measure-fields';
import { isMeasureOverdue } from './measure-overdue';
import { MeasureStatus } from './measure-status';

export interface ExistingStep {
  id: string;
  description: string;
}

/** What replacing a measure's steps with a new list does to the stored rows (positions are 1-based). */
export interface StepReplacement {
  /** Rows kept (with their due date, done mark and id), moved to a new position. */
  keep: { id: string; position: number }[];
  insert: { position: number; description: string }[];
  remove: string[];
}

/**
 * `updateMeasure(steps: [...])` sends the whole list as text (the contract's shape). A step whose text is
 * unchanged keeps its row — its id, due date and done mark — wherever it moved; each new text matches the
 * first unused step with the same text, so two identical steps stay two. Everything else is new or removed.
 */
export function planStepReplacement(
  existing: readonly ExistingStep[],
  next: readonly string[],
): StepReplacement {
  const unused = [...existing];
  const plan: StepReplacement = { keep: [], insert: [], remove: [] };
  next.forEach((description, i) => {
    const at = unused.findIndex((s) => s.description === description);
    if (at >= 0) plan.keep.push({ id: unused.splice(at, 1)[0].id, position: i + 1 });
    else plan.insert.push({ position: i + 1, description });
  });
  plan.remove = unused.map((s) => s.id);
  return plan;
}

/**
 * A step's own due date: a real date near the measure's fiscal year (as for the measure), and not after the
 * measure's due date — a step due later than the measure it serves is a typo or a plan that cannot hold.
 */
export function normalizeStepDueDate(
  value: string,
  measure: { dueDate: string; fiscalYear: number },
): string {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) throw new BadInputError('dueDate', ErrorReason.INVALID_DATE, parsed.reason);
  const { from } = dueDateWindow(measure.fiscalYear);
  if (parsed.value < from) {
    throw new BadInputError(
      'dueDate',
      ErrorReason.DUE_DATE_OUTSIDE_WINDOW,
      `must be on or after ${from} for a FY${measure.fiscalYear} measure`,
    );
  }
  if (parsed.value > measure.dueDate) {
    throw new BadInputError(
      'dueDate',
      ErrorReason.DUE_DATE_AFTER_MEASURE,
      `must be on or before the measure's due date (${measure.dueDate})`,
    );
  }
  return parsed.value;
}

/** Like a measure: a step with a date, not done, of an open measure, and due before `today` (Bangkok). */
export function isStepOverdue(
  step: { dueDate: string | null; completedAt: Date | null },
  measureStatus: MeasureStatus,
  today: string,
): boolean {
  return (
    step.dueDate !== null &&
    step.completedAt === null &&
    isMeasureOverdue({ status: measureStatus, dueDate: step.dueDate }, today)
  );
}
