/**
 * Live meetings under load, on PostgreSQL, against the built server in
 * separate processes:
 * - 1,000 and 5,000 authenticated subscribers to one meeting on one
 *   instance: publish-to-receive latency of a notes edit (from sending the
 *   mutation until each subscriber has the event), and server memory per
 *   idle socket;
 * - 1,000 subscribers split across two instances (LISTEN/NOTIFY);
 * - sustained notes edits on one item: throughput and mutation latency for
 *   1 to 16 concurrent writers, while 20 people follow the meeting.
 *
 * Usage: npm run build && npm run bench:live   (BENCH_SECONDS, default 10, is the length of each edit run)
 * The subscribers run in this one process: their own work is part of the measured latency.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import * as Y from 'yjs';
import { benchSeconds, Latencies, postgresDatabase, seedDemo } from '../support/bench.ts';
import { rssMiB, startVerbund } from '../support/server.ts';
import { now, openSubscribers } from './live/subscribers.ts';

const databaseUrl = await postgresDatabase('verbund_bench_live');
if (!databaseUrl) process.exit(0);
seedDemo({ DATABASE_URL: databaseUrl }, []);

const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const running = (await db.query(`select id, body_id from meeting where status = 'RUNNING' limit 1`)).rows[0] as {
  id: string;
  body_id: string;
};
const item = (
  await db.query(`select id from agenda_item where meeting_id = $1 and visibility = 'PUBLIC' order by position limit 1`, [running.id])
).rows[0] as { id: string };

/** 100 members of the meeting's body with a session each (the cookie tokens). */
const tokens: string[] = [];
for (let n = 0; n < 100; n++) {
  const person = randomUUID();
  const user = randomUUID();
  const token = randomBytes(32).toString('base64url');
  await db.query(`insert into person (id, created_at, updated_at, given_name, family_name) values ($1, now(), now(), 'Bench', $2)`, [
    person,
    `Mitglied ${n}`,
  ]);
  await db.query(
    `insert into membership (id, created_at, updated_at, body_id, person_id, role, valid_from) values ($1, now(), now(), $2, $3, 'MEMBER', '2020-01-01')`,
    [randomUUID(), running.body_id, person],
  );
  await db.query(
    `insert into app_user (id, created_at, updated_at, email, display_name, password_hash, role, person_id)
     values ($1, now(), now(), $2, $3, 'not-a-hash', 'MEMBER', $4)`,
    [user, `bench${n}@bench.example`, `Mitglied ${n}`, person],
  );
  await db.query(`insert into session (id, user_id, created_at, expires_at) values ($1, $2, now(), now() + interval '1 day')`, [
    createHash('sha256').update(token).digest('hex'),
    user,
  ]);
  tokens.push(token);
}
await db.end();

