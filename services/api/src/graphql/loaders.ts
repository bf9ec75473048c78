import DataLoader from 'dataloader';
import type { EntityManager } from '../db/orm.js';
import { leaderPersonIds } from '../modules/body/body.service.js';
import { Affiliation } from '../modules/person/person.entity.js';
import {
  type AnyReferenceEntity,
  District,
  FieldOfAction,
  Language,
  type ReferenceEntry,
  TargetGroup,
} from '../modules/reference/reference.entity.js';

/** The reference entries an organisation is tagged with, by vocabulary. */
export interface OrganisationReferences {
  fieldsOfAction: FieldOfAction[];
  districts: District[];
  languages: Language[];
  targetGroups: TargetGroup[];
}

const referenceVocabularies = [
  {
    key: 'fieldsOfAction',
    table: 'field_of_action',
    pivot: 'organisation_field_of_action',
    column: 'field_of_action_id',
    type: FieldOfAction,
  },
  { key: 'districts', table: 'district', pivot: 'organisation_district', column: 'district_id', type: District },
  { key: 'languages', table: 'language', pivot: 'organisation_language', column: 'language_id', type: Language },
  { key: 'targetGroups', table: 'target_group', pivot: 'organisation_target_group', column: 'target_group_id', type: TargetGroup },
] as const;

interface ReferenceRow {
  organisation_id: string;
  vocabulary: keyof OrganisationReferences;
  id: string;
  code: string;
  label_de: string;
  label_en: string;
  position: number;
}

/**
 * Batch loaders for one request, so a page of results costs the same number
 * of statements whatever its size.
 */
export class Loaders {
  private readonly memos = new Map<string, Promise<unknown>>();

  constructor(private readonly em: EntityManager) {}

  /** Runs `load` once per key and request, e.g. when two fields of one object need the same rows. */
  memo<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.memos.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      this.memos.set(key, value);
    }
    return value;
  }

  /**
   * All four vocabularies of a page of organisations in one statement. The
   * entries are read-only snapshots, not managed entities: this is the
   * directory's hot path, and the ORM's per-collection loading cost more
   * than the query itself.
   */
  readonly referencesByOrganisation = new DataLoader<string, OrganisationReferences>(async (ids) => {
    const placeholders = ids.map(() => '?').join(', ');
    const sql = referenceVocabularies
      .map(
        (v) =>
          `select p.organisation_id, '${v.key}' as vocabulary, r.id, r.code, r.label_de, r.label_en, r.position
             from ${v.pivot} p join ${v.table} r on r.id = p.${v.column} where p.organisation_id in (${placeholders})`,
      )
      .join(' union all ');
    const rows = await this.em.execute<ReferenceRow[]>(
      `${sql} order by position, label_de`,
      referenceVocabularies.flatMap(() => ids),
    );
    const byOrganisation = new Map<string, OrganisationReferences>(
      ids.map((id) => [id, { fieldsOfAction: [], districts: [], languages: [], targetGroups: [] }]),
    );
    const types = Object.fromEntries(referenceVocabularies.map((v) => [v.key, v.type])) as Record<
      keyof OrganisationReferences,
      new () => ReferenceEntry
    >;
    for (const row of rows) {
      const entry = Object.assign(new types[row.vocabulary](), {
        id: row.id,
        code: row.code,
        labelDe: row.label_de,
        labelEn: row.label_en,
        position: row.position,
      });
      (byOrganisation.get(row.organisation_id)?.[row.vocabulary] as AnyReferenceEntity[] | undefined)?.push(entry as AnyReferenceEntity);
    }
    return ids.map((id) => byOrganisation.get(id) as OrganisationReferences);
  });

  /** Person ids of a body's current chairs and tandem leads, once per body and request. */
  leadersOf(bodyId: string): Promise<string[]> {
    return this.memo(`leaders:${bodyId}`, () => leaderPersonIds(this.em, bodyId));
  }

  /** Affiliations of organisations, with their people. */
  readonly affiliationsByOrganisation = new DataLoader<string, Affiliation[]>(async (ids) => {
    const rows = await this.em.find(
      Affiliation,
      { organisation: { $in: [...ids] } },
      { populate: ['person'], orderBy: { person: { familyName: 'asc', givenName: 'asc' } } },
    );
    return ids.map((id) => rows.filter((a) => a.organisation.id === id));
  });

  /** Affiliations of people, with their organisations. */
  readonly affiliationsByPerson = new DataLoader<string, Affiliation[]>(async (ids) => {
    const rows = await this.em.find(
      Affiliation,
      { person: { $in: [...ids] } },
      { populate: ['organisation'], orderBy: { validFrom: 'desc' } },
    );
    return ids.map((id) => rows.filter((a) => a.person.id === id));
  });
}
