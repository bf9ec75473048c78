/**
 * The one-statement peer of the search benchmark (statement.ts) behind plain
 * `node:http` and a `pg.Pool` of 10, as bench/peers/sql-server.ts does for
 * the other shapes. `POST /search` with `{ search, districtIds, first }`;
 * `GET /statements` answers how many statements were sent so far.
 * Started by search.bench.ts: `node sql-server.ts` with DATABASE_URL and PORT.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { repoRoot } from '../../support/server.ts';
import { searchStatement } from './statement.ts';

interface Word {
  pos: number;
  word: string;
  codes: string[];
  kinds: string[];
  stop: boolean;
}
const { parseDirectoryQuery } = (await import(path.join(repoRoot, 'services/api/dist/modules/directory/directory-query.js'))) as {
  parseDirectoryQuery: (search: string, kindNames: unknown) => { words: Word[] } | undefined;
};
const { offerKindNames } = await import(path.join(repoRoot, 'services/api/dist/modules/offer/offer.labels.js'));

/** Days after which a profile counts as stale: the API's default (PROFILE_STALE_AFTER_DAYS). */
const staleAfterDays = 365;

function parameters(args: { search?: string; districtIds?: string[]; first?: number }): unknown[] {
  const words = parseDirectoryQuery(String(args.search ?? ''), offerKindNames)?.words ?? [];
  return [
    words.map((w) => w.word),
    words.map((w) => w.codes.join(',')),
    words.map((w) => w.kinds.join(',')),
    words.filter((w) => w.stop).map((w) => w.pos),
    args.districtIds ?? [],
    Number(args.first ?? 20),
    staleAfterDays,
  ];
}

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
let sent = 0;

const server = createServer((req, res) => {
  if (req.method === 'GET' && (req.url === '/statements' || req.url === '/healthz')) {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', statements: sent }));
    return;
  }
  if (req.method !== 'POST' || req.url !== '/search') {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const args = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      sent++;
      const result = await pool.query<{ body: string }>({ name: 'search', text: searchStatement, values: parameters(args) });
      res.writeHead(200, { 'content-type': 'application/json', 'x-sql-statements': '1' }).end(result.rows[0]?.body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');

process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.end();
});
