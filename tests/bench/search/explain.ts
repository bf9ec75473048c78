/**
 * What the directory search costs inside PostgreSQL: starts Verbund in this
 * process (from services/api/dist) with every statement its read models send
 * recorded, asks the directory page's search once per query, and runs
 * `EXPLAIN (ANALYZE, BUFFERS)` on each statement it sent: as PostgreSQL plans
 * it for the given values (custom plan) and, since Verbund prepares its
 * statements by name on a PostgreSQL server, as a generic plan too
 * (`plan_cache_mode = force_generic_plan`), which the server may switch to
 * after five runs of a prepared statement.
 *
 * Usage (after `npm run build`), on a database seeded by `demo:reload`:
 *   DATABASE_URL=postgres://… node bench/search/explain.ts [out-folder]
 * Prints one line per statement (its role, rows, planning and execution
 * time); writes every plan to out-folder (default: artifacts/search-explain).
 * The search bench runs it on its large data set with BENCH_EXPLAIN=1.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { freePort, repoRoot } from '../../support/server.ts';
import { benchQueries, pageVariables } from './queries.ts';

export interface Captured {
  text: string;
  values: unknown[];
}

/** What a statement of the directory's read path does, from its text. */
export function roleOf(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  const search = t.startsWith('with dq_word');
  const facets = / as facet, /.test(t);
  if (search && / from offer o /.test(t)) return facets ? 'offer facets' : 'offer page (+ total, interpretation)';
  if (search && / from organisation o /.test(t)) return facets ? 'organisation facets' : 'organisation page (+ total)';
  if (/ from offer_translation t /.test(t)) return 'offer translations';
  if (/ from offer_district p /.test(t)) return 'offer tags';
  if (/ from organisation_district p /.test(t)) return 'organisation tags';
  if (/ from organisation o where o\.id = any/.test(t)) return "offers' organisations";
  return t.slice(0, 60);
}

/** Every statement Verbund's read models send while `run` runs. */
export async function captureStatements(databaseUrl: string) {
  const { SqlReader } = (await import(path.join(repoRoot, 'services/api/dist/db/reader.js'))) as {
    SqlReader: { prototype: { rows: (query: { compile(): Captured }, deadline?: number) => Promise<unknown[]> } };
  };
  let recording: Captured[] | undefined;
  const rows = SqlReader.prototype.rows;
  SqlReader.prototype.rows = function (query, deadline) {
    recording?.push(query.compile());
    return rows.call(this, query, deadline);
  };
  const port = await freePort();
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_SEED: 'false',
    PUBLIC_CACHE_SECONDS: '0',
    LOG_LEVEL: 'error',
    NODE_ENV: 'production',
    SQL_COUNT_HEADER: 'true',
  });
  const log = console.log;
  console.log = () => {}; // the start banner
  await import(path.join(repoRoot, 'services/api/dist/main.js'));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      if (i > 600) throw new Error('Verbund did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log = log;
  return {
    url,
    async record(run: () => Promise<unknown>): Promise<Captured[]> {
      recording = [];
      try {
        await run();
        return recording;
      } finally {
        recording = undefined;
      }
    },
  };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Total Time'?: number;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

/** The plan's nodes with the most time of their own (total minus children, times loops), as short labels. */
function heaviest(root: PlanNode, n = 4): string[] {
  const out: { label: string; ms: number }[] = [];
  const walk = (node: PlanNode) => {
    const total = (node['Actual Total Time'] ?? 0) * (node['Actual Loops'] ?? 1);
    const children = (node.Plans ?? []).reduce((s, c) => s + (c['Actual Total Time'] ?? 0) * (c['Actual Loops'] ?? 1), 0);
    const on = node['Index Name'] ?? node['Relation Name'];
    out.push({
      label: `${node['Node Type']}${on ? ` on ${on}` : ''} (${node['Actual Loops'] ?? 1} loops, ${node['Actual Rows'] ?? 0} rows)`,
      ms: Math.max(0, total - children),
    });
    for (const c of node.Plans ?? []) walk(c);
  };
  walk(root);
  return out
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n)
    .map((x) => `${x.label} ${x.ms.toFixed(0)} ms`);
}

