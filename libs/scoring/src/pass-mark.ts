import { checkScore } from './input-validation';
import { round2 } from './round';
import { ScoringFramework } from './scoring-framework';

/** Whether the total, rounded to 2 decimals as published, reaches the pass threshold (85 since FY2565). */
export function isPassing(framework: ScoringFramework, total: number): boolean {
  return round2(checkScore(total, 'total')) >= framework.passThreshold;
}

/** Points still missing to pass, 0 once passing; rounded so 85 − 84.99 reads 0.01, not 0.010000000000005116. */
export function gapToPass(framework: ScoringFramework, total: number): number {
  return round2(Math.max(0, framework.passThreshold - round2(checkScore(total, 'total'))));
}
