import { readIndicatorScores } from './input-validation';
import { groupMean } from './mean';
import { IndicatorScores, ScoringFramework, ToolScores } from './scoring-framework';

/**
 * Tool score per tool, unrounded: published figures are reproduced only if rounding happens once, on the
 * total. A tool with any indicator lacking a score is `null` rather than a mean of the rest, which would
 * overstate a tool whose weak indicator has not been measured yet.
 */
export function toolScores(framework: ScoringFramework, indicatorScores: IndicatorScores): ToolScores {
  const scores = readIndicatorScores(framework, indicatorScores, 'indicatorScores');
  const result: Record<string, number | null> = {};
  for (const tool of framework.tools) {
    const indicators = framework.indicators.filter((i) => i.tool === tool.code);
    if (indicators.length === 0) throw new Error(`framework: tool ${tool.code} has no indicators`);
    const values = indicators.map((i) => scores.get(i.code));
    if (values.some((v) => v === undefined)) {
      result[tool.code] = null;
      continue;
    }
    switch (tool.aggregation) {
      // Weighted by the indicators' weights when the framework gives them (see ScoringFramework).
      case 'MEAN_OF_INDICATORS':
        result[tool.code] = groupMean(indicators.map((i, k) => ({ value: values[k]!, weight: i.weight })));
        break;
      default: {
        const unsupported: never = tool.aggregation;
        throw new Error(`framework: unsupported aggregation ${String(unsupported)}`);
      }
    }
  }
  return result;
}
