import { groupMean, mean } from './mean';

// mean/groupMean are only reached through a framework, whose validation refuses empty groups and partial
// weights; these rows pin what happens if bad data gets past it anyway: a loud error, never NaN.
describe('mean and groupMean', () => {
  it.each<[string, () => number, number]>([
    ['mean of three', () => mean([80, 90, 100]), 90],
    ['mean of one', () => mean([42]), 42],
    ['plain mean without weights', () => groupMean([{ value: 80 }, { value: 100 }]), 90],
    [
      'weights summing to 1',
      () =>
        groupMean([
          { value: 80, weight: 0.25 },
          { value: 100, weight: 0.75 },
        ]),
      95,
    ],
    [
      'weights are shares: divided by their sum (2), not multiplied',
      () =>
        groupMean([
          { value: 80, weight: 1 },
          { value: 100, weight: 1 },
        ]),
      90,
    ],
  ])('%s', (_name, call, expected) => {
    expect(call()).toBeCloseTo(expected, 10);
  });

  it.each<[string, () => number, string]>([
    ['mean of nothing', () => mean([]), 'mean of an empty list'],
    ['groupMean of nothing', () => groupMean([]), 'mean of an empty list'],
    [
      'weights on only some members',
      () => groupMean([{ value: 80, weight: 0.5 }, { value: 100 }]),
      'framework: weights given for only some members of a group',
    ],
  ])('refuses %s', (_name, call, message) => {
    expect(call).toThrow(new Error(message));
  });
});
