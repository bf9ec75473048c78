/**
 * Peer benchmark: Verbund's GraphQL read path for a visitor side by side with
 * two peers on the same PostgreSQL database and the same rows, in one run:
 * PostGraphile v5 on a `peer` schema of views that say what a visitor may see,
 * and one hand-written SQL statement per query shape behind plain node:http.
 * Every server is its own Node process with a pool of 10.
 *
 * Shapes: the directory (first 20 of a German full-text search with the four
 * vocabularies), all bodies with today's members, one organisation with its
 * affiliations; then the directory at 10,000 organisations and the bodies with
 * ten times the memberships. Before any load, all three answers to each shape
 * must be equal (normalised only where the query leaves the order open).
 * Three interleaved rounds (round → shape → server), 20 clients each; reports
 * medians, SQL statements per request and the Verbund ratios per round.
 * Then, at demo size: the directory's throughput with GRAPHQL_LIMITS=on and
 * =off (interleaved, with a second `on` server as a noise control), and the
 * directory's p99 while 20 more clients send a 20-level nested query and a
 * 500-alias query, with how Verbund answered them and its peak RSS.
 *
 * Usage: npm run build && npm run bench:peers
 *   BENCH_SECONDS=10        seconds per measured run (after a 2 s warm-up)
 *   BENCH_OUT=peers.json    also write the raw results as JSON
 *   BENCH_ALLOW_MISMATCH=1  go on when the answers differ (the affected rows are marked)
 * Needs the PostgreSQL server at BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres.
 */
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import pg from 'pg';
import { benchConnections, benchSeconds, type LoadResult, loadRequests, median, postgresDatabase, seedDemo } from '../support/bench.ts';
import { attackUnderLoad } from './peers/attack.ts';
import { type Answer, compareAnswers } from './peers/compare.ts';
import { installPeerSchema } from './peers/peer-schema.ts';
import type { Shape, ShapeArgs } from './peers/queries.ts';
import {
  ask,
  type Running,
  type ServerName,
  serverNames,
  settle,
  startPostGraphile,
  startSqlServer,
  startVerbundServer,
  stopAll,
} from './peers/servers.ts';

const rounds = 3;
const warmUpSeconds = Math.min(2, benchSeconds);
const allowMismatch = process.env.BENCH_ALLOW_MISMATCH === '1';
const targets = { throughput: 1.0, latency: 2.5, limitsCostPercent: 5 };

interface Dataset {
  name: string;
  flags: string[];
  shapes: Shape[];
  /** Limits on/off and the attack run on this one. */
  extras: boolean;
}

const datasets: Dataset[] = [
  { name: 'demo', flags: [], shapes: ['directory', 'bodies', 'organisation'], extras: true },
  { name: '10,000 organisations', flags: ['--organisations', '10000'], shapes: ['directory'], extras: false },
  { name: '10× memberships', flags: ['--structure-scale', '10'], shapes: ['bodies'], extras: false },
];

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAll().finally(() => process.exit(130)));
}

/** The arguments every server is asked with: a public organisation with the most current, visible affiliations. */
async function shapeArgs(databaseUrl: string): Promise<ShapeArgs & { affiliations: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; n: number }>(
      'select organisation_id as id, count(*)::int as n from peer.affiliation group by 1 order by 2 desc, 1 limit 1',
    );
    return { search: 'Beratung', first: 20, organisationId: rows[0]?.id ?? '', affiliations: rows[0]?.n ?? 0 };
  } finally {
    await client.end();
  }
}

interface Check {
  dataset: string;
  shape: Shape;
  statements: Record<ServerName, number>;
  equal: boolean;
  differences: { pair: [string, string]; lines: string[] }[];
  /** What the answer holds, e.g. "20 of 45 matches". */
  size: string;
}

function describe(shape: Shape, data: any): string {
  if (shape === 'directory') return `${data.organisations.edges.length} of ${data.organisations.totalCount} matches`;
  if (shape === 'bodies') {
    return `${data.bodies.length} bodies, ${data.bodies.reduce((n: number, b: any) => n + b.members.length, 0)} members`;
  }
  return `${data.organisation.affiliations.length} affiliations`;
}

