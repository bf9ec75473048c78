/**
 * The floor of the overview comparison: one hand-written SQL statement that
 * computes the figures of the steering overview for an admin (who sees every
 * measure and need) and the fund of a year, and builds the whole answer of
 * the "figures" request (operations.ts) as JSON inside PostgreSQL:
 * `{"data": {"steeringOverview": {…}, "fundOfYear": {…}}}`, `__typename` aside.
 *
 * It restates the rules of Verbund's read models (overview.read.ts,
 * fund.read.ts) on the tables:
 * - a measure is overdue when due before today (UTC) and planned, in progress or stalled;
 * - per body, by body name; per goal of the current concept, by number, the
 *   measures with no goal of that concept last (goal null); per field of
 *   action of its goals (any concept) or of its body, once per field, by
 *   position, the measures in none last;
 * - needs per classification, all three, zeros included; open = raised,
 *   assessed or prioritised;
 * - the first 100 indicators by name with their latest measurement, then
 *   furthest behind (lowest attainment) first;
 * - the fund's approved sum over approved, report-due and closed
 *   applications, in cents, shown as "52440.30"; a round is open until its
 *   deadline (a day in Europe/Berlin) has passed.
 * $1 is the fund's year.
 */

const today = `(now() at time zone 'utc')::date`;
const openStatuses = `('PLANNED', 'IN_PROGRESS', 'STALLED')`;
const fundedStatuses = `('APPROVED', 'REPORT_DUE', 'CLOSED')`;

/** Cents as the API's Money: "52440.30", "-3.05". */
const money = (cents: string) =>
  `(case when ${cents} < 0 then '-' else '' end || (abs(${cents}) / 100)::text || '.' || lpad((abs(${cents}) % 100)::text, 2, '0'))`;

/** MeasureCounts over the rows of a group (columns `status`, `overdue` of `r`). */
const counts = (r: string) => `json_build_object(
    'planned', count(*) filter (where ${r}.status = 'PLANNED')::int,
    'inProgress', count(*) filter (where ${r}.status = 'IN_PROGRESS')::int,
    'done', count(*) filter (where ${r}.status = 'DONE')::int,
    'stalled', count(*) filter (where ${r}.status = 'STALLED')::int,
    'dropped', count(*) filter (where ${r}.status = 'DROPPED')::int,
    'overdue', count(*) filter (where ${r}.overdue)::int,
    'total', count(*)::int)`;

const needCount = (status: string) => `count(n.id) filter (where n.status::text in (${status}))::int`;

