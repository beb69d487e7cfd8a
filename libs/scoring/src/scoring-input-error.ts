import { BadInputError, ErrorReason } from '@prongsai/common';

/** The reasons scoring input can be refused for: a subset of the API's one `ErrorReason` list. */
export type ScoringInputReason =
  | ErrorReason.UNKNOWN_INDICATOR
  | ErrorReason.UNKNOWN_TOOL
  | ErrorReason.UNKNOWN_OIT_ITEM
  | ErrorReason.SCORE_NOT_A_NUMBER
  | ErrorReason.SCORE_OUT_OF_RANGE;

/**
 * Bad scoring input. A `BadInputError`, so the API's error formatter reports it as BAD_USER_INPUT with
 * `field` (e.g. `indicatorScores.7`) and `reason` and no mapping of its own; `reason` also lets callers
 * branch without parsing text.
 */
export class ScoringInputError extends BadInputError {
  declare readonly reason: ScoringInputReason;

  constructor(field: string, reason: ScoringInputReason, message: string) {
    super(field, reason, message);
    this.name = 'ScoringInputError';
  }
}
