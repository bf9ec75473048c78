/**
 * Load runs with a session: support/bench.ts `loadRequests`, which sends no
 * cookie, with the same method otherwise (autocannon, `benchConnections`
 * clients for `benchSeconds` after an optional warm-up, every answer's own
 * time in `Latencies`, a 10 s timeout per request), plus headers per request
 * and a count of answers that came back with GraphQL errors.
 */
import autocannon from 'autocannon';
import { benchConnections, benchSeconds, Latencies, type LoadResult } from '../../support/bench.ts';

export interface SessionRequest {
  path: string;
  body: string;
  headers?: Record<string, string>;
}

export interface SessionLoadResult extends LoadResult {
  /** HTTP 200 answers whose body holds `"errors"`. */
  graphqlErrors: number;
}

export async function loadWithSession(
  url: string,
  requests: SessionRequest[],
  options: { seconds?: number; connections?: number; warmUpSeconds?: number } = {},
): Promise<SessionLoadResult> {
  let graphqlErrors = 0;
  const settings = (duration: number, count: boolean): autocannon.Options => ({
    url,
    connections: options.connections ?? benchConnections,
    duration,
    timeout: 10,
    requests: requests.map((r) => ({
      method: 'POST' as const,
      path: r.path,
      headers: { 'content-type': 'application/json', ...r.headers },
      body: r.body,
      ...(count
        ? {
            onResponse: (status: number, body: string) => {
              if (status === 200 && body.includes('"errors"')) graphqlErrors++;
            },
          }
        : {}),
    })),
  });
  if (options.warmUpSeconds) await autocannon(settings(options.warmUpSeconds, false));
  const latencies = new Latencies();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(settings(options.seconds ?? benchSeconds, true), (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.add(responseTime));
  });
  const answered = result.requests.total > 0;
  return {
    p50: answered ? latencies.percentile(50) : Number.NaN,
    p99: answered ? latencies.percentile(99) : Number.NaN,
    requestsPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s?.count ?? 0])),
    graphqlErrors,
  };
}