/** Asks every server every shape, compares the answers and notes the statements each took. */
async function check(dataset: Dataset, servers: Running[]): Promise<Check[]> {
  const checks: Check[] = [];
  for (const shape of dataset.shapes) {
    const answers: Answer[] = [];
    const statements = {} as Record<ServerName, number>;
    for (const server of servers) {
      await ask(server, shape); // the first answer may prepare statements and open connections
      const { data, statements: count } = await ask(server, shape);
      answers.push({ server: server.name, data });
      statements[server.name] = count;
    }
    const differences = compareAnswers(answers);
    const size = describe(shape, answers[answers.length - 1]?.data);
    checks.push({ dataset: dataset.name, shape, statements, equal: differences.length === 0, differences, size });
    if (!differences.length) {
      console.log(`Answers to "${shape}" (${dataset.name}, ${size}) are equal on all three servers.`);
      continue;
    }
    console.log(`\nThe answers to "${shape}" (${dataset.name}) differ:`);
    for (const d of differences) {
      console.log(`  ${d.pair[0]} vs ${d.pair[1]}:`);
      for (const line of d.lines.slice(0, 25)) console.log(`    - ${line}`);
      if (d.lines.length > 25) console.log(`    … and ${d.lines.length - 25} more`);
    }
    if (!allowMismatch) {
      throw new Error(`The answers to "${shape}" differ, so its numbers would not compare. BENCH_ALLOW_MISMATCH=1 goes on anyway.`);
    }
  }
  return checks;
}

interface Run extends LoadResult {
  dataset: string;
  shape: Shape;
  server: ServerName;
  round: number;
  /** Peers only: statements sent during the measured run per answer, connection set-up included. */
  statementsUnderLoad?: number;
}

/** A warm-up, then one measured run; each followed by letting the server work off what was left in flight. */
async function measure(server: Running, shape: Shape): Promise<Omit<Run, 'dataset' | 'round'>> {
  const request = server.request(shape);
  await loadRequests(server.url, [request], { seconds: warmUpSeconds });
  await settle(server, request);
  const before = await server.counter?.();
  const result = await loadRequests(server.url, [request]);
  const after = await server.counter?.();
  await settle(server, request);
  const statementsUnderLoad =
    before !== undefined && after !== undefined && result.requests
      ? Math.round(((after - before) / result.requests) * 100) / 100
      : undefined;
  return { shape, server: server.name, ...result, ...(statementsUnderLoad === undefined ? {} : { statementsUnderLoad }) };
}

const percentLess = (a: number, b: number) => Math.round(((b - a) / b) * 1000) / 10;

/**
 * GRAPHQL_LIMITS=on and =off, started side by side and loaded in turn (the
 * order rotates each round), with a second `on` server as a control: the gap
 * between the two identical servers is this machine's noise.
 */
async function limitsCost(databaseUrl: string, args: ShapeArgs) {
  const servers = {
    on: await startVerbundServer(databaseUrl, args, { GRAPHQL_LIMITS: 'on' }),
    off: await startVerbundServer(databaseUrl, args, { GRAPHQL_LIMITS: 'off' }),
    control: await startVerbundServer(databaseUrl, args, { GRAPHQL_LIMITS: 'on' }),
  };
  const settings = ['on', 'off', 'control'] as const;
  try {
    const result = [];
    for (let round = 1; round <= rounds; round++) {
      const rps = { on: 0, off: 0, control: 0 };
      for (let i = 0; i < settings.length; i++) {
        const setting = settings[(i + round - 1) % settings.length] as (typeof settings)[number];
        rps[setting] = (await measure(servers[setting], 'directory')).requestsPerSecond;
      }
      result.push({ round, ...rps, costPercent: percentLess(rps.on, rps.off), controlPercent: percentLess(rps.on, rps.control) });
    }
    return result;
  } finally {
    for (const server of Object.values(servers)) await server.stop();
  }
}

// ---------------------------------------------------------------------------

const databaseUrl = await postgresDatabase('verbund_bench_peers');
if (!databaseUrl) {
  console.log('The peer benchmark needs the PostgreSQL server (PostGraphile has no embedded mode); skipped.');
  process.exit(0);
}

const loadBefore = loadavg();
const checks: Check[] = [];
const runs: Run[] = [];
let limits: Awaited<ReturnType<typeof limitsCost>> | undefined;
let attackResult: Awaited<ReturnType<typeof attackUnderLoad>> | undefined;
const argsUsed: Record<string, ShapeArgs & { affiliations: number }> = {};

