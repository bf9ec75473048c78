import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../src/auth/login-throttle.js';
import { openThrottleStore, type ThrottleStore, type ThrottleStoreKind } from '../../src/auth/throttle-store.js';
import type { Config } from '../../src/config/config.js';
import { type Orm, openDatabase } from '../../src/db/orm.js';
import { createLogger } from '../../src/logging/logger.js';
import { User } from '../../src/modules/user/user.entity.js';
import { createTestDatabase, databaseLabel, testDatabaseUrl, testRedisUrl } from '../support/database.js';
import { PASSWORD } from '../support/fixture.js';
import { errorCode } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const logger = createLogger('silent');
const namespace = () => `verbund-test-${process.pid}-${randomBytes(4).toString('hex')}`;

/** The stores this run can reach: the embedded run has memory only; the server run PostgreSQL and Redis. */
const graphqlVariants: { store: ThrottleStoreKind; env: Record<string, string> }[] = [
  { store: testDatabaseUrl ? 'postgres' : 'memory', env: {} },
  ...(testRedisUrl ? [{ store: 'redis' as const, env: { REDIS_URL: testRedisUrl } }] : []),
];

for (const variant of graphqlVariants) {
  describe(`login throttling per account and per client address (${databaseLabel}, ${variant.store} store)`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(
        { LOGIN_MAX_ATTEMPTS: '3', LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '5', LOGIN_WINDOW_SECONDS: '600', ...variant.env },
        { throttleNamespace: namespace() },
      );
      await h.reset();
    });
    afterAll(async () => {
      await h?.close();
    });

    /** A client whose requests come from `address` (through the loopback proxy the server trusts). */
    const from = (address: string) => {
      const client = h.client();
      client.headers['x-forwarded-for'] = address;
      return client;
    };
    const login = (address: string, email: string, password = 'wrong password') => from(address).request(LOGIN, { e: email, p: password });
    const lastLogin = async (email: string) => (await h.orm.em.fork().findOneOrFail(User, { email })).lastLoginAt ?? null;

    it('uses the store the configuration asks for', () => {
      expect(h.throttleStore.kind).toBe(variant.store);
    });

    it('throttles one account name whatever address the attempts come from', async () => {
      for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
        expect(errorCode(await login(address, 'editor.caritas@test.example'))).toBe('UNAUTHENTICATED');
      }
      const before = await lastLogin('editor.caritas@test.example');
      const blocked = await login('198.51.100.4', 'editor.caritas@test.example', PASSWORD);
      expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'LOGIN_THROTTLED' });
      expect(blocked.errors?.[0]?.extensions?.details?.retryAfterSeconds).toBeGreaterThan(0);
      expect(blocked.errors?.[0]?.extensions?.details?.retryAfterSeconds).toBeLessThanOrEqual(600);
      // Refused before the password was checked: no session, no login recorded.
      expect(blocked.setCookie).toBeNull();
      expect(await lastLogin('editor.caritas@test.example')).toEqual(before);
    });

    it('throttles one address that tries many account names, and only that address', async () => {
      const address = '203.0.113.10';
      for (let i = 0; i < 5; i++) {
        expect(errorCode(await login(address, `guess${i}@test.example`))).toBe('UNAUTHENTICATED');
      }
      const blocked = await login(address, 'member@test.example', PASSWORD);
      expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'LOGIN_THROTTLED' });
      expect(blocked.errors?.[0]?.extensions?.details?.retryAfterSeconds).toBeGreaterThan(0);
      expect(blocked.setCookie).toBeNull();
      expect(await lastLogin('member@test.example')).toBeNull();
      // The account itself is not throttled: from elsewhere its owner logs in.
      const elsewhere = await login('203.0.113.11', 'member@test.example', PASSWORD);
      expect(elsewhere.errors).toBeUndefined();
      expect(await lastLogin('member@test.example')).not.toBeNull();
    });

    it("clears the account's count on success, but not the address's", async () => {
      const address = '192.0.2.20';
      const account = 'editor.cafe@test.example';
      for (let i = 0; i < 2; i++) expect(errorCode(await login(address, account))).toBe('UNAUTHENTICATED');
      expect((await login(address, account, PASSWORD)).errors).toBeUndefined();
      // The account starts afresh: three more failures (from elsewhere) before it is throttled.
      for (let i = 0; i < 3; i++) expect(errorCode(await login('192.0.2.21', account))).toBe('UNAUTHENTICATED');
      expect(errorCode(await login('192.0.2.21', account, PASSWORD))).toBe('TOO_MANY_REQUESTS');
      // The address kept its two failures: three more reach its limit of five.
      for (let i = 0; i < 3; i++) expect(errorCode(await login(address, `other${i}@test.example`))).toBe('UNAUTHENTICATED');
      expect(errorCode(await login(address, 'admin@test.example', PASSWORD))).toBe('TOO_MANY_REQUESTS');
    });
  });
}

