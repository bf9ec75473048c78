import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * The typed `graphql()` tag for every operation of the web app. Types come from
 * `schema/schema.graphql` through the generated `graphql-env.d.ts`
 * (`npm run graphql:generate`), so an operation that no longer matches the API
 * fails `npm run typecheck` and `npm run graphql:check`.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    /** ISO 8601 date-time string in UTC. */
    DateTimeISO: string;
    /** A calendar day, YYYY-MM-DD. */
    Date: string;
    /** A record id. */
    UUID: string;
    JSONObject: Record<string, unknown>;
    /** Euros exact to the cent, `"52440.30"`; shown with `formatMoney` (`#lib/money.ts`). */
    Money: string;
  };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
