/**
 * Actor-map benchmark: the `network` query and the `/map` page, against the
 * built server in separate processes.
 *
 * 1. The graph query, server side, as a visitor and as an admin: the demo
 *    city on the embedded database and on the PostgreSQL server, and a
 *    generated network of 10,000 organisations with about 50,000
 *    organisation–organisation ties on the PostgreSQL server. The first
 *    request computes metrics and layout (ForceAtlas2, in the worker
 *    thread); the following ones are served from the cache (per graph
 *    version and audience), so their p50 is the cached path: reading the
 *    graph, building and sending the answer. Beside Verbund, interleaved
 *    request by request: one hand-written SQL statement through `pg` that
 *    returns the same organisations and co-membership pairs with weights.
 * 2. Headless Chromium (Debian's, software WebGL), as a visitor: load → first
 *    interactive frame of `/map` (the page's `verbund:map-interactive` mark)
 *    for the demo city and the 10,000 organisations.
 * 3. Frame times while the mouse pans and zooms the 10,000-organisation map,
 *    and the same input on a plain SVG drawing of the same graph.
 *
 * Usage: npm run build && npm run bench:map
 *   BENCH_QUICK=1   a short run: 5 requests per series, 2 demo page loads, 1.5 s of pan and zoom
 * The PostgreSQL server at BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres
 * holds the 10,000-organisation network and the SQL peer; without it only the embedded demo is measured.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import { Latencies, median, postgresDatabase, seedDemo } from '../support/bench.ts';
import { type BrowserSession, chromiumPath, launchBrowser } from '../support/browser.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';
import { defaultSize, type Generated, generateNetwork } from './map/generate.ts';
import { type Audience, askVerbund, type Comparison, compareWithPeer, parseNetwork, SqlPeer } from './map/graph.ts';
import { type FrameTimes, loadMap, panAndZoom, svgPage, visibleBox } from './map/pages.ts';

const quick = process.env.BENCH_QUICK === '1';
const requests = quick ? 5 : 30;
const demoLoads = quick ? 2 : 5;
const interactionSeconds = quick ? 1.5 : 3;
const targets = { demoInteractiveMs: 500, largeInteractiveMs: 3000 };
const loadBefore = loadavg();
const startedAt = new Date();

/** Verbund as the benchmarks run it: quiet, no public response cache, SQL statements reported per answer. */
const serverEnv = { LOG_LEVEL: 'error', PUBLIC_CACHE_SECONDS: '0', SQL_COUNT_HEADER: 'true' };

const running = new Set<StartedVerbund>();
async function start(env: Record<string, string>): Promise<StartedVerbund> {
  const server = await startVerbund({ ...serverEnv, ...env });
  running.add(server);
  return server;
}
async function stop(server: StartedVerbund) {
  running.delete(server);
  await server.stop();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void Promise.all([...running].map((s) => s.stop())).finally(() => process.exit(130)));
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

// ── 1. The graph query ───────────────────────────────────────────────────────

interface Series {
  data: string;
  database: string;
  audience: Audience;
  nodes: number;
  edges: number;
  edgeKinds: string;
  truncated: boolean;
  bytes: number;
  statements: string;
  firstMs: number;
  p50: number;
  p99: number;
  count: number;
  peer?: { p50: number; p99: number; bytes: number; comparison: Comparison };
}

