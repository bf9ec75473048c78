import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort, startVerbund } from '../../support/server.ts';
import type { Json } from './compare.ts';
import {
  graphqlRequest,
  type PeerRequest,
  postgraphileOperations,
  type Shape,
  type ShapeArgs,
  sqlRequest,
  verbundOperations,
} from './queries.ts';

export const serverNames = ['Verbund', 'PostGraphile', 'one statement'] as const;
export type ServerName = (typeof serverNames)[number];

/** A running server of the comparison, with how it is asked each shape. */
export interface Running {
  name: ServerName;
  url: string;
  pid: number;
  request(shape: Shape): PeerRequest;
  /** The peers count the statements they send (`GET /statements`); Verbund reports them per answer. */
  counter?(): Promise<number>;
  /** How the process ended, once it has. */
  exit(): string | undefined;
  stop(): Promise<void>;
}

/** Everything started and not yet stopped, so that a failure or Ctrl-C stops it too. */
const started = new Set<{ stop(): Promise<void> }>();

function track<T extends { stop(): Promise<void> }>(server: T): T {
  const stop = server.stop.bind(server);
  server.stop = async () => {
    started.delete(server);
    await stop();
  };
  started.add(server);
  return server;
}

/** Stops every server started here that is still running. */
export async function stopAll(): Promise<void> {
  await Promise.all([...started].map((s) => s.stop()));
}

const exitOf = (child: ChildProcess) =>
  child.exitCode !== null ? `exit code ${child.exitCode}` : child.signalCode !== null ? `signal ${child.signalCode}` : undefined;

/**
 * Starts one of the peer servers in this folder (`postgraphile-server.ts`,
 * `sql-server.ts`) on a free port against `databaseUrl`; resolves once it answers.
 */
async function startPeer(script: string, databaseUrl: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(import.meta.dirname, script)], {
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited early:\n${output}`);
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
    child,
    async statements() {
      const res = await fetch(`${url}/statements`);
      return ((await res.json()) as { statements: number }).statements;
    },
    async stop() {
      if (exitOf(child)) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (!exitOf(child)) child.kill('SIGKILL');
    },
  };
}

/**
 * Verbund as it runs in production, read as a visitor: no demo seed, no
 * public cache, quiet logs; it still reports its SQL statements per answer.
 */
export async function startVerbundServer(databaseUrl: string, args: ShapeArgs, env: Record<string, string> = {}): Promise<Running> {
  const server = await startVerbund({
    DATABASE_URL: databaseUrl,
    DEMO_SEED: 'false',
    PUBLIC_CACHE_SECONDS: '0',
    LOG_LEVEL: 'error',
    NODE_ENV: 'production',
    SQL_COUNT_HEADER: 'true',
    ...env,
  });
  return track<Running>({
    name: 'Verbund',
    url: server.url,
    pid: server.process.pid as number,
    request: (shape) => graphqlRequest(verbundOperations[shape](args)),
    exit: () => exitOf(server.process),
    stop: () => server.stop(),
  });
}

/** PostGraphile on schema `peer` (postgraphile-server.ts). */
export async function startPostGraphile(databaseUrl: string, args: ShapeArgs): Promise<Running> {
  const peer = await startPeer('postgraphile-server.ts', databaseUrl, { GRAPHILE_ENV: 'production' });
  return track<Running>({
    name: 'PostGraphile',
    url: peer.url,
    pid: peer.child.pid as number,
    request: (shape) => graphqlRequest(postgraphileOperations[shape](args)),
    counter: peer.statements,
    exit: () => exitOf(peer.child),
    stop: peer.stop,
  });
}

/** One hand-written statement per shape (sql-server.ts). */
export async function startSqlServer(databaseUrl: string, args: ShapeArgs): Promise<Running> {
  const peer = await startPeer('sql-server.ts', databaseUrl);
  return track<Running>({
    name: 'one statement',
    url: peer.url,
    pid: peer.child.pid as number,
    request: (shape) => sqlRequest(shape, args),
    counter: peer.statements,
    exit: () => exitOf(peer.child),
    stop: peer.stop,
  });
}

/** One answer to a shape, with the SQL statements it took; fails on anything but data. */
export async function ask(server: Running, shape: Shape): Promise<{ data: Json; statements: number }> {
  const request = server.request(shape);
  const before = await server.counter?.();
  const res = await fetch(`${server.url}${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
  });
  const body = (await res.json()) as { data?: Json; errors?: unknown[] };
  const after = await server.counter?.();
  if (res.status !== 200 || body.errors || body.data === undefined) {
    throw new Error(`${server.name} did not answer the ${shape} query (HTTP ${res.status}): ${JSON.stringify(body).slice(0, 1000)}`);
  }
  const statements = before !== undefined && after !== undefined ? after - before : Number(res.headers.get('x-sql-statements'));
  return { data: body.data, statements };
}

/**
 * Waits until a server has worked off what a load run left in flight:
 * autocannon hangs up at the end, but the server still answers those requests,
 * and that work would otherwise land in the next run. One more request queues
 * behind them and comes back when they are done.
 */
export async function settle(server: Running, request: PeerRequest): Promise<void> {
  await fetch(`${server.url}${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
    signal: AbortSignal.timeout(120_000),
  })
    .then((res) => res.arrayBuffer())
    .catch(() => undefined);
}

/** Whether a server survived: its process still runs and answers /healthz within 5 s. */
export async function alive(server: Running): Promise<string> {
  const exit = server.exit();
  if (exit) return `exited (${exit})`;
  try {
    const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5000) });
    return res.ok ? 'up, /healthz answers' : `unhealthy (HTTP ${res.status})`;
  } catch {
    return 'still running, but no answer to /healthz within 5 s';
  }
}
