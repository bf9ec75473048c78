import type { Actor } from '../auth/actor.js';
import { readRules, type TableRuleType, tableOf } from '../auth/read-rules.js';
import type { Config } from '../config/config.js';
import type { DatabaseTarget, EntityManager, Orm } from '../db/orm.js';
import { SqlReader, timestamp } from '../db/reader.js';
import { FALSE, ident, type Sql, sql } from '../db/sql.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import type { Logger } from '../logging/logger.js';
import { type EventBus, openEventBus } from './bus.js';

/** What an event is about: the record whose read rule decides, at delivery, who receives it. */
export interface EventRecord {
  type: TableRuleType;
  id: string;
}

/** One event of a topic, as stored in `realtime_event` and delivered to subscribers. */
export interface LiveEvent {
  topic: string;
  seq: number;
  kind: string;
  recordType: TableRuleType;
  recordId: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

interface EventRow {
  topic: string;
  seq: number;
  kind: string;
  record_type: TableRuleType;
  record_id: string;
  payload: Record<string, unknown> | string;
  created_at: string;
}

const toEvent = (row: EventRow): LiveEvent => ({
  topic: row.topic,
  seq: row.seq,
  kind: row.kind,
  recordType: row.record_type,
  recordId: row.record_id,
  payload: typeof row.payload === 'string' ? (JSON.parse(row.payload) as Record<string, unknown>) : row.payload,
  createdAt: timestamp(row.created_at),
});

/**
 * Appends events inside a writing transaction. Raising the topic's
 * sequence locks its row until commit, so a topic's events commit in
 * sequence order: whoever has seen event `n` can have missed none before it.
 */
export class EventWriter {
  readonly appended: LiveEvent[] = [];

  constructor(private readonly em: EntityManager) {}

  async append(topic: string, kind: string, record: EventRecord, payload: Record<string, unknown> = {}): Promise<LiveEvent> {
    const [row] = await this.em.execute<{ last_seq: number; now: string }[]>(
      `insert into realtime_topic (topic, last_seq) values (?, 1)
         on conflict (topic) do update set last_seq = realtime_topic.last_seq + 1
       returning last_seq, now()::text as now`,
      [topic],
    );
    const seq = Number(row?.last_seq);
    const event: LiveEvent = {
      topic,
      seq,
      kind,
      recordType: record.type,
      recordId: record.id,
      payload,
      createdAt: timestamp(row?.now ?? new Date()),
    };
    await this.em.execute(
      'insert into realtime_event (topic, seq, kind, record_type, record_id, payload, created_at) values (?, ?, ?, ?, ?, ?::jsonb, ?)',
      [topic, seq, kind, record.type, record.id, JSON.stringify(payload), event.createdAt],
    );
    this.appended.push(event);
    return event;
  }
}

/** A subscriber of one topic: its actor, how far it has read, and what waits to be sent. */
class Follower implements AsyncIterableIterator<LiveEvent> {
  readonly queue: LiveEvent[] = [];
  private waiting: ((result: IteratorResult<LiveEvent>) => void) | undefined;
  private failure: unknown;
  done = false;
  /** Per record type, the text of this actor's read rule: actors with equal text get equal answers. */
  private readonly ruleKeys = new Map<TableRuleType, { key: string; rule: Sql }>();

  constructor(
    readonly actor: Actor,
    public cursor: number,
    private readonly onEnd: (follower: Follower) => void,
  ) {}

  rule(type: TableRuleType) {
    let entry = this.ruleKeys.get(type);
    if (!entry) {
      const rule = readRules[type](this.actor, 't');
      const { text, values } = sql`${rule}`.compile();
      entry = { key: `${type} ${text} ${JSON.stringify(values)}`, rule };
      this.ruleKeys.set(type, entry);
    }
    return entry;
  }

