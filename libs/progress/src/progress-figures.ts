import type { ScoreBasis } from '@prongsai/scoring';

/** A tool's score in an estimate; `score` is unrounded (round only for display) and null without data. */
export interface ToolScoreEntry {
  readonly tool: string;
  readonly nameTh: string;
  readonly weight: number;
  readonly score: number | null;
}

/** One indicator of the year's framework: the score the estimate used, and why. */
export interface IndicatorEntry {
  readonly indicatorCode: string;
  readonly nameTh: string;
  readonly tool: string;
  readonly score: number | null;
  readonly basis: ScoreBasis | null;
  /** The fiscal year the score was recorded for (the previous one when falling back). */
  readonly fiscalYear: number | null;
}

/** Everything `organization_progress` stores about one organization and year. */
export interface ProgressFigures {
  readonly estimatedScore: number | null;
  readonly grade: string | null;
  readonly passing: boolean | null;
  readonly gapToPass: number | null;
  readonly passThreshold: number;
  readonly toolScores: readonly ToolScoreEntry[];
  readonly indicators: readonly IndicatorEntry[];
  readonly measuresTotal: number;
  readonly measuresCompleted: number;
  readonly measuresOverdue: number;
}
