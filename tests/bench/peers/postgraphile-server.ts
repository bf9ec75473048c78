/**
 * PostGraphile v5 as a peer of Verbund, in its own process: schema `peer` of
 * the benchmark database (views and functions for what a visitor may see), the
 * same pool size as Verbund (10), no mutations and no Relay node ids.
 * `GET /statements` answers how many SQL statements the pool has sent so far.
 *
 * Started by peers.bench.ts: `node postgraphile-server.ts` with DATABASE_URL and PORT
 * (PEER_SQL_LOG=1 prints every statement).
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const port = Number(process.env.PORT);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

// Every statement any pooled client sends, including set-up and prepared-statement upkeep.
// PEER_SQL_LOG=1 prints each one (to see the SQL PostGraphile plans).
let statements = 0;
const log = process.env.PEER_SQL_LOG === '1';
pool.on('connect', (client) => {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    statements++;
    if (log) console.log(JSON.stringify(args[0]));
    return query(...args);
  };
});

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  disablePlugins: ['NodePlugin', 'PgMutationCreatePlugin', 'PgMutationUpdateDeletePlugin'],
  pgServices: [makePgService({ pool, schemas: ['peer'] })],
  schema: { defaultBehavior: '+list' },
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false, websockets: false, maxRequestLength: 1_000_000 },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
await pgl.getSchema();
const handle = serv.createHandler();

const server = createServer((req, res) => {
  if (req.url === '/statements') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ statements }));
    return;
  }
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  handle(req, res, () => res.writeHead(404).end());
});
server.listen(port, '127.0.0.1');

process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void Promise.resolve(pgl.release()).then(() => pool.end());
});
