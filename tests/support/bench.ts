import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { repoRoot } from './server.ts';

export const benchSeconds = Number(process.env.BENCH_SECONDS ?? 10);
export const benchConnections = 20;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh benchmark database on the PostgreSQL server, or undefined when none is reachable. */
export async function postgresDatabase(name: string): Promise<string | undefined> {
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch {
    console.log(`PostgreSQL at ${adminUrl} is not reachable: benchmarking the embedded database only.`);
    return undefined;
  }
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Loads the demo city through the real CLI, with the given size flags. */
export function seedDemo(env: Record<string, string>, flags: string[]) {
  execFileSync(process.execPath, [path.join(repoRoot, 'services/api/dist/cli/demo-reload.js'), ...flags], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: 'inherit',
  });
}

/** One GraphQL request; returns the data and the SQL statements the server reported for it. */
export async function graphql(url: string, query: string, variables: object) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, statements: Number(res.headers.get('x-sql-statements')) };
}

/** Latency under load: a warm-up, then `benchConnections` clients for `benchSeconds`. */
export async function load(url: string, query: string, variables: object) {
  const run = (duration: number) =>
    autocannon({
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      connections: benchConnections,
      duration,
    });
  await run(2);
  const result = await run(benchSeconds);
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    requestsPerSecond: Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
  };
}

/** A prepared POST for a load run; `onResponse` sees each answer (status and body). */
export interface LoadRequest {
  path: string;
  body: string;
  onResponse?: (status: number, body: string) => void;
}

export interface LoadResult {
  /** Latencies in ms; NaN when no answer came back within the run. */
  p50: number;
  p99: number;
  requestsPerSecond: number;
  /** Answers received, whatever their status. */
  requests: number;
  /** Connection errors and timeouts plus non-2xx answers. */
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

/**
 * `connections` clients POST the given requests (in turn, per client) for
 * `seconds`, after an optional warm-up of the same kind. Requests that get no
 * answer within 10 s (`timeoutSeconds`) count as timeouts, so a dead server ends the run on time.
 */
export async function loadRequests(
  url: string,
  requests: LoadRequest[],
  options: { seconds?: number; connections?: number; warmUpSeconds?: number; timeoutSeconds?: number } = {},
): Promise<LoadResult> {
  const settings = (duration: number): autocannon.Options => ({
    url,
    connections: options.connections ?? benchConnections,
    duration,
    timeout: options.timeoutSeconds ?? 10,
    requests: requests.map((r) => ({
      method: 'POST' as const,
      path: r.path,
      headers: { 'content-type': 'application/json' },
      body: r.body,
      ...(r.onResponse ? { onResponse: r.onResponse } : {}),
    })),
  });
  if (options.warmUpSeconds) await autocannon(settings(options.warmUpSeconds));
  // autocannon's histogram keeps whole milliseconds, too coarse for answers that take one or two:
  // every answer's own time (a fraction of a millisecond, whatever its status) is kept here instead.
  const latencies = new Latencies();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(settings(options.seconds ?? benchSeconds), (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.add(responseTime));
  });
  const answered = result.requests.total > 0;
  return {
    p50: answered ? latencies.percentile(50) : Number.NaN,
    p99: answered ? latencies.percentile(99) : Number.NaN,
    requestsPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s?.count ?? 0])),
  };
}

/** Response times in milliseconds, and their percentiles rounded to a tenth. */
export class Latencies {
  private values = new Float64Array(1 << 16);
  private count = 0;

  add(ms: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = ms;
  }

  /** Nearest-rank percentile. */
  percentile(p: number): number {
    if (this.count === 0) return Number.NaN;
    const sorted = this.values.slice(0, this.count).sort();
    const rank = Math.min(this.count - 1, Math.max(0, Math.ceil((p / 100) * this.count) - 1));
    return Math.round((sorted[rank] as number) * 10) / 10;
  }
}

/** The middle value (the mean of the two middle ones for an even count); NaN values are left out. */
export function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Samples a process's resident memory every `intervalMs` until stopped; the
 * peak is the larger of the highest sample and the kernel's high-water mark
 * (VmHWM). Sampling ends quietly when the process is gone.
 */
export function watchMemory(pid: number, intervalMs = 100) {
  let peakKb = 0;
  let highWaterKb = 0;
  let gone = false;
  const sample = async () => {
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      peakKb = Math.max(peakKb, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      highWaterKb = Math.max(highWaterKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      gone = true;
    }
  };
  void sample();
  const timer = setInterval(() => void sample(), intervalMs);
  return {
    /**
     * Stops sampling; returns the largest RSS seen meanwhile (every `intervalMs`), the
     * process's high-water mark since it started (VmHWM, which catches peaks between
     * samples but also any earlier run), both in MiB, and whether it disappeared.
     */
    async stop() {
      clearInterval(timer);
      await sample();
      return { peakMiB: Math.round(peakKb / 1024), highWaterMiB: Math.round(highWaterKb / 1024), gone };
    },
  };
}
