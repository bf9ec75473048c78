import { timestamp } from '../../db/reader.js';
import { ident, idIn, type Sql, sql } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { MAX_TAGS } from '../../graphql/lists.js';
import { groupBy } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { isUuid } from '../../validation/ids.js';
import { IntegrationGoalView } from './goal.types.js';

interface GoalRow {
  g_id: string;
  g_created_at: string;
  g_updated_at: string;
  g_version: number;
  g_number: number;
  g_title: string;
  g_description: string | null;
  g_field_of_action_id: string | null;
}

const goalColumns = sql`g.id as g_id, g.created_at as g_created_at, g.updated_at as g_updated_at, g.version as g_version,
  g.number as g_number, g.title as g_title, g.description as g_description, g.field_of_action_id as g_field_of_action_id`;

function toGoal(row: GoalRow): IntegrationGoalView {
  const g = new IntegrationGoalView();
  g.id = row.g_id;
  g.createdAt = timestamp(row.g_created_at);
  g.updatedAt = timestamp(row.g_updated_at);
  g.version = row.g_version;
  g.number = row.g_number;
  g.title = row.g_title;
  g.description = row.g_description;
  g.fieldOfActionId = row.g_field_of_action_id;
  return g;
}

/** Reads of the integration concept's goals. They are public: no read rule narrows them. */
export class GoalReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** The goals by number, optionally of one field of action. */
  async list(fieldOfActionId: string | null): Promise<IntegrationGoalView[]> {
    const where: Sql = fieldOfActionId ? sql`where g.field_of_action_id = ${fieldOfActionId}` : sql``;
    const rows = await this.r.rows<GoalRow>(
      sql`select ${goalColumns} from integration_goal g ${where} order by g.number limit ${MAX_TAGS * 10}`,
    );
    return rows.map(toGoal);
  }

  async get(id: string): Promise<IntegrationGoalView> {
    const [row] = isUuid(id) ? await this.r.rows<GoalRow>(sql`select ${goalColumns} from integration_goal g where g.id = ${id}`) : [];
    if (!row) throw notFound('IntegrationGoal', id);
    return toGoal(row);
  }

  /** The goals a body works towards. */
  ofBody(bodyId: string): Promise<IntegrationGoalView[]> {
    return this.linked('body_goal', 'body_id', bodyId);
  }

  /** The goals a measure serves. */
  ofMeasure(measureId: string): Promise<IntegrationGoalView[]> {
    return this.linked('measure_goal', 'measure_id', measureId);
  }

  private linked(pivot: string, column: string, key: string): Promise<IntegrationGoalView[]> {
    return this.r
      .loader<string, IntegrationGoalView[]>(`goal.${pivot}`, async (ids) => {
        const rows = await this.r.rows<GoalRow & { parent: string }>(
          sql`select p.${ident(column)} as parent, ${goalColumns} from ${ident(pivot)} p join integration_goal g on g.id = p.integration_goal_id
               where ${idIn(sql`p.${ident(column)}`, ids)} order by g.number`,
        );
        return groupBy(ids, rows, (row) => row.parent).map((group) => group.slice(0, MAX_TAGS).map(toGoal));
      })
      .load(key);
  }
}
