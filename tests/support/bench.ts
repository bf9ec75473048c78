import { execFileSync } from 'node:child_process';
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
