/**
 * Directory benchmark: first page of the directory with a search term and two
 * filters, at 250 and 10,000 organisations, 20 concurrent clients.
 * Reports p50/p99 latency, SQL statements per request (at three page sizes),
 * startup time on an empty data folder and resident memory.
 *
 * Usage: npm run bench   (needs `npm run build` first; uses the PostgreSQL server
 * at BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres when reachable)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  benchConnections as connections,
  benchSeconds as durationSeconds,
  graphql,
  load,
  postgresDatabase,
  seedDemo,
} from '../support/bench.ts';
import { rssMiB, startVerbund } from '../support/server.ts';

const sizes = [250, 10_000];

const QUERY = `query Directory($first: Int, $filter: OrganisationFilter) {
  organisations(first: $first, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name shortName kind sector isStale fieldsOfAction { id labelDe } districts { id labelDe } } }
    facets { kinds { value count } sectors { value count } fieldsOfAction { value count } districts { value count } languages { value count } targetGroups { value count } }
  }
}`;

async function measure(label: string, env: Record<string, string>, dataDir: string | undefined, organisations: number) {
  seedDemo(env, ['--organisations', String(organisations)]);
  return [await measureServer(label, env, dataDir, organisations, false), await measureServer(label, env, dataDir, organisations, true)];
}

async function measureServer(
  label: string,
  env: Record<string, string>,
  dataDir: string | undefined,
  organisations: number,
  cached: boolean,
) {
  const server = await startVerbund({ ...env, DEMO_SEED: 'false', LOG_LEVEL: 'error', PUBLIC_CACHE_SECONDS: cached ? '30' : '0' }, dataDir);
  try {
    const refs = await graphql(server.url, '{ fieldsOfAction { id code } districts { id code } }', {});
    const field = refs.data.fieldsOfAction.find((f: any) => f.code === 'sprache-bildung') ?? refs.data.fieldsOfAction[0];
    const district = refs.data.districts.find((d: any) => d.code === 'innenstadt') ?? refs.data.districts[0];
    const filter = { search: 'Beratung', fieldOfActionIds: [field.id], districtIds: [district.id] };
    const statements: Record<number, number> = {};
    let total = 0;
    for (const first of [5, 20, 50]) {
      const r = await graphql(server.url, QUERY, { first, filter });
      statements[first] = r.statements;
      total = r.data.organisations.totalCount;
    }
    const result = await load(server.url, QUERY, { first: 20, filter });
    const rss = await rssMiB(server.process.pid as number);
    return {
      database: label,
      cache: cached ? 'on' : 'off',
      organisations,
      matches: total,
      ...result,
      statements: `${statements[5]} / ${statements[20]} / ${statements[50]}`,
      rssMiB: rss,
    };
  } finally {
    await server.stop();
  }
}

const rows = [];
const startup = await startVerbund({ LOG_LEVEL: 'error' });
const startupRss = await rssMiB(startup.process.pid as number);
await startup.stop();

for (const organisations of sizes) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'verbund-bench-'));
  rows.push(...(await measure('embedded (PGlite)', { DATA_DIR: dataDir }, dataDir, organisations)));
  await rm(dataDir, { recursive: true, force: true });
}
const pgUrl = await postgresDatabase('verbund_bench');
if (pgUrl) {
  for (const organisations of sizes) rows.push(...(await measure('PostgreSQL 15', { DATABASE_URL: pgUrl }, undefined, organisations)));
}

console.log(
  `\nDirectory query: first page (20), search "Beratung", field-of-action + district filters, facets; ${connections} concurrent clients, ${durationSeconds} s\n`,
);
console.log(
  '| database | public cache | organisations | matches | p50 ms | p99 ms | req/s | errors | SQL statements (page 5 / 20 / 50) | API RSS MiB |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.database} | ${r.cache} | ${r.organisations} | ${r.matches} | ${r.p50} | ${r.p99} | ${r.requestsPerSecond} | ${r.errors} | ${r.statements} | ${r.rssMiB} |`,
  );
}
console.log(
  `\nStartup on an empty data folder (embedded database, migrations + demo city) to ready: ${startup.startupMs} ms; RSS after start: ${startupRss} MiB`,
);
