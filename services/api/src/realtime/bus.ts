import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { Config } from '../config/config.js';
import type { DatabaseTarget } from '../db/orm.js';
import type { Logger } from '../logging/logger.js';

/** How events reach the other API processes: nowhere (one process), PostgreSQL LISTEN/NOTIFY, or Redis pub/sub. */
export type EventBusKind = 'local' | 'postgres' | 'redis';

/**
 * Tells every API process that a topic has a new event. It carries the
 * topic and its sequence number only, never the payload (NOTIFY's 8 kB
 * limit; and the payload is read from the event log under each
 * recipient's read rule anyway).
 */
export interface EventBus {
  readonly kind: EventBusKind;
  /** After the event's transaction committed. */
  announce(topic: string, seq: number): Promise<void>;
  /**
   * Calls `listener` for each announcement, this process's own included.
   * `topic` null means announcements may have been lost (a reconnect):
   * listeners should look at the event log for every topic they follow.
   */
  listen(listener: (topic: string | null, seq: number) => void): () => void;
  close(): Promise<void>;
}

const CHANNEL = 'verbund_realtime';

class Listeners {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  add(listener: (topic: string | null, seq: number) => void) {
    this.emitter.on('event', listener);
    return () => void this.emitter.off('event', listener);
  }
  emit(topic: string | null, seq: number) {
    this.emitter.emit('event', topic, seq);
  }
}

/** One process (the embedded database): announcements stay in memory. */
export class LocalBus implements EventBus {
  readonly kind = 'local' as const;
  private readonly listeners = new Listeners();
  async announce(topic: string, seq: number) {
    this.listeners.emit(topic, seq);
  }
  listen(listener: (topic: string | null, seq: number) => void) {
    return this.listeners.add(listener);
  }
  async close() {}
}

const encode = (topic: string, seq: number) => `${seq} ${topic}`;
const decode = (message: string): [string, number] | undefined => {
  const space = message.indexOf(' ');
  const seq = Number(message.slice(0, space));
  return space > 0 && Number.isInteger(seq) ? [message.slice(space + 1), seq] : undefined;
};

/** PostgreSQL LISTEN/NOTIFY on one dedicated connection, reconnected with backoff when it drops. */
export class PostgresBus implements EventBus {
  readonly kind = 'postgres' as const;
  private readonly listeners = new Listeners();
  private client: pg.Client | undefined;
  private closed = false;
  private retryMs = 250;

  private constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  static async open(url: string, logger: Logger): Promise<PostgresBus> {
    const bus = new PostgresBus(url, logger);
    await bus.connect();
    return bus;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (n) => {
      const decoded = n.payload ? decode(n.payload) : undefined;
      if (decoded) this.listeners.emit(decoded[0], decoded[1]);
    });
    client.on('error', (error) => {
      this.logger.warn({ err: { message: error.message } }, 'realtime: LISTEN connection lost');
      void client.end().catch(() => {});
      if (this.client === client) this.reconnect();
    });
    await client.connect();
    await client.query(`listen ${CHANNEL}`);
    this.client = client;
    this.retryMs = 250;
  }

  private reconnect() {
    this.client = undefined;
    if (this.closed) return;
    setTimeout(async () => {
      try {
        await this.connect();
        // Whatever was announced while we were away is in the event log.
        this.listeners.emit(null, 0);
      } catch {
        this.retryMs = Math.min(this.retryMs * 2, 10_000);
        this.reconnect();
      }
    }, this.retryMs).unref();
  }

  async announce(topic: string, seq: number) {
    const client = this.client;
    if (client) await client.query('select pg_notify($1, $2)', [CHANNEL, encode(topic, seq)]);
    // Without the connection, this process still hears its own; the others poll the log.
    else this.listeners.emit(topic, seq);
  }

  listen(listener: (topic: string | null, seq: number) => void) {
    return this.listeners.add(listener);
  }

  async close() {
    this.closed = true;
    await this.client?.end().catch(() => {});
  }
}

/** Redis pub/sub: one subscriber connection and one for publishing (ioredis reconnects both). */
export class RedisBus implements EventBus {
  readonly kind = 'redis' as const;
  private readonly listeners = new Listeners();

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly channel: string,
  ) {}

  static async open(url: string, logger: Logger, namespace = 'verbund'): Promise<RedisBus> {
    const options = { lazyConnect: true, maxRetriesPerRequest: 1 };
    const publisher = new Redis(url, options);
    const subscriber = new Redis(url, options);
    for (const r of [publisher, subscriber])
      r.on('error', (error: Error) => logger.warn({ err: { message: error.message } }, 'realtime: redis connection error'));
    await Promise.all([publisher.connect(), subscriber.connect()]);
    const bus = new RedisBus(publisher, subscriber, `${namespace}:${CHANNEL}`);
    subscriber.on('message', (_channel: string, message: string) => {
      const decoded = decode(message);
      if (decoded) bus.listeners.emit(decoded[0], decoded[1]);
    });
    // After a reconnect ioredis subscribes again; what was published meanwhile is in the event log.
    subscriber.on('ready', () => bus.listeners.emit(null, 0));
    await subscriber.subscribe(bus.channel);
    return bus;
  }

  async announce(topic: string, seq: number) {
    await this.publisher.publish(this.channel, encode(topic, seq)).catch(() => this.listeners.emit(topic, seq));
  }

  listen(listener: (topic: string | null, seq: number) => void) {
    return this.listeners.add(listener);
  }

  async close() {
    await Promise.all([this.publisher, this.subscriber].map((r) => r.quit().catch(() => r.disconnect())));
  }
}

/**
 * The bus the configuration asks for: `REALTIME_BUS` names one; by default
 * Redis when `REDIS_URL` is set, else PostgreSQL LISTEN/NOTIFY on a
 * PostgreSQL server, else (embedded database, one process) memory.
 */
export async function openEventBus(
  config: Pick<Config, 'redisUrl' | 'realtime'>,
  database: DatabaseTarget,
  logger: Logger,
  namespace?: string,
): Promise<EventBus> {
  const wanted = config.realtime.bus;
  const kind: EventBusKind = wanted !== 'auto' ? wanted : config.redisUrl ? 'redis' : database.kind === 'postgres' ? 'postgres' : 'local';
  if (kind === 'redis') {
    if (!config.redisUrl) throw new Error('REALTIME_BUS=redis needs REDIS_URL');
    return RedisBus.open(config.redisUrl, logger, namespace);
  }
  if (kind === 'postgres') {
    if (database.kind !== 'postgres') throw new Error('REALTIME_BUS=postgres needs DATABASE_URL');
    return PostgresBus.open(database.url, logger);
  }
  return new LocalBus();
}
