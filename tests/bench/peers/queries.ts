/**
 * Every operation the peer benchmark sends, per query shape and server. The
 * Verbund operations carry their arguments as literals (no variable
 * definitions), so they hold whether ids are typed `ID` or `UUID`.
 */

/** A prepared POST: the path on the server and the JSON body. */
export interface PeerRequest {
  path: string;
  body: string;
}

export type Shape = 'directory' | 'bodies' | 'organisation';

/** The arguments a shape is asked with. */
export interface ShapeArgs {
  search: string;
  first: number;
  /** A public organisation with several affiliations. */
  organisationId: string;
}

const reference = 'id code labelDe labelEn position';

/** Verbund's own operations, as the web app would send them for a visitor. */
export const verbundOperations: Record<Shape, (args: ShapeArgs) => string> = {
  directory: ({ search, first }) => `{
  organisations(first: ${first}, filter: { search: ${JSON.stringify(search)} }) {
    totalCount
    edges { node { id name shortName kind sector
      fieldsOfAction { ${reference} } districts { ${reference} } languages { ${reference} } targetGroups { ${reference} } } }
  }
}`,
  // Pages large enough for every body and member (the defaults are 100 each), within the cost limit.
  bodies: () => `{
  bodies(first: 50) { id name kind members(first: 500) { id role person { id givenName familyName } organisation { id name sector } } }
}`,
  organisation: ({ organisationId }) => `{
  organisation(id: ${JSON.stringify(organisationId)}) {
    id name shortName description website
    affiliations { id role person { id givenName familyName function } }
  }
}`,
};

const pgReference = 'id: rowId code labelDe labelEn position';

/**
 * The same questions to PostGraphile's `peer` schema, aliased to Verbund's
 * field names so that the answers compare as they are. The orders are
 * Verbund's: directory by rank, name, id; bodies by name; members by role and
 * family name; affiliations by family and given name.
 */
export const postgraphileOperations: Record<Shape, (args: ShapeArgs) => string> = {
  directory: ({ search, first }) => `{
  organisations: searchOrganisations(q: ${JSON.stringify(search)}, first: ${first}) {
    totalCount
    edges { node { id: rowId name shortName kind sector
      fieldsOfAction: fieldsOfActionList { ${pgReference} } districts: districtsList { ${pgReference} }
      languages: languagesList { ${pgReference} } targetGroups: targetGroupsList { ${pgReference} } } }
  }
}`,
  bodies: () => `{
  bodies: allBodiesList(condition: { ended: false }, orderBy: [NAME_ASC, ROW_ID_ASC]) {
    id: rowId name kind
    members: membersList(orderBy: [ROLE_ASC, PERSON_FAMILY_NAME_ASC, ROW_ID_ASC]) {
      id: rowId role person { id: rowId givenName familyName } organisation { id: rowId name sector }
    }
  }
}`,
  organisation: ({ organisationId }) => `{
  organisation: organisationByRowId(rowId: ${JSON.stringify(organisationId)}) {
    id: rowId name shortName description website
    affiliations: affiliationsList(orderBy: [PERSON_FAMILY_NAME_ASC, PERSON_GIVEN_NAME_ASC, ROW_ID_ASC]) {
      id: rowId role person { id: rowId givenName familyName function }
    }
  }
}`,
};

/** The arguments the one-statement server takes per shape. */
const sqlArguments: Record<Shape, (args: ShapeArgs) => object> = {
  directory: ({ search, first }) => ({ search, first }),
  bodies: () => ({}),
  organisation: ({ organisationId }) => ({ id: organisationId }),
};

export const graphqlRequest = (query: string): PeerRequest => ({ path: '/graphql', body: JSON.stringify({ query }) });

export const sqlRequest = (shape: Shape, args: ShapeArgs): PeerRequest => ({
  path: `/query/${shape}`,
  body: JSON.stringify(sqlArguments[shape](args)),
});

/**
 * A query nested `levels` deep through organisations and people:
 * `organisations { edges { node { affiliations { person { affiliations { organisation { affiliations { person …`.
 */
export function deepAttack(levels: number): string {
  const path = ['organisations', 'edges', 'node'];
  for (let i = 0; path.length < levels; i++) path.push(...(i % 2 === 0 ? ['affiliations', 'person'] : ['affiliations', 'organisation']));
  const fields = path.slice(0, levels);
  const leaves: Record<string, string> = { affiliations: 'id role', person: 'id givenName', organisation: 'id name', node: 'id name' };
  const innermost = leaves[fields.at(-1) as string] ?? 'id';
  return `{ ${fields.map((f) => `${f} {`).join(' ')} ${innermost} ${'}'.repeat(fields.length)} }`;
}

/** One operation with `count` aliases of a full directory page: `a0: organisations(first: 100) { … } a1: …`. */
export function aliasAttack(count: number): string {
  const page = 'organisations(first: 100) { totalCount edges { node { id name shortName kind sector affiliations { id role } } } }';
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${page}`).join(' ')} }`;
}