const edgeKindSummary = (edges: { kind: string }[]) => {
  const counts = new Map<string, number>();
  for (const e of edges) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${n.toLocaleString('en')} ${kind}`)
    .join(', ');
};

/**
 * The first request (metrics and layout computed), then `requests` sequential
 * ones; with a peer, each Verbund request is followed by one peer statement,
 * so both see the same machine.
 */
async function measureGraph(
  data: string,
  database: string,
  server: StartedVerbund,
  audience: Audience,
  cookie: string | undefined,
  peer?: SqlPeer,
): Promise<Series> {
  const first = await askVerbund(server.url, audience === 'admin' ? cookie : undefined);
  const answer = parseNetwork(first.text);
  let comparison: Comparison | undefined;
  let peerBytes = 0;
  if (peer) {
    const answered = await peer.ask(audience, answer.at); // prepares the statement
    comparison = compareWithPeer(answer, answered.text);
    peerBytes = answered.bytes;
  }
  const verbund = new Latencies();
  const floor = new Latencies();
  const statements = new Set([first.statements]);
  for (let i = 0; i < requests; i++) {
    const r = await askVerbund(server.url, audience === 'admin' ? cookie : undefined);
    verbund.add(r.ms);
    statements.add(r.statements);
    if (peer) floor.add((await peer.ask(audience, answer.at)).ms);
  }
  const series: Series = {
    data,
    database,
    audience,
    nodes: answer.nodes.length,
    edges: answer.edges.length,
    edgeKinds: edgeKindSummary(answer.edges),
    truncated: answer.truncated,
    bytes: first.bytes,
    statements: [...statements].join(' / '),
    firstMs: Math.round(first.ms),
    p50: verbund.percentile(50),
    p99: verbund.percentile(99),
    count: requests,
    ...(peer && comparison ? { peer: { p50: floor.percentile(50), p99: floor.percentile(99), bytes: peerBytes, comparison } } : {}),
  };
  console.log(
    `${data} · ${database} · ${audience}: first ${series.firstMs} ms, p50 ${series.p50} ms, p99 ${series.p99} ms` +
      (series.peer
        ? `; one statement p50 ${series.peer.p50} ms${comparison?.equal ? '' : ` ⚠ ${comparison?.differences.join('; ')}`}`
        : ''),
  );
  return series;
}

// ── 2. and 3. The page ───────────────────────────────────────────────────────

interface PageRow {
  data: string;
  visit: string;
  ms: number;
  loads: number[];
  /** When the network answer had arrived, per load. */
  answered: number[];
  target?: number;
  error?: string;
}

const pageRows: PageRow[] = [];
const frameRows: { renderer: string; times?: FrameTimes; error?: string }[] = [];
let browser: BrowserSession | undefined;
let webgl = '';

/** Why the browser part cannot run, if it cannot (asked when it is due: someone may be rebuilding the web app meanwhile). */
const browserSkipped = () =>
  !existsSync(chromiumPath)
    ? `Chromium is not at ${chromiumPath}`
    : !existsSync(new URL('../../web/build/index.html', import.meta.url))
      ? 'the web app is not built (web/build)'
      : undefined;
let skippedBecause: string | undefined;

async function openBrowser(): Promise<BrowserSession> {
  if (browser) return browser;
  browser = await launchBrowser();
  const { context, page } = await browser.newPage();
  await page.setContent('<canvas id="c"></canvas>');
  webgl = (await page.evaluate(() => {
    const gl = (document.getElementById('c') as HTMLCanvasElement).getContext('webgl2');
    if (!gl) return 'no WebGL 2';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  })) as string;
  await context.close();
  return browser;
}

/**
 * Page loads in one browser context (a returning visitor: assets come from its
 * cache), `times` per visit; stops at the first load without the mark. The
 * caller closes the context.
 */
async function timeLoads(
  data: string,
  server: StartedVerbund,
  visits: { visit: string; times: number; target?: number }[],
  timeoutMs: number,
): Promise<{ context: BrowserContext; page: Page; ok: boolean }> {
  const { context, page } = await (await openBrowser()).newPage();
  for (const v of visits) {
    const loads: number[] = [];
    const answered: number[] = [];
    try {
      for (let i = 0; i < v.times; i++) {
        const load = await loadMap(page, `${server.url}/map`, timeoutMs);
        loads.push(Math.round(load.interactive));
        answered.push(Math.round(load.answered));
      }
    } catch (error) {
      pageRows.push({ data, visit: v.visit, ms: Number.NaN, loads, answered, error: (error as Error).message });
      return { context, page, ok: false };
    }
    pageRows.push({ data, visit: v.visit, ms: median(loads), loads, answered, ...(v.target ? { target: v.target } : {}) });
    console.log(`/map · ${data} · ${v.visit}: interactive at ${loads.join(', ')} ms (network answer in at ${answered.join(', ')} ms)`);
  }
  return { context, page, ok: true };
}

const sectorColours: Record<string, string> = {
  PUBLIC_ADMINISTRATION: '#1f6feb',
  WELFARE: '#d1242f',
  CIVIL_SOCIETY: '#1a7f37',
  MIGRANT_SELF_ORGANISATION: '#bf8700',
  FAITH: '#8250df',
  EDUCATION: '#0a7f8a',
  BUSINESS: '#6e7781',
};

/** Pan and zoom on the map page (closed afterwards), then on the SVG drawing of the visitor's graph from the API. */
async function measureFrames(server: StartedVerbund, map: { context: BrowserContext; page: Page }) {
  try {
    await map.page.waitForTimeout(500);
    const box = await visibleBox(map.page, '.stage');
    frameRows.push({ renderer: 'sigma 4 (WebGL) on /map', times: await panAndZoom(map.page, box, interactionSeconds) });
  } catch (error) {
    frameRows.push({ renderer: 'sigma 4 (WebGL) on /map', error: (error as Error).message });
  } finally {
    // Before the SVG page: a slow map is still working off input and would take its CPU.
    await map.context.close();
  }
  const answer = parseNetwork((await askVerbund(server.url, undefined)).text);
  const index = new Map(answer.nodes.map((n, i) => [n.id, i]));
  const graph = {
    positions: answer.nodes.flatMap((n) => [n.x, n.y]),
    colours: answer.nodes.map((n) => sectorColours[n.sector ?? ''] ?? '#57606a'),
    edges: answer.edges.flatMap((e) => [index.get(e.source) as number, index.get(e.target) as number]),
  };
  const session = await openBrowser();
  const { context, page: svg } = await session.newPage();
  try {
    const built = performance.now();
    const box = await svgPage(svg, graph);
    const buildMs = Math.round(performance.now() - built);
    frameRows.push({
      renderer: `plain SVG (${answer.nodes.length.toLocaleString('en')} <circle>, ${answer.edges.length.toLocaleString('en')} <line>; built and first painted in ${buildMs} ms)`,
      times: await panAndZoom(svg, box, interactionSeconds),
    });
  } catch (error) {
    frameRows.push({ renderer: 'plain SVG', error: (error as Error).message });
  } finally {
    await context.close();
  }
}

// ── Run ──────────────────────────────────────────────────────────────────────

const series: Series[] = [];
let generated: Generated | undefined;
let postgresVersion = '';
/** Whether the demo map reached its mark; if not, the large one is not tried (it would only wait out its timeout). */
let mapPageWorks = true;

try {
  // The demo city on the embedded database, as `npm start` runs it.
  console.log('— demo city, embedded database');
  const demo = await start({});
  try {
    const cookie = await adminCookie(demo.url);
    for (const audience of ['visitor', 'admin'] as const) {
      series.push(await measureGraph('demo city', 'embedded (PGlite)', demo, audience, cookie));
    }
    skippedBecause = browserSkipped();
    if (skippedBecause) console.log(`Browser part skipped: ${skippedBecause}.`);
    else {
      // Part 1 has computed the visitor's positions already: every load here is a "second visit" for the server.
      const loaded = await timeLoads(
        'demo city',
        demo,
        [
          { visit: 'first visit of this browser (positions cached on the server; assets not yet in the browser cache)', times: 1 },
          { visit: `second visit (positions cached), median of ${demoLoads}`, times: demoLoads, target: targets.demoInteractiveMs },
        ],
        30_000,
      );
      await loaded.context.close();
      mapPageWorks = loaded.ok;
    }
  } finally {
    await stop(demo);
  }

  const demoUrl = await postgresDatabase('verbund_bench_map_demo');
  if (demoUrl) {
    // The same demo city on the PostgreSQL server, where the one-statement peer can read it too.
    console.log('— demo city, PostgreSQL');
    seedDemo({ DATABASE_URL: demoUrl }, []);
    const demoServer = await start({ DATABASE_URL: demoUrl, DEMO_SEED: 'false' });
    const peer = new SqlPeer(demoUrl);
    await peer.connect();
    try {
      postgresVersion = await peer.serverVersion();
      const cookie = await adminCookie(demoServer.url);
      for (const audience of ['visitor', 'admin'] as const) {
        series.push(await measureGraph('demo city', postgresVersion, demoServer, audience, cookie, peer));
      }
    } finally {
      await peer.end();
      await stop(demoServer);
    }

    console.log('— 10,000 organisations, PostgreSQL');
    const largeUrl = (await postgresDatabase('verbund_bench_map')) as string;
    // The server migrates the empty database on start; the network goes in afterwards, with plain SQL.
    let server = await start({ DATABASE_URL: largeUrl, DEMO_SEED: 'false' });
    generated = await generateNetwork(largeUrl, defaultSize);
    console.log(
      `Generated ${generated.organisations.toLocaleString('en')} organisations, ${generated.bodies.toLocaleString('en')} bodies, ` +
        `${generated.memberships.toLocaleString('en')} memberships, ${generated.coMembershipPairs.toLocaleString('en')} co-membership pairs in ${generated.ms} ms`,
    );
    const large = new SqlPeer(largeUrl);
    await large.connect();
    try {
      for (const audience of ['visitor', 'admin'] as const) {
        series.push(await measureGraph('10,000 organisations', postgresVersion, server, audience, generated.adminCookie, large));
      }
    } finally {
      await large.end();
      await stop(server);
    }

    skippedBecause ??= browserSkipped();
    if (!skippedBecause && !mapPageWorks) {
      pageRows.push({
        data: '10,000 organisations',
        visit: 'not tried',
        ms: Number.NaN,
        loads: [],
        answered: [],
        error: 'the demo map did not load',
      });
    } else if (!skippedBecause) {
      // A fresh process: nothing cached, so the first visit waits for the layout.
      server = await start({ DATABASE_URL: largeUrl, DEMO_SEED: 'false' });
      try {
        const loaded = await timeLoads(
          '10,000 organisations',
          server,
          [
            { visit: 'first visit (server computes metrics and layout)', times: 1, target: targets.largeInteractiveMs },
            { visit: 'second visit (positions cached)', times: 1, target: targets.largeInteractiveMs },
          ],
          180_000,
        );
        try {
          if (loaded.ok) await measureFrames(server, loaded);
          else frameRows.push({ renderer: 'sigma 4 (WebGL) on /map', error: 'the map did not load' });
        } finally {
          await loaded.context.close();
        }
      } finally {
        await stop(server);
      }
    }
  } else {
    console.log('No PostgreSQL server: the 10,000-organisation network and the SQL peer are skipped.');
  }
} finally {
  await browser?.close();
  await Promise.all([...running].map((s) => stop(s)));
}

// ── Report ───────────────────────────────────────────────────────────────────

const fmt = (n: number | undefined, digits = 1) => (n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits));
const kb = (bytes: number) => (bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`);
const mark = (ok: boolean) => (ok ? '✓' : '✗');

