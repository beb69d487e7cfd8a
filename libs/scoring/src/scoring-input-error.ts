import { BadInputError } from '@prongsai/common';

export enum ScoringInputErrorReason {
  UNKNOWN_INDICATOR = 'UNKNOWN_INDICATOR',
  UNKNOWN_TOOL = 'UNKNOWN_TOOL',
  UNKNOWN_OIT_ITEM = 'UNKNOWN_OIT_ITEM',
  NOT_A_NUMBER = 'NOT_A_NUMBER',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
}

/**
 * Bad scoring input. A `BadInputError`, so the API's error formatter reports it as BAD_USER_INPUT with
 * `field` (e.g. `indicatorScores.7`) and no mapping of its own; `reason` lets callers branch without parsing text.
 */
export class ScoringInputError extends BadInputError {
  constructor(
    field: string,
    readonly reason: ScoringInputErrorReason,
    message: string,
  ) {
    super(field, message);
    this.name = 'ScoringInputError';
  }
}
