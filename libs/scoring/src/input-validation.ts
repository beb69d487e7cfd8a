import { ErrorReason } from '@prongsai/common';
import { IndicatorScores, ScoringFramework } from './scoring-framework';
import { ScoringInputError } from './scoring-input-error';

/** Every ITA score (indicator, tool, total) is a percentage. */
export function checkScore(value: unknown, field: string): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new ScoringInputError(
      field,
      ErrorReason.SCORE_NOT_A_NUMBER,
      `${field} must be a number, got ${String(value)}`,
    );
  }
  if (!(value >= 0 && value <= 100)) {
    throw new ScoringInputError(
      field,
      ErrorReason.SCORE_OUT_OF_RANGE,
      `${field} must be between 0 and 100, got ${value}`,
    );
  }
  return value;
}

/** The scores that are present, checked against the framework; absent (null/undefined) entries are left out. */
export function readIndicatorScores(
  framework: ScoringFramework,
  scores: IndicatorScores,
  field: string,
): Map<string, number> {
  const known = new Set(framework.indicators.map((i) => i.code));
  const present = new Map<string, number>();
  for (const [code, value] of Object.entries(scores)) {
    const entryField = `${field}.${code}`;
    if (!known.has(code)) {
      throw new ScoringInputError(
        entryField,
        ErrorReason.UNKNOWN_INDICATOR,
        `unknown indicator ${JSON.stringify(code)}`,
      );
    }
    if (value === null || value === undefined) continue;
    present.set(code, checkScore(value, entryField));
  }
  return present;
}

/** Met item codes as a set; repeats are harmless (an item is met or not), unknown codes are not. */
export function readMetItems(
  framework: ScoringFramework,
  codes: Iterable<string>,
  field: string,
): Set<string> {
  const known = new Set(framework.oitItems.map((i) => i.code));
  const met = new Set<string>();
  let index = 0;
  for (const code of codes) {
    if (!known.has(code)) {
      throw new ScoringInputError(
        `${field}.${index}`,
        ErrorReason.UNKNOWN_OIT_ITEM,
        `unknown OIT item ${JSON.stringify(code)}`,
      );
    }
    met.add(code);
    index += 1;
  }
  return met;
}