/** Two stores on the same backend, each with its own connections, as two API processes have. */
interface StorePair {
  kind: ThrottleStoreKind;
  open(): Promise<[ThrottleStore, ThrottleStore]>;
  close(): Promise<void>;
  /** The keys in the `rate_limit` table (PostgreSQL only). */
  storedKeys?(): Promise<string[]>;
}

function storePairs(): StorePair[] {
  if (!testDatabaseUrl || !testRedisUrl) {
    const redisUrl = undefined;
    return [
      {
        kind: 'memory',
        async open() {
          const database = { kind: 'pglite-memory' } as const;
          return [await openThrottleStore({ redisUrl, database, logger }), await openThrottleStore({ redisUrl, database, logger })];
        },
        async close() {},
      },
    ];
  }
  const redisUrl = testRedisUrl;
  let orms: Orm[] = [];
  let drop: () => Promise<void> = async () => {};
  return [
    {
      kind: 'postgres',
      async open() {
        const database = await createTestDatabase();
        drop = database.drop;
        orms = [await openDatabase(database.target), await openDatabase(database.target, { migrate: false })];
        return [
          await openThrottleStore({ redisUrl: undefined, database: database.target, orm: orms[0], logger }),
          await openThrottleStore({ redisUrl: undefined, database: database.target, orm: orms[1], logger }),
        ];
      },
      async close() {
        for (const orm of orms) await orm.close(true);
        await drop();
      },
      async storedKeys() {
        const rows = await (orms[0] as Orm).em.fork().execute<{ key: string }[]>('select key from rate_limit');
        return rows.map((r) => r.key);
      },
    },
    {
      kind: 'redis',
      async open() {
        const shared = namespace();
        const database = { kind: 'pglite-memory' } as const;
        return [
          await openThrottleStore({ redisUrl, database, logger, namespace: shared }),
          await openThrottleStore({ redisUrl, database, logger, namespace: shared }),
        ];
      },
      async close() {},
    },
  ];
}

const limits: Config['login'] = { maxAttempts: 3, windowSeconds: 60, maxAttemptsPerAddress: 4 };

for (const pair of storePairs()) {
  describe(`throttle counts across API processes (${pair.kind} store)`, () => {
    let stores: ThrottleStore[] = [];
    beforeAll(async () => {
      stores = await pair.open();
    });
    afterAll(async () => {
      for (const store of stores) await store.close();
      await pair.close();
    });

    if (pair.kind === 'memory') {
      it('shares the count within one process, and only there (the embedded database serves one process)', async () => {
        const [one, other] = stores as [ThrottleStore, ThrottleStore];
        const first = new LoginThrottle(one, limits);
        const sameProcess = new LoginThrottle(one, limits);
        const otherProcess = new LoginThrottle(other, limits);
        for (const throttle of [first, sameProcess, first]) expect(await throttle.attempt('a@test.example', '10.0.0.1')).toBe(0);
        expect(await sameProcess.attempt('a@test.example', '10.0.0.2')).toBeGreaterThan(0);
        expect(await otherProcess.attempt('a@test.example', '10.0.0.2')).toBe(0);
      });
      return;
    }

    it('counts failures of both processes against the same account and address', async () => {
      const [a, b] = stores.map((store) => new LoginThrottle(store, limits)) as [LoginThrottle, LoginThrottle];
      expect(await a.attempt('shared@test.example', '10.1.0.1')).toBe(0);
      expect(await b.attempt('shared@test.example', '10.1.0.2')).toBe(0);
      expect(await a.attempt('shared@test.example', '10.1.0.3')).toBe(0);
      const wait = await b.attempt('shared@test.example', '10.1.0.4');
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(60);
      // Per address, too: four names from one address, split over both processes, reach its limit.
      for (const [i, throttle] of [a, b, a, b].entries()) expect(await throttle.attempt(`name${i}@test.example`, '10.1.1.1')).toBe(0);
      expect(await a.attempt('fresh@test.example', '10.1.1.1')).toBeGreaterThan(0);
    });

    it("a success in one process clears the account's count for the other", async () => {
      const [a, b] = stores.map((store) => new LoginThrottle(store, limits)) as [LoginThrottle, LoginThrottle];
      expect(await a.attempt('clear@test.example', '10.2.0.1')).toBe(0);
      expect(await b.attempt('clear@test.example', '10.2.0.1')).toBe(0);
      await a.succeeded('clear@test.example', '10.2.0.1');
      for (let i = 0; i < 3; i++) expect(await b.attempt('clear@test.example', '10.2.0.2')).toBe(0);
      expect(await a.attempt('clear@test.example', '10.2.0.2')).toBeGreaterThan(0);
    });

    if (pair.storedKeys) {
      const storedKeys = pair.storedKeys;
      it('keeps the counters in the migrated rate_limit table, under hashed keys', async () => {
        const keys = await storedKeys();
        expect(keys.length).toBeGreaterThan(0);
        expect(keys.some((key) => /test\.example|10\.\d+\.\d+\.\d+/.test(key))).toBe(false);
      });
    }
  });
}
