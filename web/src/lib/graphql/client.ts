import { Client, cacheExchange, fetchExchange } from '@urql/core';

/**
 * The one GraphQL client of the web app. The API is served on the same origin
 * (by the API server in production, through the Vite proxy in development), so
 * the HttpOnly session cookie travels with every request.
 *
 * Queries are sent as POST: Apollo's CSRF protection rejects cookie-carrying
 * GET requests without a preflight header.
 */
export function createGraphqlClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: { credentials: 'same-origin' },
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
  });
}
