import { readRules } from '../../auth/read-rules.js';
import { FALSE, type Sql, sql } from '../../db/sql.js';
import { listSizes, MAX_TAGS, pageSize } from '../../graphql/lists.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { today } from '../../shared/dates.js';
import { type BodyRow, bodyColumns, toBody } from '../body/body.read.js';
import { openMeasureStatuses } from '../measure/measure.entity.js';
import { NeedClassification } from '../steering/steering.entity.js';
import {
  BodyMeasuresView,
  FieldOfActionMeasuresView,
  GoalMeasuresView,
  IndicatorStandingView,
  MeasureCountsView,
  type MeasureGroup,
  NeedCountsView,
} from './overview.types.js';

const countField = {
  PLANNED: 'planned',
  IN_PROGRESS: 'inProgress',
  DONE: 'done',
  STALLED: 'stalled',
  DROPPED: 'dropped',
} as const;

interface CountRow {
  key: string | null;
  status: keyof typeof countField;
  count: string;
  overdue: string;
}

/** Folds (group, status, count) rows into one MeasureCounts per group, in the order groups first appear. */
function toGroups<G extends MeasureGroup>(view: new () => G, rows: readonly CountRow[]): G[] {
  const groups = new Map<string | null, MeasureCountsView>();
  for (const row of rows) {
    let counts = groups.get(row.key);
    if (!counts) {
      counts = new MeasureCountsView();
      groups.set(row.key, counts);
    }
    const n = Number(row.count);
    counts[countField[row.status]] += n;
    counts.total += n;
    counts.overdue += Number(row.overdue);
  }
  return [...groups].map(([key, counts]) => Object.assign(new view(), { key, counts }));
}

/**
 * The steering committee's figures: each section one statement, grouped in
 * SQL, over the rows the reader may see (measures with their bodies, needs
 * for members only).
 */
