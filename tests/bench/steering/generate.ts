/**
 * Ten times the demo city's measures for the steering benchmark: `factor - 1`
 * new measures per existing one, written with plain SQL (unnest) into the
 * seeded demo database, as map/generate.ts writes its network. They are
 * spread over the bodies that still work (not merged, dissolved or handed
 * over), with statuses in the demo's proportions, start and due dates around
 * today (some overdue, a few without a due date), progress to match the
 * status, a responsible person and one to three owner organisations from the
 * body's members, one or two goals of the current concept (a tenth none, a
 * tenth also a goal of the previous concept), a status history, and — as
 * often as in the demo — an indicator (the demo's names, units and ranges)
 * with up to five measurements. Deterministic: the same demo gives the same
 * rows in every run (ids aside, which come from gen_random_uuid()).
 */
import { createHash } from 'node:crypto';
import pg from 'pg';

export interface GeneratedMeasures {
  before: number;
  added: number;
  bodies: number;
  goalLinks: number;
  owners: number;
  indicators: number;
  measurements: number;
  statusChanges: number;
  ms: number;
}

/** A repeatable stream of numbers in [0, 1): SHA-256 of the seed and a counter. */
function stream(seed: string): () => number {
  let n = 0;
  return () => createHash('sha256').update(`${seed}:${n++}`).digest().readUInt32BE(0) / 4294967296;
}

const topics = [
  'Sprachcafé',
  'Lotsenprogramm',
  'Beratungssprechstunde',
  'Elternabend mehrsprachig',
  'Ausbildungsmesse',
  'Patenschaften',
  'Wohnungsbörse',
  'Begegnungsfest',
  'Bewerbungstraining',
  'Frauentreff',
  'Hausaufgabenhilfe',
  'Behördenbegleitung',
];

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: Date, days: number) => new Date(day.getTime() + days * 86400_000);

