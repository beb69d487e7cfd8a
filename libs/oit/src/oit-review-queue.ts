import type { OitItemView } from './oit-item-view';

/** At most this many items in one page of the review queue (a province has up to ~330 LAOs × 43 items). */
export const MAX_REVIEW_QUEUE_PAGE = 500;

export interface OitReviewQueueFilter {
  /** A district of the province. */
  readonly districtCode?: string | null;
  /** A sub-indicator of the year's framework, e.g. "9.1". */
  readonly subIndicatorCode?: string | null;
}

/** One item waiting for a supervisor: published, not reviewed since its answer last changed. */
export interface PendingOitReview {
  readonly organizationId: string;
  readonly fiscalYear: number;
  /** When the answer last changed (the moment it became reviewable, or an edit after that). */
  readonly submittedAt: Date;
  readonly item: OitItemView;
}

export interface OitReviewQueue {
  /** Every pending item that matches the filter (the page may hold fewer). */
  readonly total: number;
  /** Oldest first. */
  readonly items: readonly PendingOitReview[];
}
