/**
 * The roll-ups this API process computed, each under the data version it read before computing it (see
 * migration 1732697000000-rollup-versions): an entry answers only while the version is unchanged, so a write
 * committed since is never hidden. Least recently used entries go first beyond `maxEntries`; `maxAgeMs`
 * bounds how long an entry lives even unchanged (what today's date decides is in the key, not the data).
 * Pure: the clock is passed in.
 */
export class RollupCache<T> {
  private readonly entries = new Map<string, { version: string; value: T; storedAt: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly maxAgeMs: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /**
   * Whether an entry young enough to answer is stored under `key` (its version unknown until read): when
   * none is, the caller skips reading the data version and computes with it in one statement.
   */
  has(key: string, now: number): boolean {
    const entry = this.entries.get(key);
    return entry !== undefined && now - entry.storedAt <= this.maxAgeMs;
  }

  /** The value stored under `key` for exactly `version`, if still young enough; else undefined. */
  get(key: string, version: string, now: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version || now - entry.storedAt > this.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, version: string, value: T, now: number): void {
    this.entries.delete(key);
    this.entries.set(key, { version, value, storedAt: now });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
