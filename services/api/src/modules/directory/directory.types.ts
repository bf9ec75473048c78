import { Extensions, Field, ObjectType } from 'type-graphql';
import { FacetCount } from '../../graphql/connection.js';
import { MAX_TAGS } from '../../graphql/lists.js';
import { ReferenceKind } from '../reference/reference.entity.js';
import { toEntry } from '../reference/reference.read.js';
import { LanguageView } from '../reference/reference.types.js';
import { type DirectoryQuery, MAX_SEARCH_WORDS, remainingTerms } from './directory-query.js';
import type { FacetRow, LanguageJson, PageRow } from './directory-search.js';

/** How the directory read the search text. */
@ObjectType('SearchInterpretation', { simpleResolvers: true, description: 'How the directory read the search text.' })
export class SearchInterpretation {
  @Field(() => [LanguageView], {
    description: 'Languages the search named ("arabisch", "Arabic", "عربي"…), used as a language filter and left out of the text search.',
  })
  @Extensions({ maxItems: MAX_TAGS })
  languages!: LanguageView[];

  @Field(() => [String], { description: 'The words searched for as text, in every language and in the vocabularies.' })
  @Extensions({ maxItems: MAX_SEARCH_WORDS })
  terms!: string[];
}

/** Picks the facet counts of one dimension. */
export const facetsOf = (rows: FacetRow[], facet: FacetRow['facet']) =>
  rows.filter((r) => r.facet === facet).map(({ value, count }) => Object.assign(new FacetCount(), { value, count }));

/** The interpretation a page statement answered (`pageStatement`), or the empty one without a search. */
export function interpretationOf(query: DirectoryQuery | undefined, row: PageRow | undefined): SearchInterpretation {
  const interpretation = new SearchInterpretation();
  if (!query) return Object.assign(interpretation, { languages: [], terms: [] });
  const skip = row?.dq_skip ?? [];
  const json = row?.dq_languages ?? [];
  const languages = (typeof json === 'string' ? (JSON.parse(json) as LanguageJson[]) : json).slice(0, MAX_TAGS);
  return Object.assign(interpretation, {
    languages: languages.map((l) => toEntry(ReferenceKind.LANGUAGE, l)),
    terms: remainingTerms(query, skip),
  });
}
