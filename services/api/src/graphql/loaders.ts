import DataLoader from 'dataloader';
import type { EntityManager } from '../db/orm.js';
import { Affiliation } from '../modules/person/person.entity.js';

/**
 * Batch loaders for one request, so a page of results costs the same number
 * of statements whatever its size.
 */
export class Loaders {
  constructor(private readonly em: EntityManager) {}

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
