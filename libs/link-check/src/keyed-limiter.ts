/**
 * At most `total` tasks at once, and at most `perKey` of them for one key (a host): a province's 158 LAOs
 * often link to the same provincial web host, which must not see more than a couple of requests at a time
 * from us. Tasks wait in arrival order.
 */
export class KeyedLimiter {
  private active = 0;
  private readonly activeByKey = new Map<string, number>();
  private readonly waiting: { key: string; start: () => void }[] = [];
  /** The most tasks ever seen running at once for one key (the bench checks the cap held). */
  maxSeenPerKey = 0;

  constructor(
    private readonly total: number,
    private readonly perKey: number,
  ) {}

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    await new Promise<void>((start) => {
      this.waiting.push({ key, start });
      this.next();
    });
    try {
      return await task();
    } finally {
      this.active--;
      const left = (this.activeByKey.get(key) ?? 1) - 1;
      if (left === 0) this.activeByKey.delete(key);
      else this.activeByKey.set(key, left);
      this.next();
    }
  }

  private next(): void {
    for (let i = 0; i < this.waiting.length && this.active < this.total;) {
      const { key, start } = this.waiting[i];
      const running = this.activeByKey.get(key) ?? 0;
      if (running >= this.perKey) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      this.active++;
      this.activeByKey.set(key, running + 1);
      this.maxSeenPerKey = Math.max(this.maxSeenPerKey, running + 1);
      start();
    }
  }
}
