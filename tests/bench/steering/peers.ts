/**
 * The two peers of the steering overview, each in its own process on the
 * benchmark database:
 * - one hand-written SQL statement (figures.ts) behind node:http (sql-server.ts);
 * - PostGraphile v5 (peers/postgraphile-server.ts, started as the peer
 *   benchmark starts it) on a `peer` schema of plain views of the rows the
 *   figures are counted from: every measure with its status, due date and
 *   body, every need with classification and status, the fund of a year with
 *   its applications' statuses and approved cents. PostGraphile has no
 *   aggregates without a plugin, so it answers the rows, not the figures:
 *   the client would have to count them. An admin sees all of these rows, so
 *   the views have no read rules (and PostGraphile checks no session).
 * Plus the checks that their answers hold Verbund's numbers.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../support/server.ts';
import { differences, type Json } from '../peers/compare.ts';
import type { PeerRequest } from '../peers/queries.ts';
import type { Running } from '../peers/servers.ts';

const exitOf = (child: ChildProcess) =>
  child.exitCode !== null ? `exit code ${child.exitCode}` : child.signalCode !== null ? `signal ${child.signalCode}` : undefined;

/** The one-statement server on a free port; resolves once it answers. */
export async function startFiguresServer(databaseUrl: string): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'sql-server.ts')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`steering/sql-server.ts exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`steering/sql-server.ts did not become ready:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    name: 'one statement',
    url,
    pid: child.pid as number,
    request: () => figuresSqlRequest(new Date().getUTCFullYear()),
    async counter() {
      const res = await fetch(`${url}/statements`);
      return ((await res.json()) as { statements: number }).statements;
    },
    exit: () => exitOf(child),
    async stop() {
      if (exitOf(child)) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (!exitOf(child)) child.kill('SIGKILL');
    },
  };
}

export const figuresSqlRequest = (year: number): PeerRequest => ({ path: '/figures', body: JSON.stringify({ year }) });

/** A PostGraphile smart comment: one tag per line. */
const tags = (...lines: string[]) => `E'${lines.join('\\n').replaceAll("'", "''")}'`;

/** Schema `peer` for PostGraphile: the rows behind the figures, as an admin sees them. */
export const rowsSchemaSql = `
drop schema if exists peer cascade;
create schema peer;

create view peer.body as select b.id, b.name from public.body b;
comment on view peer.body is ${tags('@primaryKey id')};

create view peer.measure as select x.id, x.title, x.status::text as status, x.due_on, x.body_id from public.measure x;
comment on view peer.measure is ${tags(
  '@primaryKey id',
  '@foreignKey (body_id) references peer.body (id)|@fieldName body|@foreignFieldName measures',
)};

create view peer.need as select n.id, n.classification::text as classification, n.status::text as status from public.need n;
comment on view peer.need is ${tags('@primaryKey id')};

create view peer.fund as select f.id, f.year, f.budget_cents from public.fund f;
comment on view peer.fund is ${tags('@primaryKey id', '@unique year')};

create view peer.fund_application as
  select a.id, a.fund_id, a.round_id, a.status::text as status, a.approved_cents from public.fund_application a;
comment on view peer.fund_application is ${tags(
  '@primaryKey id',
  '@foreignKey (fund_id) references peer.fund (id)|@fieldName fund|@foreignFieldName applications',
)};
`;

/** Creates (or re-creates) the `peer` schema of row views in the database at `url`. */
export async function installRowsSchema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(rowsSchemaSql);
  } finally {
    await client.end();
  }
}

/** PostGraphile's closest answer: the rows, in one request. */
export const rowsQuery = `query SteeringRows($year: Int!) {
  measures: allMeasuresList { id: rowId status dueOn body { id: rowId name } }
  needs: allNeedsList { classification status }
  fund: fundByYear(year: $year) { id: rowId budgetCents applications: applicationsList { status approvedCents roundId } }
}`;

export const rowsRequest = (year: number): PeerRequest => ({
  path: '/graphql',
  body: JSON.stringify({ query: rowsQuery, variables: { year } }),
});

