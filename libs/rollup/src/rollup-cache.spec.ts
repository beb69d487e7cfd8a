import { RollupCache } from './rollup-cache';

describe('RollupCache', () => {
  const filled = () => {
    const cache = new RollupCache<string>(2, 1_000);
    cache.set('province 14', 'v1', 'figures of 14', 0);
    cache.set('province 15', 'v7', 'figures of 15', 0);
    return cache;
  };

  it.each<[string, (c: RollupCache<string>) => string | undefined, string | undefined]>([
    ['the same key and version answer', (c) => c.get('province 14', 'v1', 10), 'figures of 14'],
    ['another version (a write since) does not', (c) => c.get('province 14', 'v2', 10), undefined],
    ['another key does not', (c) => c.get('province 16', 'v1', 10), undefined],
    ['at the maximum age it still answers', (c) => c.get('province 14', 'v1', 1_000), 'figures of 14'],
    ['past the maximum age it does not', (c) => c.get('province 14', 'v1', 1_001), undefined],
    [
      'a stale read drops the entry: the old version no longer answers either',
      (c) => (c.get('province 14', 'v2', 10), c.get('province 14', 'v1', 10)),
      undefined,
    ],
    [
      'set replaces the version',
      (c) => (c.set('province 14', 'v2', 'new figures', 5), c.get('province 14', 'v2', 10)),
      'new figures',
    ],
  ])('%s', (_name, act, expected) => {
    expect(act(filled())).toBe(expected);
  });

  it.each<[string, (c: RollupCache<string>) => boolean]>([
    ['a stored key, young enough', (c) => c.has('province 14', 1_000)],
    ['a key never stored', (c) => !c.has('province 16', 10)],
    ['a stored key past the maximum age', (c) => !c.has('province 14', 1_001)],
    ['a key dropped by a stale read', (c) => (c.get('province 14', 'v2', 10), !c.has('province 14', 10))],
  ])('has: %s', (_name, holds) => {
    expect(holds(filled())).toBe(true);
  });

  it('beyond its size the least recently used entry goes first', () => {
    const cache = filled();
    expect(cache.get('province 14', 'v1', 1)).toBe('figures of 14'); // 15 is now the least recent
    cache.set('province 16', 'v3', 'figures of 16', 2);
    expect(cache.size).toBe(2);
    expect(cache.get('province 15', 'v7', 3)).toBeUndefined();
    expect(cache.get('province 14', 'v1', 3)).toBe('figures of 14');
    expect(cache.get('province 16', 'v3', 3)).toBe('figures of 16');
  });

  it('the age counts from when the entry was stored, not when it was last read', () => {
    const cache = filled();
    expect(cache.get('province 14', 'v1', 900)).toBe('figures of 14');
    expect(cache.get('province 14', 'v1', 1_001)).toBeUndefined();
  });
});
