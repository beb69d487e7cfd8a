/**
 * Values like 80.085 or 1.005 are stored as 80.08499999… in binary and would round down with a plain
 * `Math.round(x * 100) / 100`; accumulated error (sums of weights × scores) does the same. Scores live in
 * 0..100, where that error is about 1e-12 after scaling, so nudging by 1e-7 restores the intended half
 * without moving any value that is meaningfully below it.
 */
const HALF_NUDGE = 1e-7;

/** Rounds half away from zero to 2 decimals, as published ITA scores are (88.978 → 88.98, 84.995 → 85). */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return x;
  const rounded = Math.round(Math.abs(x) * 100 + HALF_NUDGE) / 100;
  // `|| 0` turns -0 into 0 so a zero delta never prints as "-0".
  return Math.sign(x) * rounded || 0;
}
