import { gradeFor } from './grade';
import { gapToPass, isPassing } from './pass-mark';
import { IndicatorScores, ScoringFramework, ToolScores } from './scoring-framework';
import { toolScores } from './tool-scores';
import { totalScore } from './total-score';

export interface Estimate {
  /** Unrounded; `null` for a tool with an indicator lacking a score. */
  readonly toolScores: ToolScores;
  /** Rounded to 2 decimals; `null` (as are the fields below) until every tool has a score. */
  readonly totalScore: number | null;
  readonly grade: string | null;
  readonly passing: boolean | null;
  readonly gapToPass: number | null;
}

/** Where a set of indicator scores lands: tool scores, total, grade and distance to the pass mark. */
export function estimate(framework: ScoringFramework, indicatorScores: IndicatorScores): Estimate {
  const tools = toolScores(framework, indicatorScores);
  const total = totalScore(framework, tools);
  if (total === null)
    return { toolScores: tools, totalScore: null, grade: null, passing: null, gapToPass: null };
  return {
    toolScores: tools,
    totalScore: total,
    grade: gradeFor(framework, total),
    passing: isPassing(framework, total),
    gapToPass: gapToPass(framework, total),
  };
}
