import { error } from '@sveltejs/kit';
import { stringifyDocument } from '@urql/core';
import type { ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';

type Fetch = typeof fetch;

interface GraphQLAnswer<Data> {
  data?: Data | null;
  errors?: { message?: string; extensions?: { code?: unknown } }[];
}

/**
 * Runs a query for a `+page.ts` load, on the server (public pages are
 * rendered there) and in the browser after client-side navigation. Pass the
 * load's own `fetch`: on the server it reaches the API on this machine with
 * the visitor's cookie (hooks.server.ts), and the answer is inlined into the
 * page so the browser does not ask again while hydrating.
 *
 * Returns the data; throws SvelteKit's `error(404)` when the API answers
 * `NOT_FOUND` (a record that does not exist or that this visitor may not see)
 * and `error(500)` for any other failure.
 *
 * @example
 * export const load: PageLoad = async ({ fetch, params }) => {
 *   const { organisation } = await loadQuery(fetch, OrganisationDetailQuery, { id: params.id });
 *   return { organisation };
 * };
 */
export async function loadQuery<Document extends TadaDocumentNode<any, any>>(
  fetch: Fetch,
  document: Document,
  variables: VariablesOf<Document>,
): Promise<ResultOf<Document>> {
  let answer: GraphQLAnswer<ResultOf<Document>>;
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: stringifyDocument(document), variables }),
    });
    answer = (await response.json()) as GraphQLAnswer<ResultOf<Document>>;
  } catch {
    // Unreachable API or an answer that is not JSON.
    error(500, 'The directory could not be reached');
  }
  const codes = (answer.errors ?? []).map((e) => e.extensions?.code);
  if (codes.includes('NOT_FOUND')) error(404, 'Not found');
  if (codes.length > 0 || !answer.data) error(500, 'The directory could not answer');
  return answer.data;
}
