/**
 * The floor of the comparison: one hand-written SQL statement per query
 * shape, which builds the whole answer (`{"data": …}`) as JSON inside
 * PostgreSQL, behind plain `node:http` and a `pg.Pool` of 10. The visitor rules
 * come from visitor-rules.ts, as for the PostGraphile peer.
 *
 * `POST /query/<shape>` with the shape's arguments as a JSON body; `GET /statements`
 * answers how many statements were sent so far. Started by peers.bench.ts:
 * `node sql-server.ts` with DATABASE_URL and PORT.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import {
  currentAffiliation,
  currentMembership,
  endedBody,
  toTsQuery,
  visibleBody,
  visibleOrganisation,
  visiblePerson,
} from './visitor-rules.ts';

const vocabulary = (field: string, table: string) => `'${field}', (
  select coalesce(json_agg(json_build_object('id', r.id, 'code', r.code, 'labelDe', r.label_de, 'labelEn', r.label_en, 'position', r.position)
                  order by r.position, r.label_de), '[]')
    from public.organisation_${table} p join public.${table} r on r.id = p.${table}_id
   where p.organisation_id = h.id)`;

/** One statement per shape; each returns a single row with the answer as text. */
const statements = {
  directory: `
with hits as (
  select o.id, o.name, o.short_name, o.kind, o.sector, ts_rank(o.search_vector, q.query) as rank, count(*) over () as total
    from public.organisation o, to_tsquery('german', $1) as q(query)
   where ${visibleOrganisation('o')} and o.search_vector @@ q.query
   order by rank desc, o.name, o.id
   limit $2)
select json_build_object('data', json_build_object('organisations', json_build_object(
  'totalCount', coalesce(max(h.total), 0),
  'edges', coalesce(json_agg(json_build_object('node', json_build_object(
    'id', h.id, 'name', h.name, 'shortName', h.short_name, 'kind', h.kind, 'sector', h.sector,
    ${vocabulary('fieldsOfAction', 'field_of_action')},
    ${vocabulary('districts', 'district')},
    ${vocabulary('languages', 'language')},
    ${vocabulary('targetGroups', 'target_group')})) order by h.rank desc, h.name, h.id), '[]'))))::text as body
  from hits h`,

  bodies: `
select json_build_object('data', json_build_object('bodies', coalesce(json_agg(json_build_object(
  'id', b.id, 'name', b.name, 'kind', b.kind,
  'members', (
    select coalesce(json_agg(json_build_object(
             'id', m.id, 'role', m.role,
             'person', json_build_object('id', p.id, 'givenName', p.given_name, 'familyName', p.family_name),
             'organisation', case when o.id is null then null else json_build_object('id', o.id, 'name', o.name, 'sector', o.sector) end)
           order by m.role, p.family_name, p.given_name, m.id), '[]')
      from public.membership m
      join public.person p on p.id = m.person_id
      left join public.organisation o on o.id = m.organisation_id and ${visibleOrganisation('o')}
     where m.body_id = b.id and ${currentMembership('m')} and ${visiblePerson('p')}))
  order by b.name, b.id), '[]')))::text as body
  from public.body b
 where ${visibleBody('b')} and not ${endedBody('b')}`,

  organisation: `
select json_build_object('data', json_build_object('organisation', (
  select json_build_object(
    'id', o.id, 'name', o.name, 'shortName', o.short_name, 'description', o.description, 'website', o.website,
    'affiliations', (
      select coalesce(json_agg(json_build_object(
               'id', a.id, 'role', a.role,
               'person', json_build_object('id', p.id, 'givenName', p.given_name, 'familyName', p.family_name, 'function', p.function))
             order by p.family_name, p.given_name, a.id), '[]')
        from public.affiliation a join public.person p on p.id = a.person_id
       where a.organisation_id = o.id and ${currentAffiliation('a')} and ${visiblePerson('p')}))
    from public.organisation o
   where o.id = $1 and ${visibleOrganisation('o')})))::text as body`,
} as const;

export type SqlShape = keyof typeof statements;

/** The statement's parameters from the request's JSON arguments. */
const parameters: Record<SqlShape, (args: any) => unknown[]> = {
  directory: (args) => [toTsQuery(String(args.search ?? '')), Number(args.first ?? 20)],
  bodies: () => [],
  organisation: (args) => [String(args.id)],
};

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
let sent = 0;

const server = createServer((req, res) => {
  if (req.method === 'GET' && (req.url === '/statements' || req.url === '/healthz')) {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', statements: sent }));
    return;
  }
  const shape = req.url?.startsWith('/query/') ? (req.url.slice('/query/'.length) as SqlShape) : undefined;
  if (req.method !== 'POST' || !shape || !(shape in statements)) {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const args = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      sent++;
      const result = await pool.query<{ body: string }>({ name: shape, text: statements[shape], values: parameters[shape](args) });
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