try {
  for (const dataset of datasets) {
    console.log(`\n— ${dataset.name}: seeding`);
    seedDemo({ DATABASE_URL: databaseUrl }, dataset.flags);
    await installPeerSchema(databaseUrl);
    const args = await shapeArgs(databaseUrl);
    argsUsed[dataset.name] = args;
    const servers = [
      await startVerbundServer(databaseUrl, args),
      await startPostGraphile(databaseUrl, args),
      await startSqlServer(databaseUrl, args),
    ];
    try {
      checks.push(...(await check(dataset, servers)));
      for (let round = 1; round <= rounds; round++) {
        for (const shape of dataset.shapes) {
          for (const server of servers) {
            const run = await measure(server, shape);
            runs.push({ dataset: dataset.name, round, ...run });
            console.log(
              `round ${round} · ${shape} (${dataset.name}) · ${server.name}: ${run.requestsPerSecond} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms${run.errors ? `, ${run.errors} errors` : ''}`,
            );
          }
        }
      }
    } finally {
      for (const server of servers) await server.stop();
    }
    if (dataset.extras) {
      console.log('\n— limits on/off');
      limits = await limitsCost(databaseUrl, args);
      console.log('— attack under load');
      const verbund = await startVerbundServer(databaseUrl, args);
      try {
        attackResult = await attackUnderLoad(verbund, warmUpSeconds);
      } finally {
        await verbund.stop();
      }
    }
  }
} finally {
  await stopAll();
}

const fmt = (n: number | undefined, digits = 2) => (n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits));
/** Latency in ms as autocannon gives it; a dash when no answer came back within the run. */
const ms = (n: number) => (Number.isFinite(n) ? String(n) : '–');
const mark = (ok: boolean) => (ok ? '✓' : '✗');

const summary = checks.map((c) => {
  const of = (server: ServerName) => runs.filter((r) => r.dataset === c.dataset && r.shape === c.shape && r.server === server);
  const perServer = Object.fromEntries(
    serverNames.map((s) => [
      s,
      {
        requestsPerSecond: median(of(s).map((r) => r.requestsPerSecond)),
        p50: median(of(s).map((r) => r.p50)),
        p99: median(of(s).map((r) => r.p99)),
        errors: of(s).reduce((n, r) => n + r.errors, 0),
        statementsUnderLoad: of(s)[0]?.statementsUnderLoad,
      },
    ]),
  ) as Record<ServerName, { requestsPerSecond: number; p50: number; p99: number; errors: number; statementsUnderLoad?: number }>;
  const byRound = (server: ServerName, round: number) => of(server).find((r) => r.round === round) as Run;
  const throughputRatios = [];
  const latencyRatios = [];
  for (let round = 1; round <= rounds; round++) {
    throughputRatios.push(byRound('Verbund', round).requestsPerSecond / byRound('PostGraphile', round).requestsPerSecond);
    latencyRatios.push(byRound('Verbund', round).p50 / byRound('one statement', round).p50);
  }
  return { ...c, perServer, throughputRatios, latencyRatios, throughput: median(throughputRatios), latency: median(latencyRatios) };
});

const flag = (s: (typeof summary)[number]) => (s.equal ? '' : ' ⚠ answers differ');

console.log(
  `\n## Verbund vs PostGraphile vs one SQL statement (visitor, ${benchConnections} clients, ${benchSeconds} s per run after ${warmUpSeconds} s warm-up, median of ${rounds} interleaved rounds)\n`,
);
console.log('| query | data | answer | server | SQL statements / request | req/s | p50 ms | p99 ms | errors |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const s of summary) {
  for (const server of serverNames) {
    const p = s.perServer[server];
    const underLoad =
      p.statementsUnderLoad !== undefined && p.statementsUnderLoad !== s.statements[server] ? ` (${p.statementsUnderLoad} under load)` : '';
    console.log(
      `| ${s.shape}${flag(s)} | ${s.dataset} | ${s.size} | ${server} | ${s.statements[server]}${underLoad} | ${p.requestsPerSecond} | ${ms(p.p50)} | ${ms(p.p99)} | ${p.errors} |`,
    );
  }
}

console.log(
  `\n## Ratios per round (Verbund ÷ PostGraphile throughput, target ≥ ${fmt(targets.throughput, 1)}×; Verbund p50 ÷ one-statement p50, target ≤ ${fmt(targets.latency, 1)}×)\n`,
);
console.log('| query | data | statements V / PG / 1 | V ÷ PG req/s by round | median | | V p50 ÷ 1-statement p50 by round | median | |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const s of summary) {
  console.log(
    `| ${s.shape}${flag(s)} | ${s.dataset} | ${s.statements.Verbund} / ${s.statements.PostGraphile} / ${s.statements['one statement']} | ${s.throughputRatios.map((r) => fmt(r)).join(', ')} | ${fmt(s.throughput)}× | ${mark(s.throughput >= targets.throughput)} | ${s.latencyRatios.map((r) => fmt(r)).join(', ')} | ${fmt(s.latency)}× | ${mark(s.latency <= targets.latency)} |`,
  );
}

