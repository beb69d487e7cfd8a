import { checkScore } from './input-validation';
import { round2 } from './round';
import { ScoringFramework } from './scoring-framework';

/**
 * The grade of a total. Bands are compared with the total rounded to 2 decimals, as published, so
 * 84.995 is an A (85.00) while 84.99 is a B.
 */
export function gradeFor(framework: ScoringFramework, total: number): string {
  const rounded = round2(checkScore(total, 'total'));
  // Not trusting the data's order keeps this correct for hand-built frameworks too.
  const bands = [...framework.gradeBands].sort((a, b) => b.min - a.min);
  const band = bands.find((b) => rounded >= b.min);
  if (!band) throw new Error(`framework: no grade band covers ${rounded}; the lowest band must start at 0`);
  return band.grade;
}