export interface RowsAnswer {
  measures: { id: string; status: string; dueOn: string | null; body: { id: string; name: string } }[];
  needs: { classification: string; status: string }[];
  fund: { id: string; budgetCents: string; applications: { status: string; approvedCents: string | null; roundId: string }[] } | null;
}

const moneyOf = (cents: number) =>
  `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
const countKey: Record<string, string> = {
  PLANNED: 'planned',
  IN_PROGRESS: 'inProgress',
  DONE: 'done',
  STALLED: 'stalled',
  DROPPED: 'dropped',
};

/**
 * The figures the rows give when counted the way Verbund counts them (by
 * body, needs by classification, the fund's sums): what a client of
 * PostGraphile would have to compute.
 */
export function countRows(rows: RowsAnswer, today: string): Json {
  const byBody = new Map<string, Record<string, number | string>>();
  for (const m of rows.measures) {
    let c = byBody.get(m.body.id);
    if (!c) {
      c = { id: m.body.id, name: m.body.name, planned: 0, inProgress: 0, done: 0, stalled: 0, dropped: 0, overdue: 0, total: 0 };
      byBody.set(m.body.id, c);
    }
    (c[countKey[m.status] as string] as number)++;
    (c.total as number)++;
    if (m.dueOn && m.dueOn < today && ['PLANNED', 'IN_PROGRESS', 'STALLED'].includes(m.status)) (c.overdue as number)++;
  }
  const needs = new Map<string, Record<string, number | string>>();
  for (const n of rows.needs) {
    let c = needs.get(n.classification);
    if (!c) {
      c = { classification: n.classification, raised: 0, assessed: 0, prioritised: 0, open: 0, mandated: 0 };
      needs.set(n.classification, c);
    }
    const key = n.status.toLowerCase();
    if (key in c) (c[key] as number)++;
    if (['RAISED', 'ASSESSED', 'PRIORITISED'].includes(n.status)) (c.open as number)++;
  }
  const fund = rows.fund;
  const approved = (fund?.applications ?? [])
    .filter((a) => ['APPROVED', 'REPORT_DUE', 'CLOSED'].includes(a.status))
    .reduce((sum, a) => sum + Number(a.approvedCents ?? 0), 0);
  return {
    byBody: [...byBody.values()].sort((a, b) => String(a.id).localeCompare(String(b.id))),
    needs: [...needs.values()]
      .filter((n) => (n.raised as number) + (n.assessed as number) + (n.prioritised as number) + (n.mandated as number) > 0)
      .sort((a, b) => String(a.classification).localeCompare(String(b.classification))),
    fund: fund
      ? {
          budget: moneyOf(Number(fund.budgetCents)),
          approved: moneyOf(approved),
          remaining: moneyOf(Number(fund.budgetCents) - approved),
          applications: fund.applications.length,
        }
      : null,
  } as Json;
}

/** The same figures from Verbund's answer to the figures request (needs: the classifications with a need in a counted status, on both sides). */
export function verbundCounts(data: any): Json {
  const overview = data.steeringOverview;
  const fund = data.fundOfYear;
  return {
    byBody: overview.measuresByBody
      .map((g: any) => ({ id: g.body.id, name: g.body.name, ...g.counts }))
      .sort((a: any, b: any) => a.id.localeCompare(b.id)),
    needs: overview.needs
      .filter((n: any) => n.raised + n.assessed + n.prioritised + n.mandated > 0)
      .sort((a: any, b: any) => a.classification.localeCompare(b.classification)),
    fund: fund
      ? {
          budget: fund.budget,
          approved: fund.approved,
          remaining: fund.remaining,
          applications: fund.rounds.reduce((n: number, r: any) => n + r.applicationCount, 0),
        }
      : null,
  } as Json;
}

/** Readable differences between the counted rows and Verbund's figures (none when they agree). */
export function compareCounts(verbund: Json, counted: Json): string[] {
  return differences(verbund, counted, ['Verbund', 'PostGraphile rows counted']);
}
