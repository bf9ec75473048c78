/**
 * Network-structure benchmark: the body page (body + members + organisations +
 * measures + owners) and the all-tandems query, at demo size and with ten times
 * the members and measures per body; 20 concurrent clients.
 * Reports SQL statements per request (must not grow) and p50/p99 latency.
 *
 * Usage: npm run bench:structure   (after `npm run build`)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchConnections, benchSeconds, graphql, load, postgresDatabase, seedDemo } from '../support/bench.ts';
import { startVerbund } from '../support/server.ts';

const BODY_PAGE = `query BodyPage($id: ID!) {
  body(id: $id) {
    id name kind status mandate foundedOn meetingIntervalMinWeeks meetingIntervalMaxWeeks
    goals { number title }
    tandem { bridgesSectors complete leads { person { givenName familyName } organisation { name sector } } }
    members { id role votingRight validFrom person { id givenName familyName function contactChannels { kind value } } organisation { id name sector } }
    measures { id title status progress dueOn overdue owners { id name } responsible { id givenName familyName } }
  }
}`;

const TANDEMS = `query Tandems { tandems { bridgesSectors complete body { id name kind } leads { person { givenName familyName } organisation { name sector } } } }`;

interface Row {
  database: string;
  scale: number;
  query: string;
  members: number;
  measures: number;
  statements: number;
  p50: number;
  p99: number;
  requestsPerSecond: number;
  errors: number;
}

async function measure(label: string, env: Record<string, string>, dataDir: string | undefined, scale: number): Promise<Row[]> {
  seedDemo(env, ['--structure-scale', String(scale)]);
  const server = await startVerbund({ ...env, DEMO_SEED: 'false', LOG_LEVEL: 'error', PUBLIC_CACHE_SECONDS: '0' }, dataDir);
  try {
    const bodies = await graphql(server.url, '{ bodies { id name } }', {});
    const body = bodies.data.bodies.find((b: any) => b.name === 'AG Arbeit und Sprache');
    const page = await graphql(server.url, BODY_PAGE, { id: body.id });
    const tandems = await graphql(server.url, TANDEMS, {});
    const members = page.data.body.members.length;
    const measures = page.data.body.measures.length;
    const rows: Row[] = [];
    rows.push({
      database: label,
      scale,
      query: 'body page',
      members,
      measures,
      statements: page.statements,
      ...(await load(server.url, BODY_PAGE, { id: body.id })),
    });
    rows.push({
      database: label,
      scale,
      query: `all tandems (${tandems.data.tandems.length})`,
      members,
      measures,
      statements: tandems.statements,
      ...(await load(server.url, TANDEMS, {})),
    });
    return rows;
  } finally {
    await server.stop();
  }
}

const rows: Row[] = [];
for (const scale of [1, 10]) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'verbund-bench-'));
  rows.push(...(await measure('embedded (PGlite)', { DATA_DIR: dataDir }, dataDir, scale)));
  await rm(dataDir, { recursive: true, force: true });
}
const pgUrl = await postgresDatabase('verbund_bench_structure');
if (pgUrl) {
  for (const scale of [1, 10]) rows.push(...(await measure('PostgreSQL 15', { DATABASE_URL: pgUrl }, undefined, scale)));
}

console.log(`\nBody page and all-tandems query; ${benchConnections} concurrent clients, ${benchSeconds} s; public cache off\n`);
console.log('| database | size | query | members on page | measures on page | SQL statements | p50 ms | p99 ms | req/s | errors |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.database} | ${r.scale === 1 ? 'demo' : `${r.scale}× demo`} | ${r.query} | ${r.members} | ${r.measures} | ${r.statements} | ${r.p50} | ${r.p99} | ${r.requestsPerSecond} | ${r.errors} |`,
  );
}