if (limits) {
  const cost = median(limits.map((l) => l.costPercent));
  const noise = median(limits.map((l) => Math.abs(l.controlPercent)));
  console.log(
    `\n## Query limits: directory (demo) with GRAPHQL_LIMITS=on vs =off, and a second "on" server as control, interleaved (target: cost ≤ ${targets.limitsCostPercent} %)\n`,
  );
  console.log('| round | on req/s | off req/s | control (on) req/s | cost (on vs off) | noise (on vs control) |');
  console.log('|---|---|---|---|---|---|');
  for (const l of limits) {
    console.log(`| ${l.round} | ${l.on} | ${l.off} | ${l.control} | ${fmt(l.costPercent, 1)} % | ${fmt(l.controlPercent, 1)} % |`);
  }
  console.log(`| median | | | | ${fmt(cost, 1)} % ${mark(cost <= targets.limitsCostPercent)} | ±${fmt(noise, 1)} % |`);
  if (noise > targets.limitsCostPercent) {
    console.log(
      `\n⚠ Two identical servers differed by ${fmt(noise, 1)} % (median): more than the ${targets.limitsCostPercent} % being judged. This machine was too busy for a limits verdict; run again when it is quiet.`,
    );
  }
}

if (attackResult) {
  const a = attackResult;
  const answers = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([k, n]) => `${n}× ${k}`)
      .join(', ') || 'none within the run';
  console.log(
    `\n## Attack under load: directory (demo, ${benchConnections} clients) while ${benchConnections / 2} clients send a 20-level nested query and ${benchConnections / 2} a 500-alias query, ${benchSeconds} s\n`,
  );
  console.log('| | directory req/s | directory p50 ms | directory p99 ms | directory errors |');
  console.log('|---|---|---|---|---|');
  console.log(
    `| without attack | ${a.directoryAlone.requestsPerSecond} | ${ms(a.directoryAlone.p50)} | ${ms(a.directoryAlone.p99)} | ${a.directoryAlone.errors} |`,
  );
  console.log(
    `| with attack | ${a.directoryUnderAttack.requestsPerSecond} | ${ms(a.directoryUnderAttack.p50)} | ${ms(a.directoryUnderAttack.p99)} | ${a.directoryUnderAttack.errors} (${a.directoryUnderAttack.timeouts} timeouts) |`,
  );
  console.log('\n| attack request | alone: median ms (HTTP status) | under load: answers | p50 ms | p99 ms | timeouts |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, run] of [
    ['20-level nesting', a.deep],
    ['500 aliases', a.aliases],
  ] as const) {
    console.log(
      `| ${name} | ${run.idle.medianMs} (${run.idle.status}) | ${answers(run.answers)} | ${ms(run.p50)} | ${ms(run.p99)} | ${run.timeouts} |`,
    );
  }
  console.log(
    `\nVerbund's RSS (largest sample every 100 ms): ${a.aloneRssMiB} MiB with the directory alone, ${a.peakRssMiB} MiB under attack; ` +
      `high-water mark since start ${a.highWaterRssMiB} MiB; afterwards: ${a.afterwards}.`,
  );
}

const loadAfter = loadavg();
console.log(
  `\nMachine load average (1/5/15 min) at start: ${loadBefore.map((l) => fmt(l)).join(' / ')}; at the end: ${loadAfter.map((l) => fmt(l)).join(' / ')} (other work on this machine shows here).`,
);

const differing = summary.filter((s) => !s.equal);
if (differing.length) {
  console.log(
    `\n⚠ Answers differed for: ${differing.map((s) => `${s.shape} (${s.dataset})`).join(', ')}; those rows do not compare like for like.`,
  );
}

if (process.env.BENCH_OUT) {
  const out = {
    date: new Date().toISOString(),
    node: process.version,
    seconds: benchSeconds,
    warmUpSeconds,
    connections: benchConnections,
    rounds,
    targets,
    loadAverage: { start: loadBefore, end: loadAfter },
    arguments: argsUsed,
    checks,
    runs,
    summary: summary.map(({ differences: _d, ...s }) => s),
    limits,
    attack: attackResult,
  };
  await writeFile(process.env.BENCH_OUT, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\nRaw results: ${process.env.BENCH_OUT}`);
}
