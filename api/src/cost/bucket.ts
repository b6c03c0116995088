import type { Redis } from 'ioredis';

/**
 * A leaky bucket of cost points per caller, as Shopify's GraphQL Admin API meters requests:
 * it holds at most `capacity` points and refills at `restoreRate` points a second; a request
 * that costs more than what is available is refused without executing.
 */
export interface BucketSettings {
  capacity: number;
  restoreRate: number;
}

export interface BucketState {
  allowed: boolean;
  /** Points available after this call (before it, when refused). */
  available: number;
}

export interface CostBucket {
  readonly settings: BucketSettings;
  take(key: string, cost: number): Promise<BucketState>;
  /** Gives back points charged for a request that turned out cheaper than requested. */
  refund(key: string, points: number): Promise<number>;
  close(): Promise<void>;
}

export class MemoryCostBucket implements CostBucket {
  private readonly levels = new Map<string, { available: number; at: number }>();

  constructor(readonly settings: BucketSettings) {}

  private current(key: string, now: number): number {
    const state = this.levels.get(key);
    if (!state) return this.settings.capacity;
    const refilled = state.available + ((now - state.at) / 1000) * this.settings.restoreRate;
    return Math.min(this.settings.capacity, refilled);
  }

  async take(key: string, cost: number): Promise<BucketState> {
    const now = Date.now();
    const available = this.current(key, now);
    if (cost > available) {
      this.levels.set(key, { available, at: now });
      return { allowed: false, available: Math.floor(available) };
    }
    this.levels.set(key, { available: available - cost, at: now });
    // Buckets that are full again carry no information; drop them so the map stays small.
    if (this.levels.size > 10_000) this.sweep(now);
    return { allowed: true, available: Math.floor(available - cost) };
  }

  async refund(key: string, points: number): Promise<number> {
    const now = Date.now();
    const available = Math.min(this.settings.capacity, this.current(key, now) + points);
    this.levels.set(key, { available, at: now });
    return Math.floor(available);
  }

  private sweep(now: number) {
    for (const key of this.levels.keys()) {
      if (this.current(key, now) >= this.settings.capacity) this.levels.delete(key);
    }
  }

  async close() {}
}

// Refill, check and take in one atomic step on the Redis server, so several API instances share
// one bucket per caller without races. Time comes from Redis, not from each instance's clock.
const TAKE = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'available', 'at')
local available = capacity
if state[1] then
  available = math.min(capacity, tonumber(state[1]) + (now - tonumber(state[2])) / 1000 * rate)
end
local allowed = 0
if cost <= available then
  available = math.min(capacity, available - cost)
  allowed = 1
end
redis.call('HSET', KEYS[1], 'available', tostring(available), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 1000)
return { allowed, tostring(available) }
`;

export class RedisCostBucket implements CostBucket {
  constructor(
    private readonly redis: Redis,
    readonly settings: BucketSettings,
    private readonly prefix = 'huigong:cost:',
  ) {}

  async take(key: string, cost: number): Promise<BucketState> {
    const [allowed, available] = (await this.redis.eval(
      TAKE,
      1,
      this.prefix + key,
      this.settings.capacity,
      this.settings.restoreRate,
      cost,
    )) as [number, string];
    return { allowed: allowed === 1, available: Math.floor(Number(available)) };
  }

  async refund(key: string, points: number): Promise<number> {
    const state = await this.take(key, -points);
    return Math.min(this.settings.capacity, state.available);
  }

  /** The connection is the server's, closed by it. */
  async close() {}
}
