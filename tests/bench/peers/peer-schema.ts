import pg from 'pg';
import { currentAffiliation, currentMembership, endedBody, visibleBody, visibleOrganisation, visiblePerson } from './visitor-rules.ts';

const vocabularies = [
  { table: 'field_of_action', field: 'fieldsOfAction' },
  { table: 'district', field: 'districts' },
  { table: 'language', field: 'languages' },
  { table: 'target_group', field: 'targetGroups' },
];

/** A PostGraphile smart comment: one tag per line. */
const tags = (...lines: string[]) => `E'${lines.join('\\n').replaceAll("'", "''")}'`;

/**
 * Schema `peer` for PostGraphile: exactly what a visitor may read (see
 * visitor-rules.ts), as views with smart tags for keys and relations, plus the
 * directory's search as a function. It lives only in the benchmark database
 * and reads Verbund's tables as its migrations made them.
 */
export const peerSchemaSql = `
drop schema if exists peer cascade;
create schema peer;

create view peer.organisation as
  select o.id, o.name, o.short_name, o.kind, o.sector, o.description, o.website, o.search_vector
    from public.organisation o
   where ${visibleOrganisation('o')};
comment on view peer.organisation is ${tags('@primaryKey id')};
comment on column peer.organisation.search_vector is ${tags('@behavior -*')};

create view peer.person as
  select p.id, p.given_name, p.family_name, p.function
    from public.person p
   where ${visiblePerson('p')};
comment on view peer.person is ${tags('@primaryKey id')};

-- A current affiliation with a visible organisation makes its person visible
-- unless archived, so the person's rule is the archive flag here (joining
-- peer.person instead gives the same rows, but a plan that took 87 ms instead
-- of 0.7 ms for one organisation).
-- The names are columns too, so that the list can be ordered as Verbund orders it.
create view peer.affiliation as
  select a.id, a.organisation_id, a.person_id, a.role, p.family_name as person_family_name, p.given_name as person_given_name
    from public.affiliation a
    join peer.organisation o on o.id = a.organisation_id
    join public.person p on p.id = a.person_id
   where ${currentAffiliation('a')} and p.archived_at is null;
comment on view peer.affiliation is ${tags(
  '@primaryKey id',
  '@foreignKey (organisation_id) references peer.organisation (id)|@fieldName organisation|@foreignFieldName affiliations',
  '@foreignKey (person_id) references peer.person (id)|@fieldName person|@foreignFieldName affiliations',
)};
${vocabularies
  .map(
    ({ table, field }) => `
create view peer.organisation_${table} as
  select p.organisation_id, r.id, r.code, r.label_de, r.label_en, r.position
    from public.organisation_${table} p
    join peer.organisation o on o.id = p.organisation_id
    join public.${table} r on r.id = p.${table}_id;
comment on view peer.organisation_${table} is ${tags(
      '@primaryKey organisation_id,id',
      `@foreignKey (organisation_id) references peer.organisation (id)|@foreignFieldName ${field}`,
    )};`,
  )
  .join('\n')}

create view peer.body as
  select b.id, b.name, b.kind, b.status, ${endedBody('b')} as ended
    from public.body b
   where ${visibleBody('b')};
comment on view peer.body is ${tags('@primaryKey id')};

-- Today's members; the organisation only when a visitor may see it. Body and
-- person are tests rather than joins, so that a body's members are found by
-- the membership_body_index first (a third of the time of the joined form).
create view peer.membership as
  select m.id, m.body_id, m.person_id, o.id as organisation_id, m.role, p.family_name as person_family_name
    from public.membership m
    join public.person p on p.id = m.person_id
    left join peer.organisation o on o.id = m.organisation_id
   where ${currentMembership('m')}
     and exists (select 1 from peer.body b where b.id = m.body_id)
     and p.id in (select id from peer.person);
comment on view peer.membership is ${tags(
  '@primaryKey id',
  '@foreignKey (body_id) references peer.body (id)|@fieldName body|@foreignFieldName members',
  '@foreignKey (person_id) references peer.person (id)|@fieldName person|@foreignFieldName memberships',
  '@foreignKey (organisation_id) references peer.organisation (id)|@fieldName organisation|@foreignFieldName memberships',
)};
comment on column peer.membership.role is ${tags('@behavior +orderBy')};

-- Verbund's toTsQuery: letters and digits of up to ten words, each a prefix.
create function peer.prefix_query(q text) returns text
  language sql immutable strict
as $$
  select array_to_string((array_agg(w || ':*' order by n))[1:10], ' & ')
    from regexp_split_to_table(q, '\\s+') with ordinality as t(word, n),
         regexp_replace(word, '[^[:alnum:]]', '', 'g') as w
   where w <> ''
$$;
comment on function peer.prefix_query(text) is ${tags('@behavior -*')};

-- The directory's search, ranked as Verbund ranks it (organisation.search.ts).
create function peer.search_organisations(q text) returns setof peer.organisation
  language sql stable
as $$
  select o.* from peer.organisation o
   where o.search_vector @@ to_tsquery('german', peer.prefix_query(q))
   order by ts_rank(o.search_vector, to_tsquery('german', peer.prefix_query(q))) desc, o.name, o.id
$$;
`;

/** Creates (or re-creates) the `peer` schema in the database at `url`. */
export async function installPeerSchema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(peerSchemaSql);
  } finally {
    await client.end();
  }
}
