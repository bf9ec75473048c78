/**
 * The one-statement peer of the steering benchmark behind plain `node:http`
 * and a `pg.Pool` of 10, as peers/sql-server.ts serves the directory's:
 * `POST /figures` with `{"year": 2026}` answers figures.ts's statement (one
 * prepared statement per answer); `GET /statements` how many were sent.
 *
 * Started by steering/peers.ts: `node sql-server.ts` with DATABASE_URL and PORT.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { figuresStatement } from './figures.ts';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
let sent = 0;

const server = createServer((req, res) => {
  if (req.method === 'GET' && (req.url === '/statements' || req.url === '/healthz')) {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', statements: sent }));
    return;
  }
  if (req.method !== 'POST' || req.url !== '/figures') {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const args = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      sent++;
      const result = await pool.query<{ body: string }>({ name: 'steering-figures', text: figuresStatement, values: [Number(args.year)] });
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
