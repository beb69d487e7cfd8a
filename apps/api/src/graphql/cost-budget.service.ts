import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { REDIS_CLIENT } from '@prongsai/jobs';

export type BudgetDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Charges `cost` to the window if it still fits in `budget`; a refused operation charges nothing (a client
 * that waits gets its whole budget back). A fresh window takes any one operation, so an operation the
 * complexity limit allows is never refused for good by a smaller budget. KEYS[1] the window's key; ARGV cost, budget, window ms. Returns
 * {1 | 0, milliseconds left in the window}.
 */
const CHARGE = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local cost = tonumber(ARGV[1])
if used > 0 and used + cost > tonumber(ARGV[2]) then
  return {0, redis.call('PTTL', KEYS[1])}
end
if redis.call('INCRBY', KEYS[1], cost) == cost then
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
return {1, redis.call('PTTL', KEYS[1])}
`;

const WINDOW_MS = 60_000;
/** The budget is a guardrail, not a dependency: if Redis does not answer in this time the call is let through. */
const REDIS_TIMEOUT_MS = 250;

/**
 * A per-caller budget of operation cost per minute (GRAPHQL_COST_PER_MINUTE), kept in Redis so every API
 * process shares it: expensive operations (roll-ups, progress estimates, province-wide writes, logins) use
 * it up quickly, cheap ones hardly. A caller's minute starts with its first charge (the key's expiry), so
 * there is no boundary at which two budgets can be spent back to back; checked and charged atomically.
 * Keys are scoped by database, since user ids are only unique within one.
 */
@Injectable()
export class CostBudgetService {
  private readonly logger = new Logger(CostBudgetService.name);
  private lastWarning = 0;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async charge(callerKey: string, cost: number): Promise<BudgetDecision> {
    const budget = this.config.graphqlLimits.costPerMinute;
    const key = `${this.config.redis.queuePrefix}:cost-budget:${this.config.database.databaseName}:${callerKey}`;
    let timer: NodeJS.Timeout | undefined;
    try {
      const reply = await Promise.race([
        this.redis.eval(CHARGE, 1, key, String(cost), String(budget), String(WINDOW_MS)) as Promise<
          [number, number]
        >,
        new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), REDIS_TIMEOUT_MS);
        }),
      ]);
      if (reply === null) return this.failOpen('Redis did not answer in time');
      const [ok, ttlMs] = reply;
      if (ok === 1) return { allowed: true };
      const left = ttlMs > 0 ? ttlMs : WINDOW_MS;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(left / 1000)) };
    } catch (err) {
      return this.failOpen((err as Error).message);
    } finally {
      clearTimeout(timer);
    }
  }

  private failOpen(why: string): BudgetDecision {
    if (Date.now() - this.lastWarning > 10_000) {
      this.lastWarning = Date.now();
      this.logger.warn(`cost budget not checked (${why}): operations let through`);
    }
    return { allowed: true };
  }
}
