import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { statementCounter } from '../../src/db/orm.js';
import { databaseLabel } from '../support/database.js';
import type { Fixture } from '../support/fixture.js';
import type { GraphQLResponse } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';

/** The attack from the security review: organisations → affiliations → person → affiliations → organisation … 20 levels deep. */
function deepQuery(levels: number): string {
  let inner = 'id name';
  for (let i = 0; i < levels; i++) inner = i % 2 ? `affiliations { person { ${inner} } }` : `affiliations { organisation { ${inner} } }`;
  return `{ organisations(first: 100) { edges { node { ${inner} } } } }`;
}

const aliased = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: organisations(first: 100) { edges { node { id } } }`).join(' ')} }`;

const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as GraphQLResponse & { length?: number } };
};

const reasonOf = (res: { body: GraphQLResponse }) => res.body.errors?.[0]?.extensions?.reason;

describe(`every request is bounded (${databaseLabel})`, () => {
  let h: Harness;
  let fx: Fixture;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await h.reset();
  });

  it('refuses the deep nesting attack before running any SQL, naming the limit', async () => {
    const before = statementCounter.count;
    const started = performance.now();
    const res = await post(h.url, { query: deepQuery(20) });
    const ms = performance.now() - started;
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DEPTH_LIMIT', details: { limit: 15 } });
    expect(res.body.errors?.[0]?.message).toMatch(/depth limit of 15/i);
    expect(statementCounter.count - before).toBe(0);
    expect(res.body.data).toBeUndefined();
    expect(ms).toBeLessThan(5000);
  });

  it('refuses 500 aliases (too many tokens) and 40 aliases (too many aliases)', async () => {
    const before = statementCounter.count;
    const tokens = await post(h.url, { query: aliased(500) });
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_LIMIT', details: { limit: 4000 } });
    const aliases = await post(h.url, { query: aliased(40) });
    expect(aliases.status).toBe(400);
    expect(aliases.body.errors?.map((e) => e.extensions?.reason)).toContain('ALIAS_LIMIT');
    expect(aliases.body.errors?.find((e) => e.extensions?.reason === 'ALIAS_LIMIT')?.extensions?.details).toEqual({ limit: 30, found: 40 });
    expect(statementCounter.count - before).toBe(0);
  });

  it('refuses repeated directives', async () => {
    const directives = Array.from({ length: 25 }, () => '@include(if: true)').join(' ');
    const res = await post(h.url, { query: `{ me ${directives} { id } }` });
    expect(res.body.errors?.map((e) => e.extensions?.reason)).toContain('DIRECTIVE_LIMIT');
  });

  it('refuses an estimated cost beyond the limit, counting list fields by their page size', async () => {
    // 100 organisations × 100 affiliations × 100 memberships of each person: far too many objects to promise.
    const wide = `{ organisations(first: 100) { edges { node { affiliations(first: 100) { person { memberships(first: 100) { id } } } } } } }`;
    const res = await post(h.url, { query: wide });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COST_LIMIT', details: { limit: 100_000 } });
    expect(Number(res.body.errors?.[0]?.extensions?.details?.found)).toBeGreaterThan(100_000);
    // The same shape with small pages is fine, and variables count like literals.
    const narrow = `query($n: Int) { organisations(first: 10) { edges { node { affiliations(first: $n) { person { memberships(first: $n) { id } } } } } } }`;
    expect((await post(h.url, { query: narrow, variables: { n: 5 } })).body.errors).toBeUndefined();
    const viaVariable = await post(h.url, { query: narrow, variables: { n: 500 } });
    expect(reasonOf(viaVariable)).toBe('COST_LIMIT');
  });

  it('holds introspection to the depth limit: a fragment named __schema buys nothing', async () => {
    const bypass = `{ organisations(first: 100) { edges { node { affiliations { person { affiliations { organisation { ...__schema } } } } } } } }
      fragment __schema on Organisation { affiliations { person { affiliations { organisation { affiliations { person { affiliations { organisation { id } } } } } } } } }`;
    expect(reasonOf(await post(h.url, { query: bypass }))).toBe('DEPTH_LIMIT');
    const cyclic = `{ __schema { types { ${'fields { type { '.repeat(10)}name${' } }'.repeat(10)} } } }`;
    expect(reasonOf(await post(h.url, { query: cyclic }))).toBe('DEPTH_LIMIT');
    // The standard introspection query of tools fits.
    expect((await post(h.url, { query: getIntrospectionQuery() })).body.errors).toBeUndefined();
  });

  it('refuses NUL characters, impossible dates and ids that are not UUIDs at the edge, and changes nothing', async () => {
    const admin = await h.client().login('admin@test.example');
    const update = 'mutation($id: UUID!, $d: String) { updateOrganisation(id: $id, version: 1, input: { description: $d }) { version } }';
    const nul = await admin.request(update, { id: fx.orgs.caritas.id, d: 'a\u0000b' });
    expect(nul.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHARACTERS' });
    const literal = await admin.request(`{ organisations(filter: { search: "a\\u0000b" }) { totalCount } }`);
    expect(literal.errors?.[0]?.extensions?.reason).toBe('INVALID_CHARACTERS');
    const surrogate = await admin.request(update, { id: fx.orgs.caritas.id, d: 'Herz \ud83d' });
    expect(surrogate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHARACTERS' });
    const date = await admin.request('query($id: UUID!) { organisation(id: $id) { representations(at: "2026-02-30") { id } } }', {
      id: fx.orgs.caritas.id,
    });
    expect(date.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const goals = await admin.request('{ goals(fieldOfActionId: "1") { id } }');
    expect(goals.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const remove = await admin.request('mutation { deleteReferenceEntry(kind: DISTRICT, id: "x") }');
    expect(remove.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { organisation } = await admin.ok('query($id: UUID!) { organisation(id: $id) { version description } }', {
      id: fx.orgs.caritas.id,
    });
    expect(organisation).toEqual({ version: 1, description: 'Beratungsstellen für Geflüchtete und Sprachkurse für Frauen.' });
    expect((await admin.ok('{ districts { id } }')).districts).toHaveLength(2);
  });

  it('refuses page sizes beyond a list’s maximum with the field named', async () => {
    const res = await post(h.url, { query: '{ bodies(first: 501) { id } }' });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', reason: 'INVALID_PAGE_SIZE' });
  });

  it('answers array-batched requests with a typed refusal, running none of them', async () => {
    const res = await post(h.url, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/"data"/);
  });

  it('refuses requests from a foreign origin before reading them', async () => {
    const before = statementCounter.count;
    const res = await post(h.url, { query: '{ me { id } }' }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'FOREIGN_ORIGIN' });
    expect(statementCounter.count - before).toBe(0);
  });
});

describe(`production mode (${databaseLabel})`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ NODE_ENV: 'production' });
    await h.reset();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses introspection to visitors and serves it to members', async () => {
    const visitor = await post(h.url, { query: '{ __schema { queryType { name } } }' });
    expect(visitor.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const hidden = await post(h.url, {
      query: '{ organisations { edges { node { ... on Organisation { __type(name: "User") { name } } } } } }',
    });
    expect(hidden.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fragment = await post(h.url, { query: '{ ...f } fragment f on Query { __type(name: "User") { fields { name } } }' });
    expect(fragment.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const member = await h.client().login('member@test.example');
    expect((await member.ok('{ __schema { queryType { name } } }')).__schema.queryType.name).toBe('Query');
  });

  it('gives no "Did you mean" suggestions, no stack traces and no SQL counts', async () => {
    const res = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organisation(id: "00000000-0000-4000-8000-000000000000") { nam } }' }),
    });
    const text = await res.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(text).not.toMatch(/Did you mean/);
    expect(text).not.toMatch(/stacktrace|at .*\.(js|ts):\d+/);
    expect(res.headers.get('x-sql-statements')).toBeNull();
  });
});