const cpu = cpus();
console.log(`\n## Environment\n`);
console.log(`- date: ${startedAt.toISOString()}${quick ? ' (BENCH_QUICK=1: short run)' : ''}`);
console.log(`- CPU: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown'}`);
console.log(`- Node ${process.version}; ${postgresVersion || 'no PostgreSQL server'}`);
if (browser) console.log(`- Chromium ${browser.browser.version()} headless; WebGL: ${webgl} (software rendering)`);
console.log(
  `- load average (1/5/15 min) at start ${loadBefore.map((l) => l.toFixed(2)).join(' / ')}, at the end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')} (other work on this shared machine shows here)`,
);
if (generated) {
  console.log(
    `- generated network: ${generated.organisations.toLocaleString('en')} public organisations (${generated.isolated.toLocaleString('en')} in no body), ` +
      `${generated.bodies.toLocaleString('en')} bodies, ${generated.persons.toLocaleString('en')} people, ${generated.memberships.toLocaleString('en')} memberships ` +
      `(${generated.coMembershipPairs.toLocaleString('en')} distinct co-membership pairs), ${generated.agreements} agreements in force with ${generated.parties} parties; ` +
      `no meetings; admin: an account and session written into the database`,
  );
}

console.log(`\n## 1. network query, server side (${requests} sequential requests per row after the first; public response cache off)\n`);
console.log(
  '| data | database | reader | server | nodes | edges | response | SQL statements / request | first request ms | p50 ms | p99 ms |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const s of series) {
  console.log(
    `| ${s.data} | ${s.database} | ${s.audience} | Verbund | ${s.nodes.toLocaleString('en')} | ${s.edges.toLocaleString('en')} (${s.edgeKinds})${s.truncated ? ' truncated' : ''} | ${kb(s.bytes)} | ${s.statements} | ${s.firstMs} | ${fmt(s.p50)} | ${fmt(s.p99)} |`,
  );
  if (s.peer) {
    const c = s.peer.comparison;
    console.log(
      `| ${s.data} | ${s.database} | ${s.audience} | one SQL statement${c.equal ? '' : ' ⚠ differs'} | ${c.peerNodes.toLocaleString('en')} | ${c.peerPairs.toLocaleString('en')} CO_MEMBERSHIP | ${kb(s.peer.bytes)} | 1 | – | ${fmt(s.peer.p50)} | ${fmt(s.peer.p99)} |`,
    );
  }
}
console.log(
  '\nThe first request of each row computes metrics and the ForceAtlas2 layout (in the worker thread) for that graph version and audience; ' +
    'the cache keeps them, so **p50 and p99 are the cached path**: reading the graph (the SQL statements), building and sending the answer. ' +
    `With ${requests} requests, p99 (nearest rank) is the slowest of them. The peer returns only the organisations and the co-membership pairs with weights, ` +
    'built as JSON inside PostgreSQL (no other kinds of tie, reasons, metrics or positions): a floor, not a rival. The admin session is looked up per request (part of the statements).',
);
const withPeer = series.filter((s) => s.peer);
if (withPeer.length) {
  console.log('\n| data | reader | Verbund p50 ÷ one statement p50 | Verbund p99 ÷ one statement p99 | same organisations and pairs |');
  console.log('|---|---|---|---|---|');
  for (const s of withPeer) {
    const p = s.peer as NonNullable<Series['peer']>;
    console.log(
      `| ${s.data} | ${s.audience} | ${fmt(s.p50 / p.p50, 2)}× | ${fmt(s.p99 / p.p99, 2)}× | ${p.comparison.equal ? '✓' : `✗ ${p.comparison.differences.join('; ')}`} |`,
    );
  }
}