/** Adds `factor - 1` measures per existing one to the demo database at `databaseUrl`. */
export async function multiplyMeasures(databaseUrl: string, factor = 10): Promise<GeneratedMeasures> {
  const started = performance.now();
  const random = stream('verbund-steering-bench');
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const q = async <R>(text: string, values: unknown[] = []) => (await client.query(text, values)).rows as R[];
    // Everything is read in a fixed order, so that the stream makes the same choices every run.
    const statuses = await q<{ status: string; n: number }>(
      `select status::text as status, count(*)::int as n from measure group by 1 order by 1`,
    );
    const before = statuses.reduce((sum, s) => sum + s.n, 0);
    const bodies = await q<{ id: string; people: string[]; organisations: string[] }>(
      `select b.id,
              coalesce(array_agg(distinct m.person_id::text) filter (where m.person_id is not null), '{}') as people,
              coalesce(array_agg(distinct m.organisation_id::text) filter (where m.organisation_id is not null), '{}') as organisations
         from body b left join membership m on m.body_id = b.id and m.valid_to is null
        where b.status::text not in ('MERGED', 'DISSOLVED', 'HANDED_OVER')
        group by b.id, b.name order by b.name, b.id`,
    );
    const goals = await q<{ id: string; current: boolean }>(
      `select g.id, c.is_current as current from integration_goal g join integration_concept c on c.id = g.concept_id order by c.is_current desc, g.number, g.id`,
    );
    const currentGoals = goals.filter((g) => g.current).map((g) => g.id);
    const previousGoals = goals.filter((g) => !g.current).map((g) => g.id);
    const organisations = (
      await q<{ id: string }>(`select id from organisation where archived_at is null order by name, id limit 200`)
    ).map((o) => o.id);
    const people = (
      await q<{ id: string }>(`select id from person where archived_at is null order by family_name, given_name, id limit 200`)
    ).map((p) => p.id);
    const templates = await q<{ name: string; unit: string; baseline: number | null; target: number | null }>(
      `select name, unit, baseline, target from indicator order by name, id`,
    );
    const [{ n: indicated } = { n: 0 }] = await q<{ n: number }>(`select count(distinct measure_id)::int as n from indicator`);
    const indicatorShare = before ? indicated / before : 0.4;
    if (!bodies.length || !currentGoals.length)
      throw new Error('steering generator: the demo city has no working bodies or no current goals');

    const today = new Date(`${isoDay(new Date())}T00:00:00Z`);
    const weights = statuses.map((s) => s.n / before);
    const status = () => {
      let r = random();
      for (const [i, w] of weights.entries()) {
        r -= w;
        if (r < 0) return (statuses[i] as { status: string }).status;
      }
      return (statuses.at(-1) as { status: string }).status;
    };

    const measure = {
      id: [] as number[],
      title: [] as string[],
      body: [] as string[],
      responsible: [] as (string | null)[],
      status: [] as string[],
      start: [] as string[],
      due: [] as (string | null)[],
      progress: [] as number[],
    };
    const goalLink = { measure: [] as number[], goal: [] as string[] };
    const owner = { measure: [] as number[], organisation: [] as string[] };
    const change = { measure: [] as number[], from: [] as (string | null)[], to: [] as string[], on: [] as string[] };
    const indicator = {
      id: [] as number[],
      measure: [] as number[],
      name: [] as string[],
      unit: [] as string[],
      baseline: [] as (number | null)[],
      target: [] as (number | null)[],
    };
    const measurement = { indicator: [] as number[], on: [] as string[], value: [] as number[] };

    const added = before * (factor - 1);
    for (let i = 0; i < added; i++) {
      const body = bodies[i % bodies.length] as (typeof bodies)[number];
      const s = status();
      const start = addDays(today, -int(30, 720));
      const due = random() < 0.08 ? null : addDays(start, int(60, 540));
      measure.id.push(i);
      measure.title.push(`${pick(topics)} ${String(i + 1).padStart(4, '0')}`);
      measure.body.push(body.id);
      measure.responsible.push(body.people.length ? pick(body.people) : pick(people));
      measure.status.push(s);
      measure.start.push(isoDay(start));
      measure.due.push(due ? isoDay(due) : null);
      measure.progress.push(
        s === 'DONE' ? 100 : s === 'PLANNED' ? 0 : s === 'IN_PROGRESS' ? int(10, 90) : s === 'STALLED' ? int(5, 60) : int(0, 60),
      );

      const chosenGoals = new Set<string>();
      const g = random();
      if (g >= 0.1) {
        chosenGoals.add(pick(currentGoals));
        if (g > 0.6) chosenGoals.add(pick(currentGoals));
      }
      if (previousGoals.length && random() < 0.1) chosenGoals.add(pick(previousGoals));
      for (const goal of chosenGoals) {
        goalLink.measure.push(i);
        goalLink.goal.push(goal);
      }
      const pool = body.organisations.length ? body.organisations : organisations;
      const owners = new Set<string>();
      const wanted = int(1, 3);
      for (let k = 0; k < wanted * 2 && owners.size < wanted; k++) owners.add(pick(pool));
      for (const o of owners) {
        owner.measure.push(i);
        owner.organisation.push(o);
      }

      // The history: planned first, then on to where it stands.
      change.measure.push(i);
      change.from.push(null);
      change.to.push('PLANNED');
      change.on.push(isoDay(start));
      const via = s === 'DONE' || s === 'STALLED' ? ['IN_PROGRESS', s] : s === 'PLANNED' ? [] : [s];
      let from = 'PLANNED';
      for (const [k, to] of via.entries()) {
        change.measure.push(i);
        change.from.push(from);
        change.to.push(to);
        change.on.push(isoDay(addDays(start, 20 * (k + 1))));
        from = to;
      }

      if (templates.length && random() < indicatorShare) {
        const t = pick(templates);
        const n = indicator.id.length;
        const baseline = t.baseline ?? (random() < 0.5 ? null : int(0, 20));
        const target = t.target ?? (baseline === null ? null : baseline + int(10, 100));
        indicator.id.push(n);
        indicator.measure.push(i);
        indicator.name.push(t.name);
        indicator.unit.push(t.unit);
        indicator.baseline.push(baseline);
        indicator.target.push(target);
        const readings = random() < 0.1 ? 0 : int(1, 5);
        const span = Math.max(1, Math.round((today.getTime() - start.getTime()) / 86400_000));
        for (let k = 0; k < readings; k++) {
          const from0 = baseline ?? 0;
          const to0 = target ?? from0 + 50;
          const share = ((k + 1) / (readings + 1)) * (0.4 + random() * 0.9);
          measurement.indicator.push(n);
          measurement.on.push(isoDay(addDays(start, Math.round((span * (k + 1)) / (readings + 1)))));
          measurement.value.push(Math.round(from0 + (to0 - from0) * share));
        }
      }
    }

    await client.query('begin');
    // New ids, numbered like the arrays above: index → uuid.
    const ids = await q<{ id: string }>(`select gen_random_uuid()::text as id from generate_series(1, $1)`, [added]);
    const measureIds = ids.map((r) => r.id);
    const indicatorIds = (
      await q<{ id: string }>(`select gen_random_uuid()::text as id from generate_series(1, $1)`, [indicator.id.length])
    ).map((r) => r.id);
    const mid = (list: number[]) => list.map((i) => measureIds[i] as string);
    await client.query(
      `insert into measure (id, created_at, updated_at, title, body_id, responsible_id, status, start_on, due_on, progress)
       select id, now(), now(), title, body_id, responsible_id, status::measure_status, start_on, due_on, progress
         from unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::date[], $7::date[], $8::int[])
           as t(id, title, body_id, responsible_id, status, start_on, due_on, progress)`,
      [measureIds, measure.title, measure.body, measure.responsible, measure.status, measure.start, measure.due, measure.progress],
    );
    await client.query(`insert into measure_goal (measure_id, integration_goal_id) select * from unnest($1::uuid[], $2::uuid[])`, [
      mid(goalLink.measure),
      goalLink.goal,
    ]);
    await client.query(`insert into measure_owner (measure_id, organisation_id) select * from unnest($1::uuid[], $2::uuid[])`, [
      mid(owner.measure),
      owner.organisation,
    ]);
    await client.query(
      `insert into measure_status_change (id, measure_id, from_status, to_status, "on", actor_name, created_at)
       select gen_random_uuid(), measure_id, from_status::measure_status, to_status::measure_status, "on", 'Koordinierungsstelle (generiert)', now()
         from unnest($1::uuid[], $2::text[], $3::text[], $4::date[]) as t(measure_id, from_status, to_status, "on")`,
      [mid(change.measure), change.from, change.to, change.on],
    );
    await client.query(
      `insert into indicator (id, created_at, updated_at, measure_id, name, unit, baseline, target)
       select id, now(), now(), measure_id, name, unit, baseline, target
         from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::float8[], $6::float8[]) as t(id, measure_id, name, unit, baseline, target)`,
      [indicatorIds, mid(indicator.measure), indicator.name, indicator.unit, indicator.baseline, indicator.target],
    );
    await client.query(
      `insert into indicator_measurement (id, indicator_id, "on", value, created_at)
       select gen_random_uuid(), indicator_id, "on", value, now() from unnest($1::uuid[], $2::date[], $3::float8[]) as t(indicator_id, "on", value)`,
      [measurement.indicator.map((i) => indicatorIds[i] as string), measurement.on, measurement.value],
    );
    await client.query('commit');
    await client.query('analyze');
    return {
      before,
      added,
      bodies: bodies.length,
      goalLinks: goalLink.goal.length,
      owners: owner.organisation.length,
      indicators: indicator.id.length,
      measurements: measurement.value.length,
      statusChanges: change.to.length,
      ms: Math.round(performance.now() - started),
    };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
