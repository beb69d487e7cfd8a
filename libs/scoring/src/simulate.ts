import { Estimate, estimate } from './estimate';
import { readIndicatorScores, readMetItems } from './input-validation';
import { oitIndicatorScores } from './oit-score';
import { round2 } from './round';
import { IndicatorScores, ScoringFramework } from './scoring-framework';

export interface SimulationChange {
  /**
   * The complete set of OIT items the agency would meet (not an addition to the base): the item-scored
   * indicators (9 and 10) are recomputed from it, replacing their base scores.
   */
  readonly metOitItems?: readonly string[];
  /** Scores to set, applied last so they override both the base and `metOitItems`; `null` clears one. */
  readonly indicatorScores?: IndicatorScores;
}

export interface Simulation {
  readonly before: Estimate;
  readonly after: Estimate;
  /** after.totalScore − before.totalScore, rounded; `null` if either total is unknown. */
  readonly delta: number | null;
}

/** What-if: how the total, grade and gap to pass move if the agency meets these items or reaches these scores. */
export function simulate(
  framework: ScoringFramework,
  base: IndicatorScores,
  change: SimulationChange,
): Simulation {
  // Checked up front so an error names the argument the caller actually sent.
  readIndicatorScores(framework, base, 'base');
  if (change.metOitItems) readMetItems(framework, change.metOitItems, 'change.metOitItems');
  if (change.indicatorScores)
    readIndicatorScores(framework, change.indicatorScores, 'change.indicatorScores');

  const before = estimate(framework, base);
  const afterScores: Record<string, number | null | undefined> = { ...base };
  if (change.metOitItems)
    Object.assign(afterScores, oitIndicatorScores(framework, change.metOitItems).indicatorScores);
  // Stryker disable next-line ConditionalExpression: equivalent — Object.assign(target, undefined) copies nothing.
  if (change.indicatorScores) Object.assign(afterScores, change.indicatorScores);
  const after = estimate(framework, afterScores);

  const delta =
    before.totalScore === null || after.totalScore === null
      ? null
      : round2(after.totalScore - before.totalScore);
  return { before, after, delta };
}
