import { ident, idIn, sql } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { MAX_TAGS } from '../../graphql/lists.js';
import { groupBy, indexBy, type ReadContext } from '../../graphql/read-context.js';
import { ReferenceKind } from './reference.entity.js';
import { DistrictView, FieldOfActionView, LanguageView, type ReferenceEntryView, TargetGroupView } from './reference.types.js';

/** The vocabularies: their tables and GraphQL types. */
export const vocabularies = {
  [ReferenceKind.FIELD_OF_ACTION]: { table: 'field_of_action', view: FieldOfActionView },
  [ReferenceKind.DISTRICT]: { table: 'district', view: DistrictView },
  [ReferenceKind.LANGUAGE]: { table: 'language', view: LanguageView },
  [ReferenceKind.TARGET_GROUP]: { table: 'target_group', view: TargetGroupView },
} as const;

type ViewOf<K extends ReferenceKind> = InstanceType<(typeof vocabularies)[K]['view']>;

/** The entries an organisation or an offer is tagged with, by vocabulary. */
export interface OrganisationTags {
  fieldsOfAction: FieldOfActionView[];
  districts: DistrictView[];
  languages: LanguageView[];
  targetGroups: TargetGroupView[];
}

/** The pivot tables that tag organisations, and where each vocabulary's entries go. */
const organisationPivots = [
  { key: 'fieldsOfAction', kind: ReferenceKind.FIELD_OF_ACTION, pivot: 'organisation_field_of_action', column: 'field_of_action_id' },
  { key: 'districts', kind: ReferenceKind.DISTRICT, pivot: 'organisation_district', column: 'district_id' },
  { key: 'languages', kind: ReferenceKind.LANGUAGE, pivot: 'organisation_language', column: 'language_id' },
  { key: 'targetGroups', kind: ReferenceKind.TARGET_GROUP, pivot: 'organisation_target_group', column: 'target_group_id' },
] as const;

/** The columns of a vocabulary row as read; also the keys of a `language` row turned into JSON. */
export interface EntryRow {
  id: string;
  code: string;
  label_de: string;
  label_en: string;
  label_ar?: string | null;
  label_fa?: string | null;
  label_tr?: string | null;
  label_uk?: string | null;
  /** Languages only. */
  native_name?: string | null;
  position: number;
}

/** The select list of a vocabulary row; `native_name` is null outside the language vocabulary, so rows of all four line up. */
const entryColumns = (alias: string, kind?: ReferenceKind) => {
  const r = ident(alias);
  const nativeName = kind === ReferenceKind.LANGUAGE ? sql`${r}.native_name` : sql`null::varchar`;
  return sql`${r}.id, ${r}.code, ${r}.label_de, ${r}.label_en, ${r}.label_ar, ${r}.label_fa, ${r}.label_tr, ${r}.label_uk, ${nativeName} as native_name, ${r}.position`;
};

/** A vocabulary row as its GraphQL type. */
export function toEntry<K extends ReferenceKind>(kind: K, row: EntryRow): ViewOf<K> {
  const entry = new vocabularies[kind].view() as ReferenceEntryView;
  entry.id = row.id;
  entry.code = row.code;
  entry.labelDe = row.label_de;
  entry.labelEn = row.label_en;
  entry.labelAr = row.label_ar ?? null;
  entry.labelFa = row.label_fa ?? null;
  entry.labelTr = row.label_tr ?? null;
  entry.labelUk = row.label_uk ?? null;
  entry.position = row.position;
  if (entry instanceof LanguageView) entry.nativeName = row.native_name ?? null;
  return entry as ViewOf<K>;
}

/** Reads of the four vocabularies. They are public: no read rule narrows them. */
export class ReferenceReadModel {
  constructor(private readonly r: ReadContext) {}

  /** Every entry of a vocabulary, in the admins' order. */
  async list<K extends ReferenceKind>(kind: K): Promise<ViewOf<K>[]> {
    const table = ident(vocabularies[kind].table);
    const rows = await this.r.rows<EntryRow>(
      sql`select ${entryColumns('r', kind)} from ${table} r order by r.position, r.label_de limit ${MAX_TAGS * 10}`,
    );
    return rows.map((row) => toEntry(kind, row));
  }

  /** One entry by id, or null. */
  byId<K extends ReferenceKind>(kind: K, id: string): Promise<ViewOf<K> | null> {
    return this.r
      .loader<string, ViewOf<K> | null>(`reference.byId:${kind}`, async (ids) => {
        const table = ident(vocabularies[kind].table);
        const rows = await this.r.rows<EntryRow>(sql`select ${entryColumns('r', kind)} from ${table} r where ${idIn(sql`r.id`, ids)}`);
        return indexBy(ids, rows, (row) => row.id).map((row) => row && toEntry(kind, row));
      })
      .load(id);
  }

