import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config/config.js';
import type { DatabaseTarget, Orm } from '../db/orm.js';
import type { Logger } from '../logging/logger.js';
import { RATE_LIMIT_TABLE } from './rate-limit.entity.js';

/** Where throttling counters live. Redis and PostgreSQL are shared by every API process; memory is one process's own. */
export type ThrottleStoreKind = 'redis' | 'postgres' | 'memory';

/** One kind of limit: at most `points` attempts per key within `durationSeconds`. */
export interface LimitOptions {
  /** Names the counter family (`login-account`); keys of different families never meet. */
  name: string;
  points: number;
  durationSeconds: number;
}

/** Counters for throttling, in a store that several API processes can share. */
export interface ThrottleStore {
  readonly kind: ThrottleStoreKind;
  counter(options: LimitOptions): AttemptCounter;
  /** Forgets every count of this store's namespace (between test cases; after restoring a backup). */
  clear(): Promise<void>;
  /** Closes the store's own connections (the PostgreSQL pool belongs to the ORM and closes with it). */
  close(): Promise<void>;
}

export interface ThrottleStoreOptions {
  redisUrl: Config['redisUrl'];
  database: DatabaseTarget;
  /** The open database; its connection pool holds the counters when the database is a PostgreSQL server. */
  orm?: Orm;
  logger: Logger;
  /** Prefix of every key, so several installations (or test runs) can share one Redis. @default 'verbund' */
  namespace?: string;
}

/**
 * Opens the throttling store the configuration asks for: Redis when
 * `REDIS_URL` is set, else the PostgreSQL server (table `rate_limit`, created
 * by a migration, never by the library), else memory on the embedded database,
 * which only one process uses.
 */
export async function openThrottleStore(options: ThrottleStoreOptions): Promise<ThrottleStore> {
  const namespace = options.namespace ?? 'verbund';
  if (options.redisUrl) {
    // Fail fast while Redis is away instead of queueing logins; a login then fails closed.
    const redis = new Redis(options.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    redis.on('error', (error: Error) => options.logger.warn({ err: { message: error.message } }, 'redis connection error'));
    await redis.connect();
    return {
      kind: 'redis',
      counter: (limit) =>
        new AttemptCounter(
          new RateLimiterRedis({
            storeClient: redis,
            keyPrefix: `${namespace}:${limit.name}`,
            points: limit.points,
            duration: limit.durationSeconds,
          }),
        ),
      async clear() {
        // SCAN, not KEYS: it does not block a Redis that others use.
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${namespace}:*`, 'COUNT', 500);
          if (keys.length) await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      },
      async close() {
        await redis.quit().catch(() => redis.disconnect());
      },
    };
  }
  if (options.database.kind === 'postgres') {
    if (!options.orm) throw new Error('openThrottleStore: a PostgreSQL database needs its ORM');
    // The ORM's own `pg` pool: no second pool to size, and it closes with the ORM.
    const pool = (await options.orm.em.getConnection().getNativeClient()) as {
      query(text: string, values: unknown[]): Promise<unknown>;
    };
    return {
      kind: 'postgres',
      counter: (limit) =>
        new AttemptCounter(
          new RateLimiterPostgres({
            storeClient: pool,
            storeType: 'pool',
            tableName: RATE_LIMIT_TABLE,
            tableCreated: true,
            keyPrefix: `${namespace}:${limit.name}`,
            points: limit.points,
            duration: limit.durationSeconds,
          }),
        ),
      async clear() {
        await pool.query(`delete from "${RATE_LIMIT_TABLE}" where left(key, length($1)) = $1`, [`${namespace}:`]);
      },
      async close() {},
    };
  }
  // Memory is the store: counters of one family must be one limiter, however often they are asked for.
  const families = new Map<string, { counter: AttemptCounter; empty: () => RateLimiterAbstract }>();
  return {
    kind: 'memory',
    counter(limit) {
      const family = `${limit.name}:${limit.points}:${limit.durationSeconds}`;
      let entry = families.get(family);
      if (!entry) {
        const empty = () =>
          new RateLimiterMemory({ keyPrefix: `${namespace}:${limit.name}`, points: limit.points, duration: limit.durationSeconds });
        entry = { counter: new AttemptCounter(empty()), empty };
        families.set(family, entry);
      }
      return entry.counter;
    },
    async clear() {
      for (const { counter, empty } of families.values()) counter.useLimiter(empty());
    },
    async close() {},
  };
}

/**
 * Counts attempts per key atomically in the store. Keys are hashed first, so
 * the store holds neither email addresses nor client addresses, and long
 * emails fit the key column.
 */
export class AttemptCounter {
  constructor(private limiter: RateLimiterAbstract) {}

  /** Counts in another limiter from now on; the memory store empties itself so. */
  useLimiter(limiter: RateLimiterAbstract): void {
    this.limiter = limiter;
  }

  /** Counts one attempt; returns the seconds to wait when this attempt is over the limit, else 0. */
  async attempt(key: string): Promise<number> {
    try {
      await this.limiter.consume(hashKey(key));
      return 0;
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  }

  /** Takes back one counted attempt (one that turned out not to be a failure). */
  async giveBack(key: string): Promise<void> {
    await this.limiter.reward(hashKey(key), 1);
  }

  /** Forgets every attempt of a key. */
  async clear(key: string): Promise<void> {
    await this.limiter.delete(hashKey(key));
  }
}

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');
