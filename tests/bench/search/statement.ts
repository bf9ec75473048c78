/**
 * The floor of the search benchmark: one hand-written SQL statement that
 * answers the directory page's search (bench/search/operation.ts) for a
 * visitor, as JSON built inside PostgreSQL, with the same conditions and rows
 * as Verbund:
 * - the offers a visitor may see (public, not archived, of a public, not
 *   archived organisation, not ended) that match every text word of the
 *   search in the German base text (german configuration), a translation (in
 *   its own language's configuration), a field of action, target group or
 *   district named in any language, or (offers) their kind's name; each word
 *   as a prefix;
 * - words naming a language (aliases, or the stored labels and native names)
 *   filter by that language instead; stop words are left out;
 * - the district filter; order by relevance (German base text plus the best
 *   translation), title, id; the first page with translations, tags,
 *   organisation, opening-hours summary, `isStale` and `openNow`;
 * - the total, facet counts (each leaving its own filter out), the
 *   interpretation, and the count of matching organisations.
 *
 * It restates Verbund's rules (directory-query.ts, directory-search.ts,
 * offer.search.ts, offer.schedule.ts, read-rules.ts) in SQL written for this
 * one question. The words of the search are split, matched against the
 * language aliases and the kinds' names in JavaScript before the statement,
 * with Verbund's own `parseDirectoryQuery` (those lists live in code, not in
 * the database), so both read a search alike.
 */

/** Verbund's word normalisation (directory-query.ts `wordRules`), restated for the labels and words compared in SQL. */
const wordRules: readonly [string, string][] = [
  ['^(ال|بال|وال|لل|فال|کال)(..)', '\\2'],
  ['(یه|یة|ة|ی)$', ''],
  ['(isch|sch)(e|en|er|es|em)$', '\\1'],
  ['(ськ)(а|ою|ий|ої|ій|ому|ого|і|у|им|их|е)$', '\\1'],
  ['(ск)(ий|ая|ое|ой|ом|ую|ие)$', '\\1'],
];
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;
const norm = (expr: string) =>
  wordRules.reduce(
    (e, [pattern, to]) => `regexp_replace(${e}, ${literal(pattern)}, ${literal(to)})`,
    `translate(lower(${expr}), 'يىكأإآ', 'ییکااا')`,
  );

/** The six labels of a vocabulary row, each in its language's text search configuration. */
const labels: [column: string, config: string][] = [
  ['label_de', 'german'],
  ['label_en', 'english'],
  ['label_ar', 'arabic'],
  ['label_fa', 'simple'],
  ['label_tr', 'turkish'],
  ['label_uk', 'simple'],
];
const labelMatch = (v: string, q: string) =>
  labels.map(([c, cfg]) => `to_tsvector('${cfg}', coalesce(${v}.${c}, '')) @@ to_tsquery('${cfg}', ${q})`).join(' or ');

/** A translation row's own configuration. */
const configOf = (locale: string) =>
  `(case ${locale} when 'de' then 'german' when 'en' then 'english' when 'ar' then 'arabic' when 'tr' then 'turkish' else 'simple' end)::regconfig`;

/** One indexable condition per configuration, as the API writes it. */
const translationMatch = (t: string, q: string) =>
  `((${t}.locale = 'de' and ${t}.search_vector @@ to_tsquery('german', ${q}))
    or (${t}.locale = 'en' and ${t}.search_vector @@ to_tsquery('english', ${q}))
    or (${t}.locale = 'ar' and ${t}.search_vector @@ to_tsquery('arabic', ${q}))
    or (${t}.locale in ('fa', 'uk') and ${t}.search_vector @@ to_tsquery('simple', ${q}))
    or (${t}.locale = 'tr' and ${t}.search_vector @@ to_tsquery('turkish', ${q})))`;

const reference = (r: string, native = false) =>
  `json_build_object('id', ${r}.id, 'code', ${r}.code, 'labelDe', ${r}.label_de, 'labelEn', ${r}.label_en, 'labelAr', ${r}.label_ar,
    'labelFa', ${r}.label_fa, 'labelTr', ${r}.label_tr, 'labelUk', ${r}.label_uk, 'position', ${r}.position${native ? `, 'nativeName', ${r}.native_name` : ''})`;

const tags = (table: string, native = false) => `(
  select coalesce(json_agg(${reference('r', native)} order by r.position, r.label_de), '[]')
    from public.offer_${table} p join public.${table} r on r.id = p.${table}_id where p.offer_id = o.id)`;

