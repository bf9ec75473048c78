/** A GraphQL-over-HTTP client with a cookie jar, as a browser would hold the session. */
export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; reason?: string; details?: any } }[];
  setCookie: string | null;
}

export class GraphQLClient {
  cookie: string | undefined;
  /** Extra headers on every request, e.g. `x-forwarded-for` to act from another client address (the test server trusts loopback proxies). */
  headers: Record<string, string> = {};

  constructor(readonly url: string) {}

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers, ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      const expired = /expires=Thu, 01 Jan 1970/i.test(setCookie) || pair.endsWith('=');
      this.cookie = expired ? undefined : pair;
    }
    const body = (await res.json()) as GraphQLResponse<T>;
    return { ...body, status: res.status, setCookie };
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  async login(email: string, password = 'correct horse battery'): Promise<this> {
    await this.ok('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', { e: email, p: password });
    return this;
  }
}

/** The first error's code, for compact assertions. */
export const errorCode = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
