/**
 * The part of a fiscal year's framework that scoring reads. Structural on purpose: scoring stays free of
 * the frameworks lib (and its data files), and a `FrameworkDefinition` is assignable to it as is.
 */
export interface ScoringFramework {
  /** A total (rounded to 2 decimals) at or above this passes. */
  readonly passThreshold: number;
  /** Weights are shares of the total and sum to 1. */
  readonly tools: readonly {
    readonly code: string;
    readonly weight: number;
    readonly aggregation: 'MEAN_OF_INDICATORS';
  }[];
  /**
   * `weight`: share within the tool (0..1). Given for all of a tool's indicators or for none; none means
   * the plain mean (every published year so far).
   */
  readonly indicators: readonly { readonly code: string; readonly tool: string; readonly weight?: number }[];
  /** Any order; the highest band whose `min` the rounded total reaches wins. One band must start at 0. */
  readonly gradeBands: readonly { readonly grade: string; readonly min: number }[];
  /** `weight`: share within the indicator, for all of an indicator's sub-indicators or for none (plain mean). */
  readonly oitSubIndicators: readonly {
    readonly code: string;
    readonly indicatorCode: string;
    readonly weight?: number;
  }[];
  readonly oitItems: readonly { readonly code: string; readonly subIndicatorCode: string }[];
}

/**
 * Scores per indicator code, 0..100. A missing, `null` or `undefined` entry means "no data yet" (an
 * optional GraphQL input arrives as `null`), which makes that indicator's tool score unknown.
 */
export type IndicatorScores = Readonly<Record<string, number | null | undefined>>;

/** Tool score per tool code; `null` when an indicator of the tool has no score. */
export type ToolScores = Readonly<Record<string, number | null>>;
