/**
 * Steering benchmark: the steering committee's overview page under load, and
 * the integration fund under concurrent approvals, against the built server
 * on the PostgreSQL server.
 *
 * 1. The requests the overview page (`/steering`) sends for a logged-in admin,
 *    exactly as its urql client sends them (steering/operations.ts): the
 *    overview's figures, the overdue measures, the open mandates, the members'
 *    part, the agreements ending within 90 days and the fund of the year;
 *    each alone and all in turn per client, with
 *    20 clients for BENCH_SECONDS after a warm-up, on the demo city and on the
 *    demo city with ten times the measures (steering/generate.ts). SQL
 *    statements per request from Verbund's `x-sql-statements`.
 *    Beside it, on the same database: the "figures" (the page's own
 *    `steeringOverview` and `fundOfYear` selections in one request) from
 *    Verbund, from one hand-written SQL statement behind node:http
 *    (steering/figures.ts) and, loosely, from PostGraphile v5, which answers
 *    the rows the figures are counted from (steering/peers.ts). Before any
 *    load, the statement's answer must equal Verbund's, and the PostGraphile
 *    rows, counted, must give Verbund's per-body figures, needs and fund sums.
 * 2. 20 concurrent approvals on one fund (steering/fund-race.ts), in rounds:
 *    a budget that fits exactly 14 of 20 checked applications, and one that
 *    fits all 20. Every round must approve exactly as many as fit, refuse
 *    the rest with BUDGET_EXCEEDED and leave the approved sum (read back
 *    with SQL) within the budget; otherwise the benchmark exits non-zero.
 *
 * Usage: npm run build && npm run bench:steering
 *   BENCH_SECONDS=10        seconds per measured run (after a 2 s warm-up)
 *   BENCH_FUND_ROUNDS=5     rounds per fund variant
 *   BENCH_ALLOW_MISMATCH=1  go on when the peers' numbers differ from Verbund's (the rows are marked)
 * Needs the PostgreSQL server at BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres.
 */
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { benchConnections, benchSeconds, type LoadResult, median, postgresDatabase, seedDemo } from '../support/bench.ts';
import { differences } from './peers/compare.ts';
import type { PeerRequest } from './peers/queries.ts';
import { type Running, settle, startPostGraphile, startVerbundServer, stopAll } from './peers/servers.ts';
import {
  amountCents,
  clientsPerRound,
  fundSetup,
  managerSessions,
  prepareRound,
  type RaceResult,
  race,
  readBack,
} from './steering/fund-race.ts';
import { type GeneratedMeasures, multiplyMeasures } from './steering/generate.ts';
import { loadWithSession } from './steering/load.ts';
import { figuresRequest, fundYear, type PageRequest, pageRequests, withoutTypenames } from './steering/operations.ts';
import {
  compareCounts,
  countRows,
  figuresSqlRequest,
  installRowsSchema,
  type RowsAnswer,
  rowsRequest,
  startFiguresServer,
  verbundCounts,
} from './steering/peers.ts';

const warmUpSeconds = Math.min(2, benchSeconds);
const fundRounds = Number(process.env.BENCH_FUND_ROUNDS ?? 5);
const allowMismatch = process.env.BENCH_ALLOW_MISMATCH === '1';
const startedAt = new Date();
const loadBefore = loadavg();
const failures: string[] = [];

/** The peer benchmark's servers take the arguments of its own shapes; none of them is asked here. */
const noShapeArgs = { search: '', first: 1, organisationId: '' };

let figuresServer: Running | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void Promise.all([stopAll(), figuresServer?.stop()]).finally(() => process.exit(130)));
}

async function adminCookie(url: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(email: "admin@verbund.example", password: "verbund-demo") { id } }' }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie.startsWith('verbund_session=')) throw new Error(`admin login failed (HTTP ${res.status}): ${await res.text()}`);
  return cookie;
}

interface Asked {
  data: any;
  statements: number;
  bytes: number;
}

/** How many times each request is asked before the load, for its SQL statements (Verbund's batching varies from request to request). */
const samples = 10;

/** The statements of several answers: "14" when always the same, "14–16" when not. */
const statementRange = (counts: number[]) => {
  const [low, high] = [Math.min(...counts), Math.max(...counts)];
  return low === high ? String(low) : `${low}–${high}`;
};

