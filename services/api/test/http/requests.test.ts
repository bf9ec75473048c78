import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { statementCounter } from '../../src/db/orm.js';
import { seedDemoCity } from '../../src/seed/demo-city.js';
import { databaseLabel, emptyTables } from '../support/database.js';
import { type Harness, startHarness } from '../support/harness.js';

describe(`HTTP edge cases (${databaseLabel})`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    await h.reset();
  });

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${h.url}/graphql`, { method: 'POST', headers, body });

  it('answers malformed JSON with a typed 400 and no stack trace', async () => {
    const res = await post('{"query": "{ me { email } ');
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('answers malformed GraphQL and unknown fields with BAD_USER_INPUT', async () => {
    for (const query of ['{ organisations { ', '{ organisations { secretField } }', 'mutation { nope }']) {
      const res = await post(JSON.stringify({ query }));
      expect(res.status).toBe(400);
      const body = (await res.json()) as any;
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(body)).not.toMatch(/stacktrace/i);
    }
  });

  it('refuses oversized bodies and over-long strings', async () => {
    const huge = await post(JSON.stringify({ query: '{ me { email } }', variables: { x: 'x'.repeat(2_000_000) } }));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const long = await post(
      JSON.stringify({
        query: 'query($s: String) { organisations(filter: { search: $s }) { totalCount } }',
        variables: { s: 'x'.repeat(300) },
      }),
    );
    expect(((await long.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });

  it('refuses GET requests that could be cross-site (CSRF prevention)', async () => {
    const res = await fetch(`${h.url}/graphql?query=${encodeURIComponent('{ me { email } }')}`);
    expect(res.status).toBe(400);
  });

  it('reports health and readiness', async () => {
    expect(await (await fetch(`${h.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${h.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('runs the same number of SQL statements for the directory whatever the page size', async () => {
    const em = h.orm.em.fork();
    await emptyTables(em);
    await seedDemoCity(em);
    // Seeding blocks the process for seconds: a kept-alive connection may have just been closed by the server. A read absorbs that.
    await fetch(`${h.url}/healthz`).catch(() => undefined);
    const query = `query($first: Int) { organisations(first: $first, filter: { search: "Beratung" }) {
      totalCount edges { node { name fieldsOfAction { labelDe } districts { labelDe } languages { code } targetGroups { code } affiliations { role person { familyName contactChannels { value } } } } }
      facets { kinds { value count } districts { value count } } } }`;
    const count = async (first: number) => {
      const before = statementCounter.count;
      const res = await post(JSON.stringify({ query, variables: { first } }));
      const body = (await res.json()) as any;
      expect(body.errors).toBeUndefined();
      expect(body.data.organisations.edges.length).toBe(Math.min(first, body.data.organisations.totalCount));
      return statementCounter.count - before;
    };
    const small = await count(2);
    const large = await count(40);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(10);
  });
});
