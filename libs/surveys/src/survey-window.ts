import { daysBetween } from '@prongsai/thai';

/** The dates the NACC's ITAS system takes answers to one survey of one fiscal year (inclusive, Bangkok). */
export interface SurveyWindowDates {
  /** 'YYYY-MM-DD', the first day answers are taken. */
  opensOn: string;
  /** 'YYYY-MM-DD', the last day answers are taken. */
  closesOn: string;
}

export type SurveyWindowPhase = 'NOT_OPEN' | 'OPEN' | 'CLOSED';

export interface SurveyWindowState {
  phase: SurveyWindowPhase;
  /** NOT_OPEN: days until it opens (1 = tomorrow). */
  daysUntilOpen: number | null;
  /** OPEN: days answers are still taken, today included (1 = today is the last day). */
  daysLeft: number | null;
}

/**
 * Where today (Bangkok) stands in a survey window: before it (and how many days until it opens), inside it
 * (and how many days are left, today counted, so the last day reads "เหลืออีก 1 วัน"), or after it.
 */
export function surveyWindowState(window: SurveyWindowDates, today: string): SurveyWindowState {
  const untilOpen = daysBetween(today, window.opensOn);
  if (untilOpen > 0) return { phase: 'NOT_OPEN', daysUntilOpen: untilOpen, daysLeft: null };
  const untilClose = daysBetween(today, window.closesOn);
  if (untilClose < 0) return { phase: 'CLOSED', daysUntilOpen: null, daysLeft: null };
  return { phase: 'OPEN', daysUntilOpen: null, daysLeft: untilClose + 1 };
}