export const figuresStatement = `
with x as (
  select x.id, x.body_id, x.status::text as status, coalesce(x.due_on < ${today} and x.status::text in ${openStatuses}, false) as overdue
    from public.measure x),
by_body as (
  select b.name, b.id, json_build_object('body', json_build_object('id', b.id, 'name', b.name), 'counts', ${counts('x')}) as j
    from x join public.body b on b.id = x.body_id
   group by b.id, b.name),
current_goal as (
  select g.id, g.number, g.title, mg.measure_id
    from public.measure_goal mg join public.integration_goal g on g.id = mg.integration_goal_id
   where g.concept_id = (select c.id from public.integration_concept c where c.is_current)),
goal_rows as (
  select cg.id, cg.number, cg.title, x.status, x.overdue from x join current_goal cg on cg.measure_id = x.id
  union all
  select null, null, null, x.status, x.overdue from x where not exists (select 1 from current_goal cg where cg.measure_id = x.id)),
by_goal as (
  select number, json_build_object(
           'goal', case when id is null then null else json_build_object('id', id, 'number', number, 'title', title) end,
           'counts', ${counts('r')}) as j
    from goal_rows r group by id, number, title),
measure_field as (
  select mg.measure_id, g.field_of_action_id as field_id
    from public.measure_goal mg join public.integration_goal g on g.id = mg.integration_goal_id
   where g.field_of_action_id is not null
  union
  select m.id, bf.field_of_action_id from public.measure m join public.body_field_of_action bf on bf.body_id = m.body_id),
field_rows as (
  select f.id, f.position, f.label_de, f.label_en, x.status, x.overdue
    from x join measure_field mf on mf.measure_id = x.id join public.field_of_action f on f.id = mf.field_id
  union all
  select null, null, null, null, x.status, x.overdue from x where not exists (select 1 from measure_field mf where mf.measure_id = x.id)),
by_field as (
  select position, id, json_build_object(
           'fieldOfAction', case when id is null then null else json_build_object('id', id, 'labelDe', label_de, 'labelEn', label_en) end,
           'counts', ${counts('r')}) as j
    from field_rows r group by id, position, label_de, label_en),
needs as (
  select c.n, json_build_object(
           'classification', c.classification,
           'raised', ${needCount(`'RAISED'`)},
           'assessed', ${needCount(`'ASSESSED'`)},
           'prioritised', ${needCount(`'PRIORITISED'`)},
           'open', ${needCount(`'RAISED', 'ASSESSED', 'PRIORITISED'`)},
           'mandated', ${needCount(`'MANDATED'`)}) as j
    from unnest(enum_range(null::public.need_classification)) with ordinality as c(classification, n)
    left join public.need n on n.classification = c.classification
   group by c.classification, c.n),
first_indicators as (
  select i.id, i.name, i.unit, i.baseline, i.target, v.value as latest, v.on as latest_on, i.measure_id
    from public.indicator i
    join public.measure m on m.id = i.measure_id
    left join lateral (select v.value, v.on from public.indicator_measurement v where v.indicator_id = i.id
                        order by v.on desc, v.created_at desc limit 1) v on true
   order by i.name, i.id limit 100),
indicators as (
  select i.*, case when i.baseline is not null and i.target is not null and i.latest is not null and i.target <> i.baseline
                   then (i.latest - i.baseline) / (i.target - i.baseline) end as attainment
    from first_indicators i),
fund as (
  select f.id, f.title, f.year, f.budget_cents,
         (select coalesce(sum(a.approved_cents) filter (where a.status::text in ${fundedStatuses}), 0)::bigint
            from public.fund_application a where a.fund_id = f.id) as approved_cents
    from public.fund f where f.year = $1)
select json_build_object('data', json_build_object(
  'steeringOverview', json_build_object(
    'on', to_char(${today}, 'YYYY-MM-DD'),
    'measuresByBody', (select coalesce(json_agg(j order by name, id), '[]') from by_body),
    'measuresByGoal', (select coalesce(json_agg(j order by number nulls last), '[]') from by_goal),
    'measuresByFieldOfAction', (select coalesce(json_agg(j order by position nulls last, id), '[]') from by_field),
    'needs', (select json_agg(j order by n) from needs),
    'indicators', (select coalesce(json_agg(json_build_object(
        'indicatorId', i.id, 'name', i.name, 'unit', i.unit, 'baseline', i.baseline, 'target', i.target,
        'latest', i.latest, 'latestOn', i.latest_on, 'attainment', i.attainment,
        'measure', json_build_object('id', m.id, 'title', m.title, 'body', json_build_object('id', b.id, 'name', b.name)))
        order by i.attainment nulls last, i.name, i.id), '[]')
      from indicators i join public.measure m on m.id = i.measure_id join public.body b on b.id = m.body_id)),
  'fundOfYear', (select json_build_object(
      'id', f.id, 'title', f.title, 'year', f.year,
      'budget', ${money('f.budget_cents')}, 'approved', ${money('f.approved_cents')},
      'remaining', ${money('(f.budget_cents - f.approved_cents)')},
      'rounds', (select coalesce(json_agg(json_build_object(
          'id', r.id, 'number', r.number, 'title', r.title, 'deadline', r.deadline,
          'isOpen', r.deadline >= (now() at time zone 'Europe/Berlin')::date,
          'approved', ${money('s.approved')}, 'applicationCount', s.count) order by r.number, r.id), '[]')
        from public.fund_round r
        cross join lateral (select coalesce(sum(a.approved_cents) filter (where a.status::text in ${fundedStatuses}), 0)::bigint as approved,
                                   count(*)::int as count
                              from public.fund_application a where a.round_id = r.id) s
       where r.fund_id = f.id))
    from fund f)))::text as body`;
