import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import type { GraphQLContext } from './context.js';

/** Root fields whose answers are the same for every visitor. */
const publicRootFields = new Set([
  'organisations',
  'organisation',
  'offers',
  'offer',
  'person',
  'fieldsOfAction',
  'districts',
  'languages',
  'targetGroups',
  'volunteerOpportunities',
  'volunteerOpportunity',
  'volunteerMatches',
  'referralPaths',
  'referralPath',
]);

/**
 * Caches whole answers to anonymous reads of the public directory, the
 * read-heavy part of Verbund. Any mutation in this process empties the cache,
 * and entries expire after `ttlSeconds`, which bounds staleness when several
 * processes share one database. Logged-in users are never served from it:
 * what they see depends on who they are.
 */
export function publicResponseCache(options: { ttlSeconds: number; maxEntries?: number }): ApolloServerPlugin<GraphQLContext> {
  const cache = new LRUCache<string, GraphQLResponse['body']>({ max: options.maxEntries ?? 500, ttl: options.ttlSeconds * 1000 });
  const enabled = options.ttlSeconds > 0;
  return {
    async requestDidStart() {
      let key: string | undefined;
      return {
        async responseForOperation({ operation, contextValue, queryHash, request }) {
          const cacheable =
            enabled &&
            contextValue.actor.kind === 'anonymous' &&
            operation.operation === 'query' &&
            operation.selectionSet.selections.every((s) => s.kind === 'Field' && publicRootFields.has(s.name.value));
          if (!cacheable) return null;
          key = `${queryHash}:${request.operationName ?? ''}:${JSON.stringify(request.variables ?? {})}`;
          const body = cache.get(key);
          return body ? { http: { status: undefined, headers: new HeaderMap([['x-cache', 'hit']]) }, body } : null;
        },
        async willSendResponse({ response, operation, errors }) {
          if (operation?.operation === 'mutation') {
            cache.clear();
            return;
          }
          if (key && !errors?.length && response.body.kind === 'single' && !response.body.singleResult.errors) {
            cache.set(key, response.body);
          }
        },
      };
    },
  };
}