export class OverviewReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  private overdue(): Sql {
    return sql`count(*) filter (where x.due_on < ${today()} and x.status::text = any(${[...openMeasureStatuses]}::text[]))`;
  }

  /**
   * Measures by status per body, bodies by name. The bodies come in the same
   * statement (the measure rule has already required them visible), so the
   * answer takes no further statement for them.
   */
  async byBody(): Promise<BodyMeasuresView[]> {
    const rows = await this.r.rows<CountRow & { body: BodyRow }>(
      sql`select c.key, c.status, c.count, c.overdue, to_jsonb(bb) as body
            from (select x.body_id as key, x.status, count(*) as count, ${this.overdue()} as overdue
                    from measure x where ${readRules.measure(this.r.actor, 'x')} group by x.body_id, x.status) c
            join lateral (select ${bodyColumns('b')} from body b where b.id = c.key) bb on true
           order by bb.b_name, c.key, c.status limit ${listSizes.root.max * 5}`,
    );
    const bodies = new Map(rows.map((row) => [row.key, toBody(row.body)]));
    return toGroups(BodyMeasuresView, rows).map((group) => Object.assign(group, { body: bodies.get(group.key) ?? null }));
  }

  /** Measures by status per goal of the concept (the current one unless named), goals by number; measures without a goal last. */
  async byGoal(conceptId: string | null): Promise<GoalMeasuresView[]> {
    const concept = conceptId ? sql`${conceptId}::uuid` : sql`(select c.id from integration_concept c where c.is_current)`;
    const rows = await this.r.rows<CountRow>(
      sql`select g.id as key, x.status, count(distinct x.id) as count,
                 count(distinct x.id) filter (where x.due_on < ${today()} and x.status::text = any(${[...openMeasureStatuses]}::text[])) as overdue
            from measure x
            left join measure_goal mg on mg.measure_id = x.id
            left join integration_goal g on g.id = mg.integration_goal_id and g.concept_id = ${concept}
           where ${readRules.measure(this.r.actor, 'x')}
             and (g.id is not null or not exists (select 1 from measure_goal mg2 join integration_goal g2 on g2.id = mg2.integration_goal_id
                                                   where mg2.measure_id = x.id and g2.concept_id = ${concept}))
           group by g.id, g.number, x.status order by g.number nulls last limit ${MAX_TAGS * 10 * 5}`,
    );
    return toGroups(GoalMeasuresView, rows);
  }

  /**
   * Measures by status per field of action: a measure counts for the fields
   * of its goals and of its body (as the measure filter has it), once per field.
   */
  async byFieldOfAction(): Promise<FieldOfActionMeasuresView[]> {
    const rows = await this.r.rows<CountRow>(
      sql`with measure_field as (
            select mg.measure_id, g.field_of_action_id as field_id from measure_goal mg join integration_goal g on g.id = mg.integration_goal_id
             where g.field_of_action_id is not null
            union
            select x2.id, bf.field_of_action_id from measure x2 join body_field_of_action bf on bf.body_id = x2.body_id)
          select f.id as key, x.status, count(distinct x.id) as count,
                 count(distinct x.id) filter (where x.due_on < ${today()} and x.status::text = any(${[...openMeasureStatuses]}::text[])) as overdue
            from measure x left join measure_field mf on mf.measure_id = x.id left join field_of_action f on f.id = mf.field_id
           where ${readRules.measure(this.r.actor, 'x')}
           group by f.id, f.position, x.status order by f.position nulls last, f.id limit ${MAX_TAGS * 5 + 5}`,
    );
    return toGroups(FieldOfActionMeasuresView, rows);
  }

  /** Needs by classification and status; nothing for visitors. */
  async needs(): Promise<NeedCountsView[]> {
    const rule = readRules.need(this.r.actor, 'n');
    const counts = new Map(Object.values(NeedClassification).map((c) => [c, Object.assign(new NeedCountsView(), { classification: c })]));
    if (rule === FALSE) return [...counts.values()];
    const rows = await this.r.rows<{ classification: NeedClassification; status: string; count: string }>(
      sql`select n.classification, n.status, count(*) as count from need n where ${rule} group by n.classification, n.status`,
    );
    for (const row of rows) {
      const c = counts.get(row.classification);
      if (!c) continue;
      const n = Number(row.count);
      if (row.status === 'RAISED') c.raised += n;
      if (row.status === 'ASSESSED') c.assessed += n;
      if (row.status === 'PRIORITISED') c.prioritised += n;
      if (row.status === 'MANDATED') c.mandated += n;
      if (['RAISED', 'ASSESSED', 'PRIORITISED'].includes(row.status)) c.open += n;
    }
    return [...counts.values()];
  }

  /** Indicators of the measures the reader may see, with their latest measurement; furthest behind first. */
  async indicators(first: number | null | undefined): Promise<IndicatorStandingView[]> {
    const limit = pageSize(first, listSizes.items);
    const rows = await this.r.rows<{
      id: string;
      measure_id: string;
      name: string;
      unit: string;
      baseline: number | null;
      target: number | null;
      latest: number | null;
      latest_on: string | null;
    }>(
      sql`select i.id, i.measure_id, i.name, i.unit, i.baseline, i.target, v.value as latest, v.on as latest_on
            from indicator i join measure x on x.id = i.measure_id
            left join lateral (select v.value, v.on from indicator_measurement v where v.indicator_id = i.id order by v.on desc, v.created_at desc limit 1) v on true
           where ${readRules.measure(this.r.actor, 'x')}
           order by i.name, i.id limit ${limit}`,
    );
    const standings = rows.map((row) => {
      const { baseline, target, latest } = row;
      const attainment =
        baseline !== null && target !== null && latest !== null && target !== baseline ? (latest - baseline) / (target - baseline) : null;
      return Object.assign(new IndicatorStandingView(), {
        indicatorId: row.id,
        measureId: row.measure_id,
        name: row.name,
        unit: row.unit,
        baseline,
        target,
        latest,
        latestOn: row.latest_on,
        attainment,
      });
    });
    return standings.sort((a, b) => (a.attainment ?? Number.POSITIVE_INFINITY) - (b.attainment ?? Number.POSITIVE_INFINITY));
  }
}