  push(event: LiveEvent) {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: event, done: false });
    } else if (this.queue.length >= MAX_QUEUED) {
      this.fail(
        new DomainError(ErrorCode.TOO_MANY_REQUESTS, 'The connection falls behind the events; reconnect with the last sequence seen', {
          reason: 'SUBSCRIBER_TOO_SLOW',
        }),
      );
    } else this.queue.push(event);
  }

  fail(error: unknown) {
    this.failure = error;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      // Waiting for an event, the subscription simply ends; the client resubscribes from its last sequence number.
      this.finish();
      resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<LiveEvent>> {
    const event = this.queue.shift();
    if (event) return Promise.resolve({ value: event, done: false });
    if (this.failure) {
      const failure = this.failure;
      this.failure = undefined;
      this.finish();
      return Promise.reject(failure);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<LiveEvent>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  private finish() {
    if (this.done) return;
    this.done = true;
    this.queue.length = 0;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = undefined;
    this.onEnd(this);
  }
}

/** Events a slow subscriber may have waiting before it is cut off (it reconnects and catches up from the log). */
const MAX_QUEUED = 5000;
/** Events read from the log per statement. */
const PAGE = 500;
/** Rule checks (single rules, or groups of the same rule) per statement. */
const RULES_PER_STATEMENT = 100;
/** People per grouped check of one rule. */
const PARAMETER_ROWS = 1000;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The SQL type of each parameter position, the same for every row; undefined when a value is of no known kind. */
function columnTypes(rows: readonly (readonly unknown[])[]): string[] | undefined {
  const typeOf = (v: unknown): string | undefined => {
    if (typeof v === 'string') return uuidPattern.test(v) ? 'uuid' : 'text';
    if (typeof v === 'number' && Number.isInteger(v)) return 'int';
    if (typeof v === 'boolean') return 'boolean';
    if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'))
      return v.every((x) => uuidPattern.test(x)) ? 'uuid[]' : 'text[]';
    return undefined;
  };
  const first = rows[0];
  if (!first) return undefined;
  const types = first.map(typeOf);
  if (types.some((t) => !t)) return undefined;
  for (const row of rows) if (row.length !== types.length || row.some((v, k) => typeOf(v) !== types[k])) return undefined;
  return types as string[];
}

class TopicFeed {
  readonly followers = new Set<Follower>();
  pulling = false;
  again = false;
  constructor(readonly topic: string) {}
}

export interface LiveEventsOptions {
  /** How often topics with subscribers are compared with the log, in case an announcement was lost. @default 5000 */
  pollMs?: number;
  /** Events older than this are deleted; a client further behind reloads. @default 30 */
  retentionDays?: number;
}

/**
 * The API's live events. Writers append events to a topic inside their
 * transaction (`write`); the bus tells every process; each process reads
 * the new events once per topic from the log and hands each one to the
 * topic's local subscribers that may see its record at that moment (the
 * record type's read rule, one SQL statement per batch of events for all
 * distinct rules among the subscribers). A subscriber that passes the last
 * sequence number it saw gets exactly what it missed, from the log, across
 * restarts of either side.
 */
export class LiveEvents {
  private readonly feeds = new Map<string, TopicFeed>();
  private readonly stopListening: () => void;
  private readonly poller: NodeJS.Timeout;
  private readonly pruner: NodeJS.Timeout;

  constructor(
    private readonly reader: SqlReader,
    readonly bus: EventBus,
    private readonly options: LiveEventsOptions = {},
  ) {
    this.stopListening = bus.listen((topic, seq) => {
      if (topic === null) for (const feed of this.feeds.values()) void this.pull(feed);
      else {
        const feed = this.feeds.get(topic);
        if (feed && [...feed.followers].some((f) => f.cursor < seq)) void this.pull(feed);
      }
    });
    this.poller = setInterval(() => void this.poll().catch(() => {}), options.pollMs ?? 5000);
    this.poller.unref();
    this.pruner = setInterval(() => void this.prune().catch(() => {}), 3_600_000);
    this.pruner.unref();
  }

  /** Runs `work` in one transaction with an event writer, and announces its events once it has committed. */
  async write<T>(em: EntityManager, work: (em: EntityManager, events: EventWriter) => Promise<T>): Promise<T> {
    let writer: EventWriter | undefined;
    const result = await em.transactional(async (tx) => {
      writer = new EventWriter(tx);
      return work(tx, writer);
    });
    await this.announce(writer?.appended ?? []);
    return result;
  }

  /** Tells every process about committed events: the last sequence per topic is enough. */
  async announce(events: readonly LiveEvent[]): Promise<void> {
    const last = new Map<string, number>();
    for (const e of events) last.set(e.topic, Math.max(last.get(e.topic) ?? 0, e.seq));
    for (const [topic, seq] of last) await this.bus.announce(topic, seq).catch(() => {});
  }

  /** A topic's last sequence number (0 before its first event). */
  async lastSeq(topic: string): Promise<number> {
    const [row] = await this.reader.rows<{ last_seq: number }>(sql`select last_seq from realtime_topic where topic = ${topic}`);
    return row ? Number(row.last_seq) : 0;
  }

  /**
   * The events of `topic` after `after` (or from now on, without it), then
   * each new one, as `actor` may see them when they are delivered.
   */
  async subscribe(topic: string, actor: Actor, after: number | null | undefined): Promise<AsyncIterableIterator<LiveEvent>> {
    const [state] = await this.reader.rows<{ last_seq: number | null; min_seq: number | null }>(
      sql`select (select last_seq from realtime_topic where topic = ${topic}) as last_seq,
                 (select min(seq) from realtime_event where topic = ${topic}) as min_seq`,
    );
    const last = Number(state?.last_seq ?? 0);
    const oldest = state?.min_seq === null || state?.min_seq === undefined ? last + 1 : Number(state.min_seq);
    if (after !== null && after !== undefined) {
      if (after < 0 || after > last)
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `No event ${after} exists yet; the last is ${last}`, {
          field: 'after',
          reason: 'UNKNOWN_SEQUENCE',
          details: { lastSeq: last },
        });
      if (after < oldest - 1)
        throw new DomainError(ErrorCode.CONFLICT, 'Events this old are no longer kept; load the page again', {
          field: 'after',
          reason: 'EVENTS_EXPIRED',
          details: { lastSeq: last },
        });
    }
    let feed = this.feeds.get(topic);
    if (!feed) {
      feed = new TopicFeed(topic);
      this.feeds.set(topic, feed);
    }
    const follower = new Follower(actor, after ?? last, (f) => {
      const current = this.feeds.get(topic);
      current?.followers.delete(f);
      if (current && current.followers.size === 0 && !current.pulling) this.feeds.delete(topic);
    });
    feed.followers.add(follower);
    // Catch up, and pick up anything committed since the state above was read.
    void this.pull(feed);
    return follower;
  }

  /** Subscribers on this process, per topic (for tests and the benchmark). */
  followerCount(topic: string): number {
    return this.feeds.get(topic)?.followers.size ?? 0;
  }

  async close(): Promise<void> {
    this.stopListening();
    clearInterval(this.poller);
    clearInterval(this.pruner);
    for (const feed of this.feeds.values()) for (const f of [...feed.followers]) void f.return();
    this.feeds.clear();
    await this.bus.close();
  }

  /** Reads a topic's events past its slowest subscriber and delivers them; one pull per topic at a time. */
  private async pull(feed: TopicFeed): Promise<void> {
    if (feed.pulling) {
      feed.again = true;
      return;
    }
    feed.pulling = true;
    try {
      do {
        feed.again = false;
        for (;;) {
          const followers = [...feed.followers];
          if (followers.length === 0) break;
          const from = Math.min(...followers.map((f) => f.cursor));
          const rows = await this.reader.rows<EventRow>(
            sql`select topic, seq, kind, record_type, record_id, payload, created_at::text as created_at
                  from realtime_event where topic = ${feed.topic} and seq > ${from} order by seq limit ${PAGE}`,
          );
          if (rows.length === 0) break;
          await this.deliver(followers, rows.map(toEvent));
          if (rows.length < PAGE) break;
        }
      } while (feed.again);
    } catch (error) {
      for (const f of feed.followers) f.fail(error);
    } finally {
      feed.pulling = false;
      if (feed.followers.size === 0) this.feeds.delete(feed.topic);
    }
  }

  /** Hands each event to the followers that have not had it and may see its record now. */
  private async deliver(followers: Follower[], events: LiveEvent[]): Promise<void> {
    const visible = await this.visibility(followers, events);
    for (const event of events) {
      for (const f of followers) {
        if (f.done || f.cursor >= event.seq) continue;
        f.cursor = event.seq;
        if (visible.get(f.rule(event.recordType).key)?.has(event.recordId)) f.push(event);
      }
    }
  }

  /**
   * For each distinct read rule among the followers: the ids of the events'
   * records it lets through. Rules that differ only in their bind values
   * (the same rule for different people) are checked together: one lateral
   * join over a VALUES list of their parameters, so a thousand members cost
   * one plan, not a thousand.
   */
  private async visibility(followers: Follower[], events: LiveEvent[]): Promise<Map<string, Set<string>>> {
    const idsByType = new Map<TableRuleType, Set<string>>();
    for (const e of events) {
      const ids = idsByType.get(e.recordType) ?? new Set<string>();
      idsByType.set(e.recordType, ids);
      ids.add(e.recordId);
    }
    const result = new Map<string, Set<string>>();
    const shapes = new Map<
      string,
      { type: TableRuleType; text: string; checks: { key: string; rule: Sql; values: readonly unknown[] }[] }
    >();
    for (const type of idsByType.keys()) {
      for (const f of followers) {
        const { key, rule } = f.rule(type);
        if (result.has(key)) continue;
        result.set(key, new Set());
        if (rule === FALSE) continue;
        const { text, values } = rule.compile();
        const shape = `${type} ${text}`;
        const entry = shapes.get(shape) ?? { type, text, checks: [] };
        shapes.set(shape, entry);
        entry.checks.push({ key, rule, values });
      }
    }
    const parts: { sql: Sql; keys: string[] }[] = [];
    for (const { type, text, checks } of shapes.values()) {
      const ids = [...(idsByType.get(type) ?? [])];
      const table = ident(tableOf[type]);
      const types = checks.length > 1 ? columnTypes(checks.map((c) => c.values)) : undefined;
      if (!types) {
        for (const c of checks)
          parts.push({ sql: sql`select 0 as n, t.id from ${table} t where t.id = any(${ids}::uuid[]) and ${c.rule}`, keys: [c.key] });
        continue;
      }
      for (let i = 0; i < checks.length; i += PARAMETER_ROWS) {
        const group = checks.slice(i, i + PARAMETER_ROWS);
        const rows = sql.join(
          group.map(
            (c, n) =>
              sql`(${n}::int${sql.join(
                c.values.map((v, k) => sql`, ${v}::${sql.raw(types[k] as string)}`),
                '',
              )})`,
          ),
          ', ',
        );
        const columns = types.map((_, k) => `p${k + 1}`).join(', ');
        // The rule's own text, its parameters read from the row of each person it is asked for.
        const condition = sql.raw(text.replace(/\$(\d+)/g, (_, k) => `v.p${k}`));
        parts.push({
          sql: sql`select v.n, x.id from (values ${rows}) as v(n, ${sql.raw(columns)})
            cross join lateral (select t.id from ${table} t where t.id = any(${ids}::uuid[]) and ${condition}) x`,
          keys: group.map((c) => c.key),
        });
      }
    }
    for (let i = 0; i < parts.length; i += RULES_PER_STATEMENT) {
      const chunk = parts.slice(i, i + RULES_PER_STATEMENT);
      const statement = sql.join(
        chunk.map((p, m) => sql`select ${m}::int as part, q.n, q.id from (${p.sql}) q`),
        ' union all ',
      );
      const rows = await this.reader.rows<{ part: number; n: number; id: string }>(statement);
      for (const row of rows) result.get(chunk[row.part]?.keys[row.n] ?? '')?.add(row.id);
    }
    return result;
  }

  /** Compares the topics this process follows with the log: catches announcements that never arrived. */
  private async poll(): Promise<void> {
    const topics = [...this.feeds.keys()];
    if (topics.length === 0) return;
    const rows = await this.reader.rows<{ topic: string; last_seq: number }>(
      sql`select topic, last_seq from realtime_topic where topic = any(${topics}::text[])`,
    );
    for (const row of rows) {
      const feed = this.feeds.get(row.topic);
      if (feed && [...feed.followers].some((f) => f.cursor < Number(row.last_seq))) void this.pull(feed);
    }
  }

  /** Deletes events past the retention period. */
  async prune(): Promise<void> {
    const days = this.options.retentionDays ?? 30;
    await this.reader.rows(sql`delete from realtime_event where created_at < now() - make_interval(days => ${days}) returning 0`);
  }
}

/** The live events of one API process, on the bus the configuration asks for. */
export async function openLiveEvents(
  config: Pick<Config, 'redisUrl' | 'realtime'>,
  database: DatabaseTarget,
  orm: Orm,
  logger: Logger,
  namespace?: string,
): Promise<LiveEvents> {
  const bus = await openEventBus(config, database, logger, namespace);
  logger.info({ bus: bus.kind }, 'live events');
  return new LiveEvents(new SqlReader(orm.em, { prepared: database.kind === 'postgres' }), bus, {
    pollMs: config.realtime.pollMs,
    retentionDays: config.realtime.retentionDays,
  });
}