/** The first answer after a warm-up one, and the statements of `samples` answers. */
async function askSeveral(server: Running, request: PeerRequest, cookie?: string): Promise<Asked & { range: string }> {
  await askOnce(server, request, cookie); // opens connections, prepares statements
  const answers: Asked[] = [];
  for (let i = 0; i < samples; i++) answers.push(await askOnce(server, request, cookie));
  const first = answers[0] as Asked;
  return { ...first, range: statementRange(answers.map((a) => a.statements)) };
}

/** One request before the load: the answer (which must carry no errors), its size and its SQL statements. */
async function askOnce(server: Running, request: PeerRequest, cookie?: string): Promise<Asked> {
  const before = await server.counter?.();
  const res = await fetch(`${server.url}${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: request.body,
  });
  const text = await res.text();
  const after = await server.counter?.();
  const body = JSON.parse(text) as { data?: any; errors?: unknown[] };
  if (res.status !== 200 || body.errors || !body.data) {
    throw new Error(`${server.name} did not answer ${request.body.slice(0, 80)}… (HTTP ${res.status}): ${text.slice(0, 800)}`);
  }
  const statements = before !== undefined && after !== undefined ? after - before : Number(res.headers.get('x-sql-statements'));
  return { data: body.data, statements, bytes: Buffer.byteLength(text) };
}

interface Row extends LoadResult {
  data: string;
  server: string;
  request: string;
  statements: string;
  bytes: number;
  graphqlErrors: number;
  /** Peers only: statements sent during the measured run per answer. */
  statementsUnderLoad?: number;
}

/** A warm-up and a measured run, each followed by letting the server work off what was left in flight. */
async function measure(
  data: string,
  server: Running,
  label: string,
  requests: (PageRequest | PeerRequest)[],
  cookie: string | undefined,
  asked: { statements: string; bytes: number },
): Promise<Row> {
  const withSession = requests.map((r) => ({ path: r.path, body: r.body, ...(cookie ? { headers: { cookie } } : {}) }));
  const settleWith = requests[0] as PeerRequest;
  await loadWithSession(server.url, withSession, { seconds: warmUpSeconds });
  await settle(server, settleWith);
  const before = await server.counter?.();
  const result = await loadWithSession(server.url, withSession);
  const after = await server.counter?.();
  await settle(server, settleWith);
  const statementsUnderLoad =
    before !== undefined && after !== undefined && result.requests
      ? Math.round(((after - before) / result.requests) * 100) / 100
      : undefined;
  const row: Row = {
    data,
    server: server.name,
    request: label,
    ...asked,
    ...result,
    ...(statementsUnderLoad === undefined ? {} : { statementsUnderLoad }),
  };
  console.log(
    `${data} · ${server.name} · ${label}: ${row.requestsPerSecond} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms` +
      (row.errors || row.graphqlErrors ? `, ${row.errors} HTTP errors, ${row.graphqlErrors} answers with errors` : ''),
  );
  if (row.errors || row.graphqlErrors || row.timeouts) failures.push(`${data} · ${server.name} · ${label}: errors under load`);
  return row;
}

interface Sizes {
  measures: number;
  withIndicator: number;
  indicators: number;
  measurements: number;
  overdue: number;
  needs: number;
  bodies: number;
}

async function sizes(db: pg.Client): Promise<Sizes> {
  const { rows } = await db.query<Sizes>(
    `select (select count(*)::int from measure) as measures,
            (select count(distinct measure_id)::int from indicator) as "withIndicator",
            (select count(*)::int from indicator) as indicators,
            (select count(*)::int from indicator_measurement) as measurements,
            (select count(*)::int from measure where due_on < (now() at time zone 'utc')::date
                and status::text in ('PLANNED', 'IN_PROGRESS', 'STALLED')) as overdue,
            (select count(*)::int from need) as needs,
            (select count(distinct body_id)::int from measure) as bodies`,
  );
  return rows[0] as Sizes;
}

interface Checked {
  data: string;
  figuresEqual: boolean;
  figuresDifferences: string[];
  rowsEqual: boolean;
  rowsDifferences: string[];
  rows: number;
}

// ── Run ──────────────────────────────────────────────────────────────────────

const databaseUrl = await postgresDatabase('verbund_bench_steering');
if (!databaseUrl) {
  console.log(
    'The steering benchmark needs the PostgreSQL server (PostGraphile has no embedded mode, and the fund race wants row locks); skipped.',
  );
  process.exit(0);
}

const year = fundYear();
const page = pageRequests(year);
const figures = figuresRequest(year);
const rows: Row[] = [];
const checks: Checked[] = [];
const dataSizes: Record<string, Sizes> = {};
let generated: GeneratedMeasures | undefined;
let postgresVersion = '';

interface FundRow {
  variant: string;
  round: number;
  fits: number;
  budgetCents: number;
  result: RaceResult;
  db: Awaited<ReturnType<typeof readBack>>;
  ok: boolean;
}
const fundRows: FundRow[] = [];
let fundPlace = '';

const db = new pg.Client({ connectionString: databaseUrl });
try {
  console.log('— seeding the demo city');
  seedDemo({ DATABASE_URL: databaseUrl }, []);
  await installRowsSchema(databaseUrl);
  await db.connect();
  const { rows: version } = await db.query<{ server_version: string }>('show server_version');
  postgresVersion = `PostgreSQL ${version[0]?.server_version.split(' ')[0] ?? '?'}`;

  for (const data of ['demo city', '10× measures'] as const) {
    if (data === '10× measures') {
      generated = await multiplyMeasures(databaseUrl, 10);
      console.log(
        `\n— generated ${generated.added} measures (${generated.goalLinks} goal links, ${generated.owners} owners, ${generated.indicators} indicators, ${generated.measurements} measurements) in ${generated.ms} ms`,
      );
    } else console.log(`\n— ${data}`);
    dataSizes[data] = await sizes(db);
    // Fresh processes for each size: nothing cached from the smaller one.
    const verbund = await startVerbundServer(databaseUrl, noShapeArgs);
    const postgraphile = await startPostGraphile(databaseUrl, noShapeArgs);
    figuresServer = await startFiguresServer(databaseUrl);
    try {
      const cookie = await adminCookie(verbund.url);

      // Every request a few times before the load: the answers to compare and the statements they took.
      const pageAnswers: (Asked & { range: string })[] = [];
      for (const request of page) pageAnswers.push(await askSeveral(verbund, request, cookie));
      const verbundFigures = await askSeveral(verbund, figures, cookie);
      const sqlFigures = await askSeveral(figuresServer, figuresSqlRequest(year));
      const rowsAnswer = await askSeveral(postgraphile, rowsRequest(year));

      const verbundData = withoutTypenames(verbundFigures.data);
      const figuresDifferences = differences(verbundData, sqlFigures.data, ['Verbund', 'one statement']);
      const today = verbundData.steeringOverview.on as string;
      const rowsDifferences = compareCounts(verbundCounts(verbundData), countRows(rowsAnswer.data as RowsAnswer, today));
      const check: Checked = {
        data,
        figuresEqual: figuresDifferences.length === 0,
        figuresDifferences,
        rowsEqual: rowsDifferences.length === 0,
        rowsDifferences,
        rows: (rowsAnswer.data as RowsAnswer).measures.length,
      };
      checks.push(check);
      for (const [what, lines] of [
        ['the one statement', figuresDifferences],
        ['the PostGraphile rows, counted', rowsDifferences],
      ] as const) {
        if (!lines.length) {
          console.log(`${data}: ${what}: the same numbers as Verbund.`);
          continue;
        }
        console.log(`${data}: ${what}: not the same numbers as Verbund:`);
        for (const line of lines.slice(0, 25)) console.log(`  - ${line}`);
        if (!allowMismatch) throw new Error(`${what} differ from Verbund (${data}); BENCH_ALLOW_MISMATCH=1 goes on anyway.`);
      }

      for (const [i, request] of page.entries()) {
        const asked = pageAnswers[i] as Asked & { range: string };
        rows.push(await measure(data, verbund, request.name, [request], cookie, { statements: asked.range, bytes: asked.bytes }));
      }
      rows.push(
        await measure(data, verbund, 'the page: its requests in turn', page, cookie, {
          statements: pageAnswers.map((a) => a.range).join(' + '),
          bytes: pageAnswers.reduce((n, a) => n + a.bytes, 0),
        }),
      );
      rows.push(
        await measure(data, verbund, 'figures', [figures], cookie, {
          statements: verbundFigures.range,
          bytes: verbundFigures.bytes,
        }),
      );
      rows.push(
        await measure(data, figuresServer, 'figures', [figuresSqlRequest(year)], undefined, {
          statements: sqlFigures.range,
          bytes: sqlFigures.bytes,
        }),
      );
      rows.push(
        await measure(data, postgraphile, 'rows', [rowsRequest(year)], undefined, {
          statements: rowsAnswer.range,
          bytes: rowsAnswer.bytes,
        }),
      );
    } finally {
      await figuresServer.stop();
      figuresServer = undefined;
      await stopAll();
    }
  }

  // ── 2. The fund ────────────────────────────────────────────────────────────
  console.log(`\n— ${clientsPerRound} concurrent approvals, ${fundRounds} rounds per variant`);
  const verbund = await startVerbundServer(databaseUrl, noShapeArgs);
  try {
    const admin = await adminCookie(verbund.url);
    const setup = await fundSetup(db);
    fundPlace = `${setup.bodyName}, under an agenda item of “${setup.meetingTitle}”`;
    const managers = await managerSessions(db);
    const variants = [
      { variant: `budget fits 14 of ${clientsPerRound}`, fits: 14 },
      { variant: `budget fits all ${clientsPerRound}`, fits: clientsPerRound },
    ];
    let fundYearNext = 2060;
    for (let round = 1; round <= fundRounds; round++) {
      for (const v of variants) {
        const prepared = await prepareRound(verbund.url, admin, setup, fundYearNext++, v.fits);
        const result = await race(verbund.url, managers, prepared, setup.agendaItemId);
        const back = await readBack(db, prepared.fundId);
        const problems = [
          back.approvedCents > back.budgetCents ? `approved ${back.approvedCents} cents exceed the budget of ${back.budgetCents}` : '',
          result.succeeded !== v.fits ? `${result.succeeded} approvals succeeded, ${v.fits} fit` : '',
          result.budgetExceeded !== clientsPerRound - v.fits ? `${result.budgetExceeded} refused with BUDGET_EXCEEDED` : '',
          result.other.length ? `${result.other.length} other answers: ${result.other.slice(0, 3).join('; ')}` : '',
          back.approved !== result.succeeded ? `${back.approved} approved in the database, ${result.succeeded} answered as approved` : '',
          back.decisions !== result.succeeded ? `${back.decisions} decisions written for ${result.succeeded} approvals` : '',
        ].filter(Boolean);
        for (const p of problems) failures.push(`fund, ${v.variant}, round ${round}: ${p}`);
        fundRows.push({ ...v, round, budgetCents: prepared.budgetCents, result, db: back, ok: problems.length === 0 });
        console.log(
          `${v.variant}, round ${round}: ${result.succeeded} approved, ${result.budgetExceeded} BUDGET_EXCEEDED, ${result.other.length} other, ` +
            `${Math.round(result.wallMs)} ms; in the database ${back.approvedCents / 100} € of ${back.budgetCents / 100} €${problems.length ? ` ⚠ ${problems.join('; ')}` : ''}`,
        );
      }
    }
  } finally {
    await verbund.stop();
  }
} finally {
  await db.end().catch(() => undefined);
  await figuresServer?.stop();
  await stopAll();
}

// ── Report ───────────────────────────────────────────────────────────────────

const fmt = (n: number | undefined, digits = 2) => (n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits));
const ms = (n: number) => (Number.isFinite(n) ? String(n) : '–');
const kb = (bytes: number) => (bytes >= 10_240 ? `${Math.round(bytes / 1024)} kB` : `${(bytes / 1024).toFixed(1)} kB`);
const euros = (cents: number) => (cents / 100).toLocaleString('en', { minimumFractionDigits: 2 });
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const cpu = cpus();

console.log('\n## Environment\n');
console.log(`- date: ${startedAt.toISOString()}`);
console.log(`- CPU: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown'}`);
console.log(`- Node ${process.version}; ${postgresVersion}; every server its own Node process with a pool of 10`);
console.log(
  `- load average (1/5/15 min) at start ${loadBefore.map((l) => l.toFixed(2)).join(' / ')}, at the end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')} (other work on this shared machine shows here)`,
);
for (const [data, s] of Object.entries(dataSizes)) {
  console.log(
    `- ${data}: ${s.measures.toLocaleString('en')} measures in ${s.bodies} bodies (${s.overdue} overdue), ${s.indicators} indicators on ${s.withIndicator} measures with ${s.measurements} measurements, ${s.needs} needs`,
  );
}
if (generated) {
  console.log(
    `- generated: ${generated.added} measures over the ${generated.bodies} bodies that still work, ${generated.goalLinks} goal links, ${generated.owners} owners, ` +
      `${generated.statusChanges} status changes, ${generated.indicators} indicators with ${generated.measurements} measurements (plain SQL, ${generated.ms} ms)`,
  );
}

console.log(
  `\n## 1. The overview page as the admin (${benchConnections} clients, ${benchSeconds} s per run after ${warmUpSeconds} s warm-up; public cache off)\n`,
);
console.log('| data | request | SQL statements / request | response | req/s | p50 ms | p99 ms | errors |');
console.log('|---|---|---|---|---|---|---|---|');
const pageNames = new Set([...page.map((p) => p.name), 'the page: its requests in turn']);
for (const r of rows.filter((r) => r.server === 'Verbund' && pageNames.has(r.request))) {
  const perPage = r.request.startsWith('the page') ? ` (${fmt(r.requestsPerSecond / page.length, 1)} pages/s)` : '';
  console.log(
    `| ${r.data} | ${r.request} | ${r.statements} | ${kb(r.bytes)} | ${r.requestsPerSecond}${perPage} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.errors + r.graphqlErrors} |`,
  );
}
console.log(
  `\nThe requests are the page's own (\`web/src/lib/graphql/overview-operations.ts\` and \`AgreementsQuery\` with \`expiringWithinDays: 90\`), ` +
    `formatted by urql as the web client sends them; the admin's session cookie goes with every request (the session is looked up per request, ` +
    `part of the statements). "The page" row: each client sends the page's requests in turn, so its latencies mix them; pages/s is its req/s ÷ ${page.length}. ` +
    `The overview's lists are capped (overdue measures, open mandates, indicators: 100 each). SQL statements: over ${samples} requests of each kind before the load; ` +
    'a range means the count changed from request to request with the same data: the body-by-id loader (for the bodies of the overview groups, ' +
    'of the overdue measures and of the mandates) is sometimes dispatched in two or three batches instead of one, as the fields resolve in different ticks.',
);

console.log(
  `\n## 1b. The figures beside the peers (${benchConnections} clients, ${benchSeconds} s per run after ${warmUpSeconds} s warm-up, same database)\n`,
);
console.log('| data | server | answers | SQL statements / request | response | req/s | p50 ms | p99 ms | errors |');
console.log('|---|---|---|---|---|---|---|---|---|');
const answers: Record<string, string> = {
  Verbund: 'the figures: `steeringOverview` and `fundOfYear` as the page selects them, in one request, with the admin session',
  'one statement': 'the same answer, built as JSON by one hand-written statement',
  PostGraphile: 'the rows: every measure with status, due date and body; every need; the fund with its applications',
};
for (const r of rows.filter((r) => r.request === 'figures' || r.request === 'rows')) {
  const check = checks.find((c) => c.data === r.data);
  const flag =
    r.server === 'one statement' && check && !check.figuresEqual
      ? ' ⚠ differs'
      : r.server === 'PostGraphile' && check && !check.rowsEqual
        ? ' ⚠ differs'
        : '';
  const underLoad =
    r.statementsUnderLoad !== undefined && String(r.statementsUnderLoad) !== r.statements ? ` (${r.statementsUnderLoad} under load)` : '';
  const rowCount = r.server === 'PostGraphile' && check ? ` (${check.rows.toLocaleString('en')} measures)` : '';
  console.log(
    `| ${r.data} | ${r.server}${flag} | ${answers[r.server]}${rowCount} | ${r.statements}${underLoad} | ${kb(r.bytes)} | ${r.requestsPerSecond} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.errors + r.graphqlErrors} |`,
  );
}

console.log(
  '\n| data | Verbund p50 ÷ one statement p50 | Verbund p99 ÷ one statement p99 | Verbund req/s ÷ PostGraphile req/s | one statement = Verbund | PostGraphile rows, counted = Verbund |',
);
console.log('|---|---|---|---|---|---|');
for (const check of checks) {
  const of = (server: string) =>
    rows.find((r) => r.data === check.data && r.server === server && (r.request === 'figures' || r.request === 'rows'));
  const [v, one, pgl] = [of('Verbund'), of('one statement'), of('PostGraphile')];
  if (!v || !one || !pgl) continue;
  console.log(
    `| ${check.data} | ${fmt(v.p50 / one.p50)}× | ${fmt(v.p99 / one.p99)}× | ${fmt(v.requestsPerSecond / pgl.requestsPerSecond)}× | ${check.figuresEqual ? '✓ every figure' : `✗ ${check.figuresDifferences.length} differences`} | ${check.rowsEqual ? '✓ per body, needs, fund sums' : `✗ ${check.rowsDifferences.length} differences`} |`,
  );
}
console.log(
  '\nThe one statement computes every figure of the request (measures by status and overdue per body, per goal of the current concept and per field of action; ' +
    'needs by classification; the first 100 indicators with their latest measurement and attainment; the fund of the year with its rounds) and returns the ' +
    "whole JSON answer; it was checked field by field against Verbund's answer before the load. It checks no session (it serves the admin's view to anyone): a floor, not a rival.\n\n" +
    '**The PostGraphile comparison is loose.** PostGraphile v5 (Amber preset, no aggregates plugin) cannot count or group, so it answers the closest thing it can: ' +
    'the raw rows the figures are counted from, over plain views of the tables (no read rules, no session: an admin sees all of these rows anyway). ' +
    'A client would still have to count them; only the per-body counts, the needs and the fund sums follow from these rows (checked: counted, they equal ' +
    "Verbund's), not the goals, fields of action or indicators. Its answer holds one row per measure and grows with them; the figures grow only with the bodies, goals and fields (and the indicators up to 100).",
);

console.log(
  `\n## 2. ${clientsPerRound} concurrent approvals on one fund (${postgresVersion}; ${fundRounds} rounds per variant, interleaved)\n`,
);
if (!fundRows.length) console.log('Not measured (the run stopped before).');
else {
  console.log(
    `Each round: a fresh fund of ${fundPlace}, with ${clientsPerRound} checked applications of ${euros(amountCents)} € prepared through the API; ` +
      `${clientsPerRound} clients, each with its own manager session (an admin account of the coordination office, one of those who may record the body's decisions) and its own open connection, ` +
      'send `decideFundApplication(…, outcome: APPROVED, approvedAmount: "700.00")` at the same moment, one application each. ' +
      'The approved sum is read back with SQL after every round.\n',
  );
  console.log(
    '| variant | round | budget € | approved | refused BUDGET_EXCEEDED | other answers | all answered after ms | approvals/s | decisions answered/s | request p50 ms | slowest ms | approved in the database € | ≤ budget | approved rows / decisions |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const f of fundRows) {
    const r = f.result;
    const seconds = r.wallMs / 1000;
    console.log(
      `| ${f.variant} | ${f.round} | ${euros(f.budgetCents)} | ${r.succeeded} ${mark(r.succeeded === f.fits)} | ${r.budgetExceeded} | ${r.other.length ? `⚠ ${r.other.length}: ${r.other[0]}` : 0} | ${Math.round(r.wallMs)} | ${fmt(r.succeeded / seconds, 1)} | ${fmt(clientsPerRound / seconds, 1)} | ${Math.round(median(r.latencies))} | ${Math.round(Math.max(...r.latencies))} | ${euros(f.db.approvedCents)} | ${mark(f.db.approvedCents <= f.db.budgetCents)} | ${f.db.approved} / ${f.db.decisions} |`,
    );
  }
  console.log(
    '\n| variant | median all answered after ms | median approvals/s | median decisions answered/s | every round exact | SQL statements: approval / refusal |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const variant of [...new Set(fundRows.map((f) => f.variant))]) {
    const of = fundRows.filter((f) => f.variant === variant);
    const approvedStatements = of.flatMap((f) => f.result.statements.approved);
    const refusedStatements = of.flatMap((f) => f.result.statements.refused);
    console.log(
      `| ${variant} | ${Math.round(median(of.map((f) => f.result.wallMs)))} | ${fmt(median(of.map((f) => f.result.succeeded / (f.result.wallMs / 1000))), 1)} | ${fmt(median(of.map((f) => clientsPerRound / (f.result.wallMs / 1000))), 1)} | ${mark(of.every((f) => f.ok))} | ${approvedStatements.length ? median(approvedStatements) : '–'} / ${refusedStatements.length ? median(refusedStatements) : '–'} |`,
    );
  }
  console.log(
    "\nApprovals of one fund are serialised by the fund's row lock (`select … for update` on the fund, then on the meeting), so the 20 run one after another " +
      'however many arrive together; "all answered after" is from sending all 20 to the last answer, approvals/s counts the successful ones in that time, ' +
      'decisions answered/s all 20. A refusal stops after reading the sum; an approval goes on to write the decision, any new recusals, the status history, two audit entries and the live event, in the same transaction.',
  );
}

if (failures.length) {
  console.log(`\n## ⚠ Failures\n`);
  for (const f of failures) console.log(`- ${f}`);
  process.exitCode = 1;
}