/** EXPLAIN ANALYZE of one statement, custom or generic plan: times and the heaviest nodes; the text plan for the file. */
export async function explain(client: pg.Client, statement: Captured, options: { generic?: boolean; jit?: boolean; text?: boolean } = {}) {
  await client.query(`set plan_cache_mode = ${options.generic ? 'force_generic_plan' : 'auto'}`);
  await client.query(options.jit === false ? 'set jit = off' : 'reset jit');
  await client.query('set statement_timeout = 60000');
  const [json] = (await client.query({ text: `explain (analyze, buffers, format json) ${statement.text}`, values: statement.values }))
    .rows[0]['QUERY PLAN'] as {
    Plan: PlanNode;
    'Planning Time': number;
    'Execution Time': number;
    JIT?: { Timing?: { Total?: number } };
  }[];
  const text =
    options.text === false
      ? ''
      : (await client.query({ text: `explain (analyze, buffers) ${statement.text}`, values: statement.values })).rows
          .map((r) => r['QUERY PLAN'])
          .join('\n');
  return {
    planningMs: json?.['Planning Time'] ?? Number.NaN,
    executionMs: json?.['Execution Time'] ?? Number.NaN,
    rows: json?.Plan['Actual Rows'] ?? 0,
    jitMs: json?.JIT?.Timing?.Total ?? 0,
    heaviest: json ? heaviest(json.Plan) : [],
    text,
  };
}

/** Captures and explains the statements of every bench query on the database at `databaseUrl`; returns the printed report. */
export async function explainSearch(databaseUrl: string, outDir: string, label: string): Promise<string[]> {
  const verbund = await captureStatements(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const lines: string[] = [];
  await mkdir(outDir, { recursive: true });
  try {
    const districts = (await client.query<{ id: string; code: string }>('select id, code from district')).rows;
    for (const q of benchQueries) {
      const variables = pageVariables(q, districts);
      const statements = await verbund.record(async () => {
        const res = await fetch(`${verbund.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(variables),
        });
        await res.text();
      });
      lines.push(`\n${label} · ${q.label} (${q.search}): ${statements.length} statements`);
      let i = 0;
      for (const s of statements) {
        i++;
        const custom = await explain(client, s, { text: false });
        const noJit = await explain(client, s, { jit: false });
        const generic = s.values.length ? await explain(client, s, { generic: true, jit: false }) : undefined;
        lines.push(
          `  ${i}. ${roleOf(s.text)}: ${custom.rows} rows; planning ${custom.planningMs.toFixed(1)} ms, execution ${custom.executionMs.toFixed(1)} ms` +
            (custom.jitMs ? ` (JIT ${custom.jitMs.toFixed(0)} ms)` : '') +
            `; with jit = off ${noJit.executionMs.toFixed(1)} ms` +
            (generic ? `, generic plan with jit = off ${generic.executionMs.toFixed(1)} ms` : ''),
        );
        for (const h of noJit.heaviest) lines.push(`       ${h}`);
        const file = path.join(outDir, `${q.id}-${i}.txt`);
        await writeFile(
          file,
          `-- ${roleOf(s.text)}\n${s.text}\n-- values: ${JSON.stringify(s.values)}\n\n-- server settings: execution ${custom.executionMs.toFixed(1)} ms, JIT ${custom.jitMs.toFixed(0)} ms\n` +
            `\n-- custom plan, jit = off\n${noJit.text}\n` +
            (generic ? `\n-- generic plan, jit = off\n${generic.text}\n` : ''),
        );
      }
    }
    lines.push(`\nPlans: ${outDir}`);
    return lines;
  } finally {
    await client.end();
  }
}

if (import.meta.main) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is needed');
  const lines = await explainSearch(databaseUrl, process.argv[2] ?? path.join(repoRoot, 'tests/artifacts/search-explain'), 'Verbund');
  console.log(lines.join('\n'));
  process.exit(0);
}