const env = {
  DATABASE_URL: databaseUrl,
  DEMO_SEED: 'false',
  LOG_LEVEL: 'error',
  NODE_ENV: 'production',
  PUBLIC_CACHE_SECONDS: '0',
  WS_MAX_SOCKETS_PER_SESSION: '100',
};
const cookie = (n: number) => `verbund_session=${tokens[n % tokens.length]}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const EDIT = 'mutation($i: UUID!, $u: String!, $c: String) { editAgendaNotes(agendaItemId: $i, update: $u, clientId: $c) { revision } }';

async function edit(url: string, doc: Y.Doc, writer: string, n: number): Promise<number> {
  const before = Y.encodeStateVector(doc);
  doc.getText('notes').insert(0, `${writer}${n} `);
  const update = Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookie(0) },
    body: JSON.stringify({ query: EDIT, variables: { i: item.id, u: update, c: writer } }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return performance.now() - started;
}

interface Subscribers {
  /** Receive times (ms on the shared clock) by event sequence number, one per subscriber. */
  received: Map<number, number[]>;
  count: number;
  close(): Promise<void>;
}

/**
 * Opens `count` sockets (spread over the sessions), each subscribed to the
 * meeting's events; in this thread, or spread over `threads` worker threads
 * so that the subscribers' own work runs beside the main thread's.
 */
async function subscribe(urls: string[], count: number, threads = 0): Promise<Subscribers> {
  const received = new Map<number, number[]>();
  const note = (seq: number, at: number) => {
    const times = received.get(seq) ?? [];
    times.push(at);
    received.set(seq, times);
  };
  const cookies = tokens.map((_, n) => cookie(n));
  if (threads === 0) {
    const close = await openSubscribers({ urls, count, first: 0, cookies, meetingId: running.id, onReceive: note });
    return { received, count, close };
  }
  const workers = Array.from({ length: threads }, (_, w) => {
    const share = Math.floor(count / threads) + (w < count % threads ? 1 : 0);
    const first = w * Math.floor(count / threads) + Math.min(w, count % threads);
    return new Worker(new URL('./live/subscriber-worker.ts', import.meta.url), {
      workerData: { urls, count: share, first, cookies, meetingId: running.id },
    });
  });
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          worker.on('message', (m: { type: string; batch?: [number, number][] }) => {
            if (m.type === 'ready') resolve();
            if (m.type === 'received') for (const [seq, at] of m.batch ?? []) note(seq, at);
          });
        }),
    ),
  );
  return {
    received,
    count,
    async close() {
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              worker.on('message', (m: { type: string }) => m.type === 'closed' && resolve());
              worker.postMessage({ type: 'close' });
            }),
        ),
      );
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Sends `events` edits one after another; each one's latency per subscriber is its arrival minus its sending time. */
async function publishToReceive(url: string, subs: Subscribers, events: number) {
  const doc = new Y.Doc();
  const latencies = new Latencies();
  let missing = 0;
  // The first edit warms up the server and proves every subscription is live.
  await edit(url, doc, 'warm', 0);
  await waitFor(() => [...subs.received.values()].some((t) => t.length === subs.count), 30_000);
  for (let n = 1; n <= events; n++) {
    const seqBefore = Math.max(0, ...subs.received.keys());
    const sent = now();
    await edit(url, doc, 'p', n);
    const seq = seqBefore + 1;
    await waitFor(() => (subs.received.get(seq)?.length ?? 0) >= subs.count, 10_000);
    const times = subs.received.get(seq) ?? [];
    missing += subs.count - times.length;
    for (const t of times) latencies.add(t - sent);
    await sleep(100);
  }
  return { p50: latencies.percentile(50), p99: latencies.percentile(99), missing };
}

async function waitFor(done: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await sleep(2);
}

const rows: string[] = [];

// One instance: 1,000 and 5,000 subscribers.
for (const count of [1000, 5000]) {
  const server = await startVerbund(env);
  const pid = server.process.pid as number;
  await edit(server.url, new Y.Doc(), 'boot', 0);
  await sleep(1000);
  const before = await rssMiB(pid);
  const subs = await subscribe([server.url], count);
  await sleep(3000);
  const idle = await rssMiB(pid);
  const result = await publishToReceive(server.url, subs, count >= 5000 ? 20 : 40);
  const perSocketKiB = Math.round(((idle - before) * 1024) / count);
  rows.push(
    `| ${count.toLocaleString('en')} | 1 | ${result.p50} | ${result.p99} | ${result.missing} | ${before} → ${idle} | ${perSocketKiB} |`,
  );
  console.log(`${count} subscribers, 1 instance: p50 ${result.p50} ms, p99 ${result.p99} ms, ${perSocketKiB} KiB per idle socket`);
  await subs.close();
  await server.stop();
}

// The same 1,000 subscribers in two worker threads: their own work no longer delays the main thread's last ones.
{
  const server = await startVerbund(env);
  await edit(server.url, new Y.Doc(), 'boot', 0);
  const subs = await subscribe([server.url], 1000, 2);
  await sleep(2000);
  const result = await publishToReceive(server.url, subs, 40);
  rows.push(`| 1,000 (in 2 client threads) | 1 | ${result.p50} | ${result.p99} | ${result.missing} | | |`);
  console.log(`1000 subscribers in 2 client threads, 1 instance: p50 ${result.p50} ms, p99 ${result.p99} ms`);
  await subs.close();
  await server.stop();
}

// Two instances on the same database: half the subscribers on each, edits sent to the first.
{
  const one = await startVerbund(env);
  const two = await startVerbund(env);
  await edit(one.url, new Y.Doc(), 'boot', 0);
  const subs = await subscribe([one.url, two.url], 1000);
  await sleep(2000);
  const result = await publishToReceive(one.url, subs, 40);
  rows.push(`| 1,000 | 2 | ${result.p50} | ${result.p99} | ${result.missing} | | |`);
  console.log(`1000 subscribers on 2 instances: p50 ${result.p50} ms, p99 ${result.p99} ms`);
  await subs.close();
  await one.stop();
  await two.stop();
}

// Sustained edits on one item while 20 people follow the meeting.
const editRows: string[] = [];
{
  const server = await startVerbund(env);
  const subs = await subscribe([server.url], 20);
  await edit(server.url, new Y.Doc(), 'boot', 0);
  for (const writers of [1, 2, 4, 8, 16]) {
    const latencies = new Latencies();
    let edits = 0;
    const until = performance.now() + benchSeconds * 1000;
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        const doc = new Y.Doc();
        for (let n = 0; performance.now() < until; n++) {
          latencies.add(await edit(server.url, doc, `w${writers}.${w}.`, n));
          edits += 1;
        }
      }),
    );
    const rate = Math.round(edits / benchSeconds);
    editRows.push(`| ${writers} | ${rate} | ${latencies.percentile(50)} | ${latencies.percentile(99)} |`);
    console.log(`${writers} writers: ${rate} edits/s, p50 ${latencies.percentile(50)} ms, p99 ${latencies.percentile(99)} ms`);
  }
  await subs.close();
  await server.stop();
}

console.log(`
## Live meetings on PostgreSQL (built server, production mode; subscribers in the benchmark's own process)

Publish-to-receive: a notes edit sent over HTTP until each subscriber has its NOTES_UPDATED event.
Targets: p99 < 50 ms at 1,000 subscribers on one instance, < 150 ms split across two; ≤ 64 KiB per idle socket.

| subscribers | instances | p50 ms | p99 ms | events missed | server RSS MiB (before → idle) | KiB per idle socket |
|---|---|---|---|---|---|---|
${rows.join('\n')}

Sustained notes edits on one agenda item (each writer sends its next edit when the last one is answered; ${benchSeconds} s each; 20 subscribers):

| writers | edits/s | p50 ms | p99 ms |
|---|---|---|---|
${editRows.join('\n')}
`);
process.exit(0);
