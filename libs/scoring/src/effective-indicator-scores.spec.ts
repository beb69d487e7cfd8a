import { loadBundledFrameworks } from '@prongsai/frameworks/data';
import { ScoreBasis, ScoreRecord, effectiveIndicatorScores } from './effective-indicator-scores';
import { estimate } from './estimate';

const fy2566 = loadBundledFrameworks().find((fw) => fw.fiscalYear === 2566)!;
const at = (day: number) => new Date(Date.UTC(2023, 0, day));
const rec = (
  indicatorCode: string,
  fiscalYear: number,
  source: ScoreRecord['source'],
  score: number,
  day: number,
  fromOitItems = false,
): ScoreRecord => ({ indicatorCode, fiscalYear, source, score, recordedAt: at(day), fromOitItems });

describe('effectiveIndicatorScores: the estimate rule', () => {
  it.each<[string, ScoreRecord[], [number, ScoreBasis] | undefined]>([
    ['nothing recorded → no score', [], undefined],
    [
      'only last year official → falls back to it',
      [rec('1', 2565, 'OFFICIAL', 70, 1)],
      [70, 'PREVIOUS_YEAR_OFFICIAL'],
    ],
    [
      'official of the year beats last year official',
      [rec('1', 2565, 'OFFICIAL', 70, 5), rec('1', 2566, 'OFFICIAL', 80, 1)],
      [80, 'OFFICIAL'],
    ],
    [
      'self-assessment of the year beats the official of the year',
      [rec('1', 2566, 'OFFICIAL', 80, 9), rec('1', 2566, 'SELF_ASSESSMENT', 85, 1)],
      [85, 'SELF_ASSESSMENT'],
    ],
    [
      'the latest self-assessment wins, whatever the listing order',
      [rec('1', 2566, 'SELF_ASSESSMENT', 90, 3), rec('1', 2566, 'SELF_ASSESSMENT', 60, 1)],
      [90, 'SELF_ASSESSMENT'],
    ],
    [
      'on a time tie the record listed last wins (the later insert)',
      [rec('1', 2566, 'OFFICIAL', 71, 2), rec('1', 2566, 'OFFICIAL', 72, 2)],
      [72, 'OFFICIAL'],
    ],
    ['last year self-assessment is never used', [rec('1', 2565, 'SELF_ASSESSMENT', 99, 1)], undefined],
    ['an older year official is never used', [rec('1', 2564, 'OFFICIAL', 99, 1)], undefined],
    [
      'accepted OIT items after a typed self-assessment win',
      [rec('9', 2566, 'SELF_ASSESSMENT', 50, 1), rec('9', 2566, 'SELF_ASSESSMENT', 97.78, 2, true)],
      [97.78, 'OIT_ITEMS'],
    ],
    [
      'a typed self-assessment after the OIT items wins',
      [rec('9', 2566, 'SELF_ASSESSMENT', 97.78, 2, true), rec('9', 2566, 'SELF_ASSESSMENT', 50, 3)],
      [50, 'SELF_ASSESSMENT'],
    ],
  ])('%s', (_scenario, records, expected) => {
    const code = records[0]?.indicatorCode ?? '1';
    const got = effectiveIndicatorScores(fy2566, 2566, records).get(code);
    expect(got && [got.score, got.basis]).toEqual(expected);
  });

  it('ignores codes that are not in the framework', () => {
    expect([...effectiveIndicatorScores(fy2566, 2566, [rec('11', 2566, 'OFFICIAL', 50, 1)]).keys()]).toEqual(
      [],
    );
  });

  it('Bangkok FY2566 from last year official scores only: the estimate is 88.98', () => {
    // prettier-ignore
    const published = { '1': 82.44, '2': 82.44, '3': 82.44, '4': 82.44, '5': 82.44, '6': 80.82, '7': 80.82, '8': 80.82, '9': 100, '10': 100 };
    const records = Object.entries(published).map(([code, score]) => rec(code, 2566, 'OFFICIAL', score, 1));
    const effective = effectiveIndicatorScores(fy2566, 2567, records);
    const scores = Object.fromEntries([...effective].map(([code, e]) => [code, e.score]));
    expect(estimate(fy2566, scores).totalScore).toBe(88.98);
    expect(new Set([...effective.values()].map((e) => e.basis))).toEqual(new Set(['PREVIOUS_YEAR_OFFICIAL']));
  });
});
