/** Arithmetic mean; callers guarantee at least one value (frameworks never have empty groups). */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error('mean of an empty list');
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * The mean of a group whose members may carry weights (shares of the group, summing to 1): the plain mean
 * when none has a weight — so frameworks without weights score exactly as before — else Σ weight × value
 * divided by Σ weight. A group with only some weights is a bug in data (framework validation refuses it).
 */
export function groupMean(members: readonly { value: number; weight?: number }[]): number {
  if (members.length === 0) throw new Error('mean of an empty list');
  const weighted = members.filter((m) => m.weight !== undefined);
  if (weighted.length === 0) return mean(members.map((m) => m.value));
  if (weighted.length !== members.length) {
    throw new Error('framework: weights given for only some members of a group');
  }
  const total = members.reduce((sum, m) => sum + m.weight!, 0);
  return members.reduce((sum, m) => sum + m.weight! * m.value, 0) / total;
}