console.log(
  `\n## 2. /map in headless Chromium: navigation start → first interactive frame ("verbund:map-interactive"), visitor, 1280×900\n`,
);
if (skippedBecause) console.log(`Skipped: ${skippedBecause}.`);
else if (!pageRows.length) console.log('Not measured (no PostgreSQL server for the large network, or the run stopped early).');
else {
  console.log('| data | visit | interactive ms | target | each load: interactive ms (network answer in at ms) |');
  console.log('|---|---|---|---|---|');
  for (const r of pageRows) {
    const target = r.target ? `≤ ${r.target} ${Number.isFinite(r.ms) ? mark(r.ms <= r.target) : ''}` : '';
    const each = r.loads.map((ms, i) => `${ms} (${r.answered[i]})`).join(', ');
    console.log(`| ${r.data} | ${r.visit} | ${fmt(r.ms, 0)} | ${target} | ${r.error ? `⚠ ${r.error}` : each} |`);
  }
  console.log(`\nWebGL here is ${webgl}: software rendering on the CPU, slower than a desktop's GPU.`);
}

console.log(
  `\n## 3. Pan and zoom on the 10,000-organisation map: frame times (requestAnimationFrame gaps), about ${interactionSeconds} s of Ctrl+wheel in/out and drags\n`,
);
if (skippedBecause) console.log(`Skipped: ${skippedBecause}.`);
else if (!frameRows.length) console.log('Not measured.');
else {
  console.log('| renderer | frames | frames/s | p50 ms | p95 ms | slowest ms | recorded s | input events taken in time / sent |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of frameRows) {
    if (!r.times) {
      console.log(`| ${r.renderer} | – | – | – | – | – | – | ⚠ ${r.error} |`);
      continue;
    }
    const t = r.times;
    console.log(
      `| ${r.renderer} | ${t.frames} | ${fmt(t.frames / t.seconds)} | ${fmt(t.p50)} | ${fmt(t.p95)} | ${fmt(t.max)} | ${t.seconds} | ${t.taken} / ${t.sent} |`,
    );
  }
  const [sigma, svg] = [frameRows[0]?.times, frameRows[1]?.times];
  if (sigma && svg) {
    console.log(
      `| sigma ÷ SVG | | ${fmt(sigma.frames / sigma.seconds / (svg.frames / svg.seconds), 2)}× | ${fmt(sigma.p50 / svg.p50, 2)}× | ${fmt(sigma.p95 / svg.p95, 2)}× | ${fmt(sigma.max / svg.max, 2)}× | | |`,
    );
  }
  const few = frameRows.filter((r) => r.times && r.times.frames < 20);
  if (few.length) {
    console.log(
      `
⚠ ${few.map((r) => r.renderer.split(' (')[0]).join(' and ')}: fewer than 20 frames in the recording, so p50 and p95 are of a handful of gaps (a quick frame between two long ones counts as much as a long one); frames/s and the slowest frame say more.`,
    );
  }
  console.log(
    `\nsigma draws with WebGL, which headless Chromium renders in software (${webgl}); the SVG page is rasterised by Chromium on the CPU as well. ` +
      'The same mouse input drives both; the SVG page redraws on every event, sigma animates its zoom steps.',
  );
}
