import { ErrorReason } from '@prongsai/common';
import { checkScore } from './input-validation';
import { round2 } from './round';
import { ScoringFramework, ToolScores } from './scoring-framework';
import { ScoringInputError } from './scoring-input-error';

/**
 * Weighted sum of the tool scores, rounded to 2 decimals only at the end (Bangkok FY2566:
 * 0.3 × 82.44 + 0.3 × 80.82 + 0.4 × 100 = 88.978 → 88.98). `null` while any tool has no score, because a
 * partial sum would read as a failing total.
 */
export function totalScore(framework: ScoringFramework, toolScores: ToolScores): number | null {
  const known = new Set(framework.tools.map((t) => t.code));
  for (const [code, value] of Object.entries(toolScores)) {
    const field = `toolScores.${code}`;
    if (!known.has(code)) {
      throw new ScoringInputError(field, ErrorReason.UNKNOWN_TOOL, `unknown tool ${JSON.stringify(code)}`);
    }
    if (value !== null) checkScore(value, field);
  }
  let sum = 0;
  for (const tool of framework.tools) {
    const score = toolScores[tool.code];
    if (score === null || score === undefined) return null;
    sum += tool.weight * score;
  }
  return round2(sum);
}
