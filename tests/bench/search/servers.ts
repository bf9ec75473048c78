import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort, startVerbund } from '../../support/server.ts';
import type { Json } from '../peers/compare.ts';
import { type BenchQuery, filterOf, pageSize, pageVariables } from './queries.ts';

export type ServerName = 'Verbund' | 'one statement';

/** A request of a load run: path and JSON body. */
export interface SearchRequest {
  path: string;
  body: string;
}

export interface Running {
  name: ServerName;
  url: string;
  request(q: BenchQuery): SearchRequest;
  /** Peers count what they send (`GET /statements`); Verbund reports it per answer. */
  counter?(): Promise<number>;
  /** Turns the server's answer into Verbund's shape, for the comparison (peers only). */
  reshape?(data: Json): Json;
  stop(): Promise<void>;
}

const running = new Set<Running>();

/** Stops every server started here that still runs. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((s) => s.stop()));
}

function track(server: Running): Running {
  const stop = server.stop.bind(server);
  server.stop = async () => {
    running.delete(server);
    await stop();
  };
  running.add(server);
  return server;
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Starts a peer script of this folder on a free port; resolves once `/healthz` answers. */
export async function startPeer(script: string, env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(import.meta.dirname, script)], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited(child)) throw new Error(`${script} exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${script} did not become ready:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    output: () => output,
    async statements() {
      return ((await (await fetch(`${url}/statements`)).json()) as { statements: number }).statements;
    },
    async stop() {
      if (exited(child)) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5_000))]);
      if (!exited(child)) child.kill('SIGKILL');
    },
  };
}

/** Verbund as a visitor reaches it in production: no demo seed, no public cache, its SQL count in a header. */
export async function startVerbundServer(databaseUrl: string, districts: { id: string; code: string }[], env: Record<string, string>) {
  const server = await startVerbund({
    DATABASE_URL: databaseUrl,
    DEMO_SEED: 'false',
    PUBLIC_CACHE_SECONDS: '0',
    LOG_LEVEL: 'error',
    NODE_ENV: 'production',
    SQL_COUNT_HEADER: 'true',
    ...env,
  });
  return track({
    name: 'Verbund',
    url: server.url,
    request: (q) => ({ path: '/graphql', body: JSON.stringify(pageVariables(q, districts)) }),
    stop: () => server.stop(),
  });
}

/** The one-statement peer (sql-server.ts). */
export async function startSqlServer(databaseUrl: string, districts: { id: string; code: string }[], env: Record<string, string>) {
  const peer = await startPeer('sql-server.ts', { ...env, DATABASE_URL: databaseUrl });
  return track({
    name: 'one statement',
    url: peer.url,
    request: (q) => ({ path: '/search', body: JSON.stringify({ ...filterOf(q, districts), first: pageSize }) }),
    counter: peer.statements,
    stop: peer.stop,
  });
}

/** One answer, with the SQL statements it took; fails on anything but data. */
export async function ask(server: Running, q: BenchQuery): Promise<{ data: Json; statements: number; ms: number }> {
  const request = server.request(q);
  const before = await server.counter?.();
  const started = performance.now();
  const res = await fetch(`${server.url}${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
  });
  const body = (await res.json()) as { data?: Json; errors?: unknown[] };
  const ms = performance.now() - started;
  const after = await server.counter?.();
  if (res.status !== 200 || body.errors || body.data === undefined || body.data === null) {
    throw new Error(`${server.name} did not answer "${q.search}" (HTTP ${res.status}): ${JSON.stringify(body).slice(0, 1000)}`);
  }
  const statements = before !== undefined && after !== undefined ? after - before : Number(res.headers.get('x-sql-statements'));
  return { data: server.reshape ? server.reshape(body.data) : body.data, statements, ms };
}

/** Waits until the server has answered what a load run left in flight (one more request queues behind them). */
export async function settle(server: Running, q: BenchQuery): Promise<void> {
  const request = server.request(q);
  await fetch(`${server.url}${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
    signal: AbortSignal.timeout(300_000),
  })
    .then((res) => res.arrayBuffer())
    .catch(() => undefined);
}