  /** One entry; NOT_FOUND when there is none. */
  async get<K extends ReferenceKind>(kind: K, id: string): Promise<ViewOf<K>> {
    const entry = await this.byId(kind, id);
    if (!entry) throw notFound('ReferenceEntry', id);
    return entry;
  }

  /** All four vocabularies' tags of organisations, in one statement for a whole page. */
  tagsOfOrganisation(organisationId: string): Promise<OrganisationTags> {
    return this.tagsOf('organisation', organisationId);
  }

  /** All four vocabularies' tags of offers, in one statement for a whole page. */
  tagsOfOffer(offerId: string): Promise<OrganisationTags> {
    return this.tagsOf('offer', offerId);
  }

  /** The tags of records of a table tagged through `<table>_field_of_action` and the other three pivots. */
  private tagsOf(owner: 'organisation' | 'offer', id: string): Promise<OrganisationTags> {
    const key = ident(`${owner}_id`);
    return this.r
      .loader<string, OrganisationTags>(`reference.tagsOf:${owner}`, async (ids) => {
        const parts = organisationPivots.map(
          (p) =>
            sql`(select p.${key} as owner_id, ${p.key}::text as vocabulary, ${entryColumns('r', p.kind)}
                   from ${ident(p.pivot.replace('organisation', owner))} p join ${ident(vocabularies[p.kind].table)} r on r.id = p.${ident(p.column)}
                  where ${idIn(sql`p.${key}`, ids)})`,
        );
        const rows = await this.r.rows<EntryRow & { owner_id: string; vocabulary: keyof OrganisationTags }>(
          sql`${sql.join(parts, ' union all ')} order by position, label_de`,
        );
        const tags = new Map<string, OrganisationTags>(
          ids.map((id) => [id, { fieldsOfAction: [], districts: [], languages: [], targetGroups: [] }]),
        );
        const kindOf = Object.fromEntries(organisationPivots.map((p) => [p.key, p.kind])) as Record<keyof OrganisationTags, ReferenceKind>;
        for (const row of rows) {
          const list = tags.get(row.owner_id)?.[row.vocabulary] as ReferenceEntryView[] | undefined;
          if (list && list.length < MAX_TAGS) list.push(toEntry(kindOf[row.vocabulary], row));
        }
        return ids.map((id) => tags.get(id) as OrganisationTags);
      })
      .load(id);
  }

  /** Tags of one vocabulary on records of another table through its pivot, e.g. a need's districts; one statement per list level. */
  tagsThrough<K extends ReferenceKind>(
    kind: K,
    pivot: { table: string; parent: string; column: string },
    parentId: string,
  ): Promise<ViewOf<K>[]> {
    return this.r
      .loader<string, ViewOf<K>[]>(`reference.tagsThrough:${pivot.table}`, async (ids) => {
        const rows = await this.r.rows<EntryRow & { parent_id: string }>(
          sql`select p.${ident(pivot.parent)} as parent_id, ${entryColumns('r', kind)} from ${ident(pivot.table)} p
                join ${ident(vocabularies[kind].table)} r on r.id = p.${ident(pivot.column)}
               where ${idIn(sql`p.${ident(pivot.parent)}`, ids)} order by r.position, r.label_de`,
        );
        return groupBy(ids, rows, (row) => row.parent_id).map((group) =>
          group.slice(0, MAX_TAGS).map((row) => toEntry(kind, row) as ViewOf<K>),
        );
      })
      .load(parentId);
  }

  /** The fields of action a body works in. */
  fieldsOfActionOfBody(bodyId: string): Promise<FieldOfActionView[]> {
    return this.r
      .loader<string, FieldOfActionView[]>('reference.fieldsOfActionOfBody', async (ids) => {
        const rows = await this.r.rows<EntryRow & { body_id: string }>(
          sql`select p.body_id, ${entryColumns('r', ReferenceKind.FIELD_OF_ACTION)} from body_field_of_action p join field_of_action r on r.id = p.field_of_action_id
               where ${idIn(sql`p.body_id`, ids)} order by r.position, r.label_de`,
        );
        return groupBy(ids, rows, (row) => row.body_id).map((group) =>
          group.slice(0, MAX_TAGS).map((row) => toEntry(ReferenceKind.FIELD_OF_ACTION, row)),
        );
      })
      .load(bodyId);
  }
}
