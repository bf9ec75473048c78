import type { Actor } from '../../auth/actor.js';
import { policy } from '../../auth/policy.js';
import { readRules } from '../../auth/read-rules.js';
import { type Sql, sql } from '../../db/sql.js';
import { parseDirectoryQuery } from '../directory/directory-query.js';
import type { DirectorySearch, DirectorySubject } from '../directory/directory-search.js';
import type { OfferFilterData } from './offer.inputs.js';
import { offerKindNames } from './offer.labels.js';
import { notEndedSql, openAtSql } from './offer.schedule.js';

/** Offers as the directory searches them, under the alias `o`. */
function offerSubject(actor: Actor): DirectorySubject<OfferFilterData> {
  return {
    table: 'offer',
    enums: [{ dimension: 'kind', column: 'kind', values: (f) => f.kinds }],
    kindNames: offerKindNames,
    nameColumn: 'title',
    conditions(filter) {
      const conditions: Sql[] = [readRules.offer(actor, 'o')];
      if (!filter.includeArchived) {
        // Members see archived offers, and offers of archived organisations, only when they ask for them.
        if (policy.readInternal(actor)) {
          conditions.push(sql`o.archived_at is null`);
          conditions.push(sql`exists (select 1 from organisation oa where oa.id = o.organisation_id and oa.archived_at is null)`);
        }
        conditions.push(notEndedSql('o'));
      }
      if (filter.organisationIds?.length) conditions.push(sql`o.organisation_id = any(${filter.organisationIds}::uuid[])`);
      if (filter.openNow) conditions.push(openAtSql('o'));
      return conditions;
    },
  };
}

/** A search of offers by an actor: the filter with its search text read. */
export function offerSearch(actor: Actor, filter: OfferFilterData): DirectorySearch<OfferFilterData> {
  return { subject: offerSubject(actor), filter, query: parseDirectoryQuery(filter.search, offerKindNames) };
}
