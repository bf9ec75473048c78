import { timestamp } from '../../db/reader.js';
import { and, ident, idIn, type Sql, sql } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { MAX_TAGS } from '../../graphql/lists.js';
import { groupBy, indexBy } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { isUuid } from '../../validation/ids.js';
import { IntegrationConceptView, IntegrationGoalView } from './goal.types.js';

interface ConceptRow {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
  title: string;
  description: string | null;
  valid_from: string | null;
  valid_to: string | null;
  is_current: boolean;
}

const conceptColumns = sql`c.id, c.created_at, c.updated_at, c.version, c.title, c.description, c.valid_from, c.valid_to, c.is_current`;

const toConcept = (row: ConceptRow): IntegrationConceptView =>
  Object.assign(new IntegrationConceptView(), {
    id: row.id,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
    version: row.version,
    title: row.title,
    description: row.description,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    isCurrent: row.is_current,
  });

interface GoalRow {
  g_id: string;
  g_created_at: string;
  g_updated_at: string;
  g_version: number;
  g_number: number;
  g_title: string;
  g_description: string | null;
  g_field_of_action_id: string | null;
  g_concept_id: string;
}

const goalColumns = sql`g.id as g_id, g.created_at as g_created_at, g.updated_at as g_updated_at, g.version as g_version,
  g.number as g_number, g.title as g_title, g.description as g_description, g.field_of_action_id as g_field_of_action_id, g.concept_id as g_concept_id`;

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
  g.conceptId = row.g_concept_id;
  return g;
}

/** Reads of the integration concept's goals. They are public: no read rule narrows them. */
export class GoalReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** The goals of a concept (the current one unless named) by number, optionally of one field of action. */
  async list(fieldOfActionId: string | null, conceptId?: string | null): Promise<IntegrationGoalView[]> {
    const conditions: Sql[] = [
      conceptId ? sql`g.concept_id = ${conceptId}` : sql`g.concept_id = (select c.id from integration_concept c where c.is_current)`,
    ];
    if (fieldOfActionId) conditions.push(sql`g.field_of_action_id = ${fieldOfActionId}`);
    const rows = await this.r.rows<GoalRow>(
      sql`select ${goalColumns} from integration_goal g where ${and(...conditions)} order by g.number limit ${MAX_TAGS * 10}`,
    );
    return rows.map(toGoal);
  }

  /** Every concept, the current one first, then the newest. */
  async concepts(): Promise<IntegrationConceptView[]> {
    const rows = await this.r.rows<ConceptRow>(
      sql`select ${conceptColumns} from integration_concept c order by c.is_current desc, c.valid_from desc nulls last, c.title limit ${MAX_TAGS}`,
    );
    return rows.map(toConcept);
  }

  concept(id: string): Promise<IntegrationConceptView | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.r
      .loader<string, IntegrationConceptView | null>('goal.concept', async (ids) => {
        const rows = await this.r.rows<ConceptRow>(sql`select ${conceptColumns} from integration_concept c where ${idIn(sql`c.id`, ids)}`);
        return indexBy(ids, rows, (row) => row.id).map((row) => row && toConcept(row));
      })
      .load(id);
  }

  async getConcept(id: string): Promise<IntegrationConceptView> {
    const concept = await this.concept(id);
    if (!concept) throw notFound('IntegrationConcept', id);
    return concept;
  }

  /** A goal by id, batched; goals are public. */
  byId(id: string): Promise<IntegrationGoalView | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.r
      .loader<string, IntegrationGoalView | null>('goal.byId', async (ids) => {
        const rows = await this.r.rows<GoalRow>(sql`select ${goalColumns} from integration_goal g where ${idIn(sql`g.id`, ids)}`);
        return indexBy(ids, rows, (row) => row.g_id).map((row) => row && toGoal(row));
      })
      .load(id);
  }

  async get(id: string): Promise<IntegrationGoalView> {
    const [row] = isUuid(id) ? await this.r.rows<GoalRow>(sql`select ${goalColumns} from integration_goal g where g.id = ${id}`) : [];
    if (!row) throw notFound('IntegrationGoal', id);
    return toGoal(row);
  }

  /** A concept's goals by number, one statement for every concept asked for. */
  ofConcept(conceptId: string): Promise<IntegrationGoalView[]> {
    return this.r
      .loader<string, IntegrationGoalView[]>('goal.ofConcept', async (ids) => {
        const rows = await this.r.rows<GoalRow>(
          sql`select ${goalColumns} from integration_goal g where ${idIn(sql`g.concept_id`, ids)} order by g.number limit ${MAX_TAGS * 10 * ids.length}`,
        );
        return groupBy(ids, rows, (row) => row.g_concept_id).map((group) => group.slice(0, MAX_TAGS * 10).map(toGoal));
      })
      .load(conceptId);
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
