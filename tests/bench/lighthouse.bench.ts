/**
 * Lighthouse benchmark: the public pages a newcomer opens (home, a search, an
 * organisation, an offer, a referral path), audited by Lighthouse 13 in
 * Debian's Chromium, as a phone (Lighthouse's default mobile emulation with
 * simulated slow 4G) and as a desktop. Prints every category's score and the
 * metrics the issue names (LCP, CLS, TBT) for each page, with the median of
 * the runs.
 *
 * Usage: npm run build && npm run bench:lighthouse
 *   BENCH_URL=http://127.0.0.1:4100  audit a server that is already running
 *                                   (e.g. an older build, for "before")
 *   LIGHTHOUSE_RUNS=3               runs per page and form factor (median)
 */
import { rm } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { startVerbund } from '../support/server.ts';

const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Page {
  name: string;
  path: string;
}

async function graphql(url: string, query: string): Promise<any> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query }),
  });
  return res.json();
}

/** The pages to audit; an offer and a referral path only where the server has them (older builds don't). */
async function pages(url: string): Promise<Page[]> {
  const found: Page[] = [
    { name: 'home', path: '/' },
    { name: 'search', path: '/?q=Beratung' },
  ];
  const orgs = await graphql(url, '{ organisations(first: 1, filter: { search: "Beratung" }) { edges { node { id } } } }');
  const org = orgs.data?.organisations.edges[0]?.node.id;
  if (org) found.push({ name: 'organisation', path: `/organisations/${org}` });
  const offers = await graphql(url, '{ offers(first: 1, filter: { search: "Beratung" }) { edges { node { id } } } }');
  const offer = offers.data?.offers?.edges[0]?.node.id;
  if (offer) found.push({ name: 'offer', path: `/offers/${offer}` });
  const paths = await graphql(url, '{ referralPaths { id } }');
  const referral = paths.data?.referralPaths?.[0]?.id;
  if (referral) found.push({ name: 'referral path', path: `/referral-paths/${referral}` });
  return found;
}

interface Audit {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

async function audit(port: number, url: string, desktop: boolean): Promise<Audit> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
    desktop ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`no Lighthouse result for ${url}`);
  const { categories, audits } = result.lhr;
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

async function main() {
  const external = process.env.BENCH_URL;
  const server = external ? undefined : await startVerbund({ LOG_LEVEL: 'error' });
  const url = external ?? (server?.url as string);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const list = await pages(url);
    console.log(`Lighthouse ${runs} run(s) per page against ${url}; median per page`);
    console.log('form     page           perf  a11y  bp   seo   LCP ms  CLS    TBT ms');
    for (const desktop of [false, true]) {
      for (const page of list) {
        const results: Audit[] = [];
        for (let i = 0; i < runs; i++) results.push(await audit(chrome.port, url + page.path, desktop));
        const m = (key: keyof Audit) => median(results.map((r) => r[key]));
        console.log(
          [
            (desktop ? 'desktop' : 'mobile').padEnd(8),
            page.name.padEnd(14),
            String(m('performance')).padStart(4),
            String(m('accessibility')).padStart(5),
            String(m('bestPractices')).padStart(4),
            String(m('seo')).padStart(5),
            String(Math.round(m('lcpMs'))).padStart(7),
            m('cls').toFixed(3).padStart(6),
            String(Math.round(m('tbtMs'))).padStart(7),
          ].join(' '),
        );
      }
    }
  } finally {
    chrome.kill();
    await server?.stop();
    if (server) await rm(server.dataDir, { recursive: true, force: true });
  }
}

await main();
