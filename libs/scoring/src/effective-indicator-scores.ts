/**
 * Where a score comes from. Mirrors the stored `ScoreSource` of the scores lib; scoring stays free of it.
 */
export type ScoreSourceCode = 'OFFICIAL' | 'SELF_ASSESSMENT';

/** Why an indicator has the score it has in an estimate (an object too, so APIs can expose it as an enum). */
export const ScoreBasis = {
  SELF_ASSESSMENT: 'SELF_ASSESSMENT',
  OIT_ITEMS: 'OIT_ITEMS',
  OFFICIAL: 'OFFICIAL',
  PREVIOUS_YEAR_OFFICIAL: 'PREVIOUS_YEAR_OFFICIAL',
} as const;
export type ScoreBasis = (typeof ScoreBasis)[keyof typeof ScoreBasis];

export interface ScoreRecord {
  readonly indicatorCode: string;
  readonly fiscalYear: number;
  readonly source: ScoreSourceCode;
  readonly score: number;
  readonly recordedAt: Date;
  /**
   * A self-assessment computed from the OIT items a supervisor accepted rather than typed in: it competes
   * with typed self-assessments by time, the later one winning.
   */
  readonly fromOitItems?: boolean;
}

export interface EffectiveIndicatorScore {
  readonly indicatorCode: string;
  readonly score: number;
  readonly basis: ScoreBasis;
  /** The fiscal year the score was recorded for (the previous one for PREVIOUS_YEAR_OFFICIAL). */
  readonly fiscalYear: number;
  readonly recordedAt: Date;
}

/** Latest by time; on a tie the record listed last wins (callers list in insertion order). */
function latest(records: readonly ScoreRecord[]): ScoreRecord | undefined {
  let best: ScoreRecord | undefined;
  for (const r of records) if (!best || r.recordedAt.getTime() >= best.recordedAt.getTime()) best = r;
  return best;
}

/**
 * The estimate rule of the ITA core issue, per indicator of the year's framework:
 *   1. the latest self-assessment of the year (typed, or derived from accepted OIT items), else
 *   2. the latest official score of the year, else
 *   3. the latest official score of the previous year (what an LAO knows at the start of a year), else
 *   nothing — and then the indicator's tool, and so the total, has no estimate.
 * Indicator codes ('1'..'10') are stable across years, unlike OIT item codes; a previous-year record whose
 * code is not in this year's framework is ignored.
 */
export function effectiveIndicatorScores(
  framework: { readonly indicators: readonly { readonly code: string }[] },
  fiscalYear: number,
  records: Iterable<ScoreRecord>,
): Map<string, EffectiveIndicatorScore> {
  const byCode = new Map<string, ScoreRecord[]>();
  for (const r of records) {
    const list = byCode.get(r.indicatorCode) ?? [];
    list.push(r);
    byCode.set(r.indicatorCode, list);
  }
  const result = new Map<string, EffectiveIndicatorScore>();
  for (const { code } of framework.indicators) {
    const list = byCode.get(code) ?? [];
    const self = latest(list.filter((r) => r.fiscalYear === fiscalYear && r.source === 'SELF_ASSESSMENT'));
    // Equivalent mutant below: the only other source is SELF_ASSESSMENT, and a self-assessment of the year is
    // picked before any official score, so counting it as official too changes nothing.
    // Stryker disable next-line ConditionalExpression: equivalent (see above)
    const official = latest(list.filter((r) => r.fiscalYear === fiscalYear && r.source === 'OFFICIAL'));
    const previous = latest(list.filter((r) => r.fiscalYear === fiscalYear - 1 && r.source === 'OFFICIAL'));
    const pick: [ScoreRecord | undefined, ScoreBasis][] = [
      [self, self?.fromOitItems ? 'OIT_ITEMS' : 'SELF_ASSESSMENT'],
      [official, 'OFFICIAL'],
      [previous, 'PREVIOUS_YEAR_OFFICIAL'],
    ];
    const found = pick.find(([r]) => r !== undefined);
    if (!found) continue;
    const [record, basis] = found as [ScoreRecord, ScoreBasis];
    result.set(code, {
      indicatorCode: code,
      score: record.score,
      basis,
      fiscalYear: record.fiscalYear,
      recordedAt: record.recordedAt,
    });
  }
  return result;
}
