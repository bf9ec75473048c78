import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { statementCounter } from '../../src/db/orm.js';
import { databaseLabel } from '../support/database.js';
import type { Fixture } from '../support/fixture.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';

/**
 * An organisation's affiliations asked for as they come ride along in the
 * organisation's own statement (a JSON column); asked for with arguments,
 * they are read by their own batched statement. Both must give the same
 * answer under the same read rules.
 */
describe(`lists embedded in their parent's statement (${databaseLabel})`, () => {
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

  const fields = 'id role validFrom validTo createdAt person { id givenName familyName function contactChannels { value } createdAt }';
  const embeddedQuery = `query($id: UUID!) { organisation(id: $id) { id name affiliations { ${fields} } } }`;
  const batchedQuery = `query($id: UUID!) { organisation(id: $id) { id name affiliations(first: 100, includePast: false) { ${fields} } } }`;

  async function counted(client: GraphQLClient, query: string, id: string) {
    const before = statementCounter.count;
    const res = await client.request(query, { id });
    return { res, statements: statementCounter.count - before };
  }

  for (const role of ['visitor', 'member'] as const) {
    it(`gives a ${role} the same affiliations in one statement as the batched read gives in two`, async () => {
      const client = h.client();
      if (role === 'member') await client.login('member@test.example');
      const ids = [fx.orgs.caritas.id, fx.orgs.cafe.id, fx.orgs.jobcenter.id];
      if (role === 'member') ids.push(fx.orgs.internal.id);
      for (const id of ids) {
        const embedded = await counted(client, embeddedQuery, id);
        const batched = await counted(client, batchedQuery, id);
        expect(embedded.res.errors).toBeUndefined();
        expect(embedded.res.data).toEqual(batched.res.data);
        // A logged-in request looks its session up first.
        const session = role === 'member' ? 1 : 0;
        expect(embedded.statements).toBe(session + 1);
        expect(batched.statements).toBe(session + 2);
      }
    });
  }

  it('shows current affiliations only, in name order, with contact data only where consented for visitors', async () => {
    const { organisation } = await h.client().ok(embeddedQuery, { id: fx.orgs.caritas.id });
    expect(organisation.affiliations.map((a: any) => a.person.familyName)).toEqual(['Becker', 'Haddad']);
    const [becker, haddad] = organisation.affiliations;
    expect(becker.person.contactChannels).toBeNull();
    expect(haddad.person.contactChannels).not.toBeNull();
    expect(Number.isNaN(Date.parse(haddad.createdAt))).toBe(false);
    expect(haddad.validFrom).toBe('2019-01-01');

    const past = await h.client().ok(embeddedQuery, { id: fx.orgs.jobcenter.id });
    expect(past.organisation.affiliations).toEqual([]);
  });

  it('keeps an internal organisation and its people hidden from visitors', async () => {
    const res = await h.client().request(embeddedQuery, { id: fx.orgs.internal.id });
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(JSON.stringify(res)).not.toContain('Schulz');
  });
});
