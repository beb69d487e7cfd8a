import type { FrameworkDefinition } from '@prongsai/frameworks';
import {
  EffectiveIndicatorScore,
  IndicatorScores,
  ScoreRecord,
  effectiveIndicatorScores,
  estimate,
  oitIndicatorScores,
} from '@prongsai/scoring';
import { ProgressFigures } from './progress-figures';

export interface OitItemsInput {
  /** Items PUBLISHED by the LAO and ACCEPTED by a supervisor. */
  readonly metItemCodes: readonly string[];
  /** The latest change to any of the year's item rows: when this "self-assessment" was made. */
  readonly changedAt: Date;
}

export interface MeasureCounts {
  /** Measures of the year that are not CANCELLED. */
  readonly total: number;
  readonly completed: number;
  /** PLANNED or IN_PROGRESS with a due date before the day of computation (Asia/Bangkok). */
  readonly overdue: number;
}

export interface ProgressInputs {
  /** Recorded scores of the year (both sources) and official scores of the previous year. */
  readonly scoreRecords: readonly ScoreRecord[];
  readonly oitItems: OitItemsInput | null;
  readonly measures: MeasureCounts;
}

/**
 * The indicator scores an estimate uses. Accepted OIT items become a self-assessment of the item-scored
 * indicators (9 and 10) once at least one item is accepted — before that, scoring zero items would read as
 * an OIT of 0 and bury a sound estimate from last year's official result.
 */
export function effectiveScoresFor(
  framework: FrameworkDefinition,
  fiscalYear: number,
  scoreRecords: readonly ScoreRecord[],
  oitItems: OitItemsInput | null,
): Map<string, EffectiveIndicatorScore> {
  const records = [...scoreRecords];
  const known = new Set(framework.oitItems.map((i) => i.code));
  // Equivalent mutant below: a non-empty default is emptied by the filter (no framework has its codes).
  // Stryker disable next-line ArrayDeclaration: equivalent (see above)
  const met = (oitItems?.metItemCodes ?? []).filter((code) => known.has(code));
  if (oitItems && met.length > 0) {
    const oit = oitIndicatorScores(framework, met);
    for (const [indicatorCode, score] of Object.entries(oit.indicatorScores)) {
      records.push({
        indicatorCode,
        fiscalYear,
        source: 'SELF_ASSESSMENT',
        score,
        recordedAt: oitItems.changedAt,
        fromOitItems: true,
      });
    }
  }
  return effectiveIndicatorScores(framework, fiscalYear, records);
}

export function toIndicatorScores(effective: Map<string, EffectiveIndicatorScore>): IndicatorScores {
  return Object.fromEntries([...effective].map(([code, e]) => [code, e.score]));
}

/** Pure: an organization's standing for a year from its recorded scores, OIT items and measure counts. */
export function calculateProgress(
  framework: FrameworkDefinition,
  fiscalYear: number,
  inputs: ProgressInputs,
): ProgressFigures {
  const effective = effectiveScoresFor(framework, fiscalYear, inputs.scoreRecords, inputs.oitItems);
  const result = estimate(framework, toIndicatorScores(effective));
  return {
    estimatedScore: result.totalScore,
    grade: result.grade,
    passing: result.passing,
    gapToPass: result.gapToPass,
    passThreshold: framework.passThreshold,
    toolScores: framework.tools.map((t) => ({
      tool: t.code,
      nameTh: t.nameTh,
      weight: t.weight,
      score: result.toolScores[t.code] ?? null,
    })),
    indicators: framework.indicators.map((i) => {
      const e = effective.get(i.code);
      return {
        indicatorCode: i.code,
        nameTh: i.nameTh,
        tool: i.tool,
        score: e?.score ?? null,
        basis: e?.basis ?? null,
        fiscalYear: e?.fiscalYear ?? null,
      };
    }),
    measuresTotal: inputs.measures.total,
    measuresCompleted: inputs.measures.completed,
    measuresOverdue: inputs.measures.overdue,
  };
}