/** Verbund's cursor for a position (graphql/connection.ts): base64url of `o:<n>`. */
const cursorOf = (n: string) => `rtrim(translate(encode(convert_to('o:' || (${n}), 'UTF8'), 'base64'), '+/', '-_'), '=')`;

const berlinNow = `(now() at time zone 'Europe/Berlin')`;

/** Vocabulary matches of the text words, for the pivots of `owner` (offer or organisation). */
const vocabularyHits = (owner: 'offer' | 'organisation') =>
  ['field_of_action', 'target_group', 'district']
    .map((v) => `select h.pos, p.${owner}_id as id from vocab h join public.${owner}_${v} p on h.vocabulary = '${v}' and p.${v}_id = h.id`)
    .join('\n  union ');

/**
 * Parameters: $1 words (text[]), $2 language codes each word names by an alias
 * (comma-separated, text[]), $3 offer kinds each word names (comma-separated,
 * text[]), $4 positions of stop words (int[]), $5 district ids (uuid[]),
 * $6 page size, $7 days after which a profile is stale.
 */
export const searchStatement = `
with w as (
  select x.pos::int as pos, x.word, x.word || ':*' as query, string_to_array(x.codes, ',') as codes, string_to_array(x.kinds, ',') as kinds
    from unnest($1::text[], $2::text[], $3::text[]) with ordinality as x(word, codes, kinds, pos)
),
hit as (
  select distinct w.pos, l.id from w join public.language l
    on l.code = any(w.codes)
    or ${norm('w.word')} in (
      select ${norm(`regexp_replace(trim(n), '[-.''’ʼ]', '', 'g')`)}
        from regexp_split_to_table(concat_ws('/', l.label_de, l.label_en, l.label_ar, l.label_fa, l.label_tr, l.label_uk, l.native_name), '[()/,;]') n
       where length(trim(n)) >= 3)
),
term as (
  select w.* from w
   where w.pos not in (select pos from hit) and w.pos <> all($4::int[])
     and numnode(to_tsquery('german', w.query)) > 0 and numnode(to_tsquery('english', w.query)) > 0
     and numnode(to_tsquery('arabic', w.query)) > 0 and numnode(to_tsquery('turkish', w.query)) > 0
),
terms as (select count(*) as n from term),
named as (select coalesce(array_agg(distinct id), '{}'::uuid[]) as ids from hit),
ranking as (select coalesce(string_agg(query, ' | ' order by pos), '') as q from w),
vocab as (
  select t.pos, 'field_of_action' as vocabulary, v.id from term t join public.field_of_action v on ${labelMatch('v', 't.query')}
  union all select t.pos, 'target_group', v.id from term t join public.target_group v on ${labelMatch('v', 't.query')}
  union all select t.pos, 'district', v.id from term t join public.district v on ${labelMatch('v', 't.query')}
),
offer_hit as (
  select t.pos, x.id from term t join public.offer x on x.search_vector @@ to_tsquery('german', t.query)
  union select t.pos, tr.offer_id from term t join public.offer_translation tr on ${translationMatch('tr', 't.query')}
  union ${vocabularyHits('offer')}
  union select t.pos, x.id from term t join public.offer x on x.kind::text = any(t.kinds)
),
candidate as materialized (
  select o.id, o.kind,
         cardinality($5::uuid[]) = 0 or exists (select 1 from public.offer_district p where p.offer_id = o.id and p.district_id = any($5::uuid[])) as in_district,
         (select cardinality(ids) from named) = 0
           or exists (select 1 from public.offer_language p where p.offer_id = o.id and p.language_id = any((select ids from named)::uuid[])) as in_language
    from public.offer o
   where o.visibility = 'PUBLIC' and o.archived_at is null
     and exists (select 1 from public.organisation g where g.id = o.organisation_id and g.visibility = 'PUBLIC' and g.archived_at is null)
     and (o.valid_until is null or o.valid_until >= ${berlinNow}::date)
     and ((select n from terms) = 0 or o.id in (select id from offer_hit group by id having count(*) = (select n from terms)))
),
hits as (select c.id from candidate c where c.in_district and c.in_language),
total as (select count(*)::int as n from hits),
page as (
  select o.*,
         ts_rank(o.search_vector, to_tsquery('german', (select q from ranking)))
           + coalesce((select max(ts_rank(t.search_vector, to_tsquery(${configOf('t.locale')}, (select q from ranking))))
                         from public.offer_translation t where t.offer_id = o.id), 0) as rank
    from public.offer o join hits h on h.id = o.id
   order by rank desc, o.title, o.id
   limit $6
),
numbered as (select p.*, row_number() over (order by p.rank desc, p.title, p.id) - 1 as n from page p),
facet as (
  select 'kinds' as facet, c.kind::text as value, count(*)::int as count from candidate c where c.in_district and c.in_language group by c.kind
  union all select 'fieldsOfAction', p.field_of_action_id::text, count(*)::int from candidate c join public.offer_field_of_action p on p.offer_id = c.id
   where c.in_district and c.in_language group by p.field_of_action_id
  union all select 'districts', p.district_id::text, count(*)::int from candidate c join public.offer_district p on p.offer_id = c.id
   where c.in_language group by p.district_id
  union all select 'languages', p.language_id::text, count(*)::int from candidate c join public.offer_language p on p.offer_id = c.id
   where c.in_district group by p.language_id
  union all select 'targetGroups', p.target_group_id::text, count(*)::int from candidate c join public.offer_target_group p on p.offer_id = c.id
   where c.in_district and c.in_language group by p.target_group_id
),
organisation_hit as (
  select t.pos, g.id from term t join public.organisation g on g.search_vector @@ to_tsquery('german', t.query)
  union select t.pos, tr.organisation_id from term t join public.organisation_translation tr on ${translationMatch('tr', 't.query')}
  union ${vocabularyHits('organisation')}
),
organisations as (
  select count(*)::int as n from public.organisation g
   where g.visibility = 'PUBLIC' and g.archived_at is null
     and ((select n from terms) = 0 or g.id in (select id from organisation_hit group by id having count(*) = (select n from terms)))
     and (cardinality($5::uuid[]) = 0 or exists (select 1 from public.organisation_district p where p.organisation_id = g.id and p.district_id = any($5::uuid[])))
     and ((select cardinality(ids) from named) = 0
          or exists (select 1 from public.organisation_language p where p.organisation_id = g.id and p.language_id = any((select ids from named)::uuid[])))
)
select json_build_object('data', json_build_object(
  'offers', json_build_object(
    'totalCount', (select n from total),
    'pageInfo', json_build_object('hasNextPage', (select n from total) > $6, 'endCursor', (select ${cursorOf('max(n)')} from numbered)),
    'edges', (select coalesce(json_agg(json_build_object('node', json_build_object(
        'id', o.id, 'title', o.title, 'description', o.description, 'kind', o.kind, 'cost', o.cost,
        'isStale', o.last_confirmed_at + make_interval(days => $7) < now(),
        'openNow', (o.valid_from is null or o.valid_from <= ${berlinNow}::date) and (o.valid_until is null or o.valid_until >= ${berlinNow}::date)
          and exists (select 1 from jsonb_array_elements(o.locations) l, jsonb_array_elements(l->'openingHours') h
                       where (h->>'weekday')::int = extract(isodow from ${berlinNow})::int
                         and (h->>'opens') collate "C" <= to_char(${berlinNow}, 'HH24:MI') and to_char(${berlinNow}, 'HH24:MI') < (h->>'closes') collate "C"),
        'organisation', (select json_build_object('id', g.id, 'name', g.name) from public.organisation g where g.id = o.organisation_id),
        'translations', (select coalesce(json_agg(json_build_object('locale', t.locale, 'title', t.title, 'description', t.description) order by t.locale), '[]')
                           from public.offer_translation t where t.offer_id = o.id),
        'districts', ${tags('district')},
        'languages', ${tags('language', true)},
        'locations', (select coalesce(json_agg(json_build_object(
            'byAppointment', coalesce((l->>'byAppointment')::boolean, false),
            'openingHours', (select coalesce(json_agg(json_build_object('weekday', (h->>'weekday')::int) order by k), '[]')
                               from jsonb_array_elements(coalesce(l->'openingHours', '[]')) with ordinality as y(h, k))) order by j), '[]')
            from jsonb_array_elements(o.locations) with ordinality as x(l, j))
      )) order by o.n), '[]') from numbered o),
    'facets', (select json_object_agg(f.facet, f.counts) from (
        select d.facet, coalesce((select json_agg(json_build_object('value', x.value, 'count', x.count) order by x.count desc, x.value)
                                    from facet x where x.facet = d.facet), '[]') as counts
          from unnest(array['kinds', 'fieldsOfAction', 'districts', 'languages', 'targetGroups']) as d(facet)) f),
    'interpretation', json_build_object(
      'languages', (select coalesce(json_agg(${reference('l', true)} order by l.position, l.label_de), '[]')
                      from public.language l where l.id = any((select ids from named)::uuid[])),
      'terms', (select coalesce(json_agg(t.word order by t.pos), '[]') from term t))
  ),
  'organisations', json_build_object('totalCount', (select n from organisations))
))::text as body`;
