import { readMetItems } from './input-validation';
import { groupMean } from './mean';
import { round2 } from './round';
import { ScoringFramework } from './scoring-framework';
import { toolScores } from './tool-scores';

export interface OitScores {
  /** The tool whose indicators are scored from OIT items ('OIT'). */
  readonly toolCode: string;
  /** Percentage of its items met, per sub-indicator code; unrounded. */
  readonly subIndicatorScores: Readonly<Record<string, number>>;
  /** Mean of its sub-indicators, per indicator code ('9', '10'); unrounded, ready to feed into `estimate`. */
  readonly indicatorScores: Readonly<Record<string, number>>;
  /** Mean of the tool's indicators; `null` if the tool also has indicators that are not item-scored. */
  readonly toolScore: number | null;
  /** The same figures rounded to 2 decimals for display (97.78); never feed these back into a total. */
  readonly rounded: {
    readonly subIndicatorScores: Readonly<Record<string, number>>;
    readonly indicatorScores: Readonly<Record<string, number>>;
    readonly toolScore: number | null;
  };
}

function roundValues(scores: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(scores).map(([code, score]) => [code, round2(score)]));
}

/**
 * OIT indicator scores from the items an agency meets (derived from FY2564 published tables): an item is
 * met or not, a sub-indicator scores the percentage met, an indicator is the mean of its sub-indicators
 * (weighted when the framework gives sub-indicator weights; so a missed item weighs more in a small sub-indicator), and the tool is the mean of its indicators.
 * Items not listed count as not met.
 */
export function oitIndicatorScores(framework: ScoringFramework, metItemCodes: Iterable<string>): OitScores {
  const met = readMetItems(framework, metItemCodes, 'metItemCodes');

  const subIndicatorScores: Record<string, number> = {};
  for (const sub of framework.oitSubIndicators) {
    const items = framework.oitItems.filter((item) => item.subIndicatorCode === sub.code);
    if (items.length === 0) throw new Error(`framework: OIT sub-indicator ${sub.code} has no items`);
    subIndicatorScores[sub.code] = (100 * items.filter((item) => met.has(item.code)).length) / items.length;
  }

  const indicatorScores: Record<string, number> = {};
  const indicatorCodes = [...new Set(framework.oitSubIndicators.map((s) => s.indicatorCode))];
  for (const code of indicatorCodes) {
    const subs = framework.oitSubIndicators.filter((s) => s.indicatorCode === code);
    indicatorScores[code] = groupMean(
      subs.map((s) => ({ value: subIndicatorScores[s.code], weight: s.weight })),
    );
  }

  const itemScored = framework.indicators.filter((i) => indicatorCodes.includes(i.code));
  const toolCodes = new Set(itemScored.map((indicator) => indicator.tool));
  if (itemScored.length !== indicatorCodes.length) {
    throw new Error('framework: an OIT sub-indicator refers to an undefined indicator');
  }
  if (toolCodes.size !== 1) {
    throw new Error(
      `framework: OIT sub-indicators must belong to indicators of exactly one tool, found ${toolCodes.size}`,
    );
  }
  const [toolCode] = toolCodes;
  // Through toolScores so the tool's configured aggregation applies here too.
  const toolScore = toolScores(framework, indicatorScores)[toolCode] ?? null;

  return {
    toolCode,
    subIndicatorScores,
    indicatorScores,
    toolScore,
    rounded: {
      subIndicatorScores: roundValues(subIndicatorScores),
      indicatorScores: roundValues(indicatorScores),
      toolScore: toolScore === null ? null : round2(toolScore),
    },
  };
}
