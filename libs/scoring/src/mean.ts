/** Arithmetic mean; callers guarantee at least one value (frameworks never have empty groups). */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error('mean of an empty list');
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
