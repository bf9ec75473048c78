import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/database.js';
import type { Fixture } from '../support/fixture.js';
import { errorCode } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';

const SEARCH = `query($filter: OrganisationFilter, $first: Int, $after: String) {
  organisations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id name isStale fieldsOfAction { code } districts { code } } }
  }
}`;

const FACETS = `query($filter: OrganisationFilter) {
  organisations(filter: $filter, first: 1) {
    totalCount
    facets { kinds { value count } sectors { value count } fieldsOfAction { value count } districts { value count } languages { value count } targetGroups { value count } }
  }
}`;

describe(`directory search (${databaseLabel})`, () => {
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

  const names = (data: any) => data.organisations.edges.map((e: any) => e.node.name);

  it('shows visitors only public, active organisations, in name order', async () => {
    const data = await h.client().ok(SEARCH);
    expect(names(data)).toEqual(['Caritasverband Nordstadt', 'Jobcenter Lindenau', 'Sprachcafé Südstadt']);
    expect(data.organisations.totalCount).toBe(3);
  });

  it('shows members internal organisations too, and archived ones on request', async () => {
    const member = await h.client().login('member@test.example');
    expect(names(await member.ok(SEARCH))).toContain('Interne Steuerungsrunde Sozialamt');
    const all = await member.ok(SEARCH, { filter: { includeArchived: true } });
    expect(names(all)).toContain('Aufgelöste Willkommensinitiative');
  });

  it('matches German word forms and prefixes', async () => {
    // "Beratungsstelle" finds "Beratungsstellen", "Sprachkurs" finds "Sprachkurse".
    const singular = await h.client().ok(SEARCH, { filter: { search: 'Beratungsstelle Sprachkurs' } });
    expect(names(singular)).toEqual(['Caritasverband Nordstadt']);
    const prefix = await h.client().ok(SEARCH, { filter: { search: 'hausaufgab' } });
    expect(names(prefix)).toEqual(['Sprachcafé Südstadt']);
    const none = await h.client().ok(SEARCH, { filter: { search: 'Fahrradwerkstatt' } });
    expect(none.organisations.totalCount).toBe(0);
  });

  it('ignores query syntax in search text instead of failing', async () => {
    const res = await h.client().request(SEARCH, { filter: { search: "'):* & | ! <-> Caritas" } });
    expect(res.errors).toBeUndefined();
    expect(names(res.data)).toEqual(['Caritasverband Nordstadt']);
  });

  it('combines filters: any value within a list, all lists together', async () => {
    const c = h.client();
    const byField = await c.ok(SEARCH, { filter: { fieldOfActionIds: [fx.refs.language.id] } });
    expect(names(byField)).toEqual(['Caritasverband Nordstadt', 'Sprachcafé Südstadt']);
    const fieldAndDistrict = await c.ok(SEARCH, { filter: { fieldOfActionIds: [fx.refs.language.id], districtIds: [fx.refs.south.id] } });
    expect(names(fieldAndDistrict)).toEqual(['Sprachcafé Südstadt']);
    const kinds = await c.ok(SEARCH, { filter: { kinds: ['WELFARE_ASSOCIATION', 'MUNICIPAL_DEPARTMENT'] } });
    expect(names(kinds)).toEqual(['Caritasverband Nordstadt', 'Jobcenter Lindenau']);
    const sector = await c.ok(SEARCH, {
      filter: { sectors: ['CIVIL_SOCIETY'], languageIds: [fx.refs.german.id], targetGroupIds: [fx.refs.youth.id] },
    });
    expect(names(sector)).toEqual(['Sprachcafé Südstadt']);
    const arabic = await c.ok(SEARCH, { filter: { languageIds: [fx.refs.arabic.id] } });
    expect(names(arabic)).toEqual(['Caritasverband Nordstadt']);
  });

  it('filters by staleness', async () => {
    const stale = await h.client().ok(SEARCH, { filter: { staleness: 'STALE' } });
    expect(names(stale)).toEqual(['Jobcenter Lindenau']);
    expect(stale.organisations.edges[0].node.isStale).toBe(true);
    const fresh = await h.client().ok(SEARCH, { filter: { staleness: 'FRESH' } });
    expect(names(fresh)).toEqual(['Caritasverband Nordstadt', 'Sprachcafé Südstadt']);
  });

  it('counts facets for the current search, each ignoring its own filter', async () => {
    const data = await h.client().ok(FACETS, { filter: { fieldOfActionIds: [fx.refs.language.id], districtIds: [fx.refs.north.id] } });
    const f = data.organisations.facets;
    expect(data.organisations.totalCount).toBe(1);
    // Field-of-action counts ignore the field filter but keep the district filter: Caritas and Jobcenter are in the north.
    expect(f.fieldsOfAction).toEqual(
      expect.arrayContaining([
        { value: fx.refs.language.id, count: 1 },
        { value: fx.refs.work.id, count: 1 },
      ]),
    );
    // District counts keep the field filter: language organisations are Caritas (north) and the café (south).
    expect(f.districts).toEqual(
      expect.arrayContaining([
        { value: fx.refs.north.id, count: 1 },
        { value: fx.refs.south.id, count: 1 },
      ]),
    );
    expect(f.kinds).toEqual([{ value: 'WELFARE_ASSOCIATION', count: 1 }]);
    expect(f.languages).toEqual(
      expect.arrayContaining([
        { value: fx.refs.arabic.id, count: 1 },
        { value: fx.refs.german.id, count: 1 },
      ]),
    );
  });

  it('pages with cursors and keeps the total', async () => {
    const c = h.client();
    const first = await c.ok(SEARCH, { first: 2 });
    expect(names(first)).toEqual(['Caritasverband Nordstadt', 'Jobcenter Lindenau']);
    expect(first.organisations.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await c.ok(SEARCH, { first: 2, after: first.organisations.pageInfo.endCursor });
    expect(names(second)).toEqual(['Sprachcafé Südstadt']);
    expect(second.organisations.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(second.organisations.totalCount).toBe(3);
  });

  it('rejects bad page sizes, cursors and filter values with BAD_USER_INPUT', async () => {
    const c = h.client();
    const tooMany = await c.request(SEARCH, { first: 1000 });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.extensions?.field).toBe('args.first');
    expect(errorCode(await c.request(SEARCH, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    const badEnum = await c.request(SEARCH, { filter: { kinds: ['CASTLE'] } });
    expect(errorCode(badEnum)).toBe('BAD_USER_INPUT');
    expect(badEnum.status).toBe(400);
    const badId = await c.request(SEARCH, { filter: { districtIds: ['nope'] } });
    expect(errorCode(badId)).toBe('BAD_USER_INPUT');
    expect(badId.errors?.[0]?.extensions?.field).toBe('filter.districtIds.0');
  });
});
