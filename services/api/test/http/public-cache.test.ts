import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/database.js';
import type { Fixture } from '../support/fixture.js';
import { type Harness, startHarness } from '../support/harness.js';

describe(`public answer cache (${databaseLabel})`, () => {
  let h: Harness;
  let fx: Fixture;
  beforeAll(async () => {
    h = await startHarness({ PUBLIC_CACHE_SECONDS: '60' });
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await h.reset();
  });

  const query = JSON.stringify({ query: 'query($id: UUID!) { organisation(id: $id) { description } }', variables: {} });
  const read = async (id: string, cookie?: string) => {
    const res = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: query.replace('{}', JSON.stringify({ id })),
    });
    const body = (await res.json()) as any;
    return { cache: res.headers.get('x-cache'), description: body.data.organisation.description };
  };

  it('serves repeated visitor reads from memory and forgets them after any change', async () => {
    const id = fx.orgs.caritas.id;
    expect((await read(id)).cache).toBeNull();
    expect((await read(id)).cache).toBe('hit');
    const editor = await h.client().login('editor.caritas@test.example');
    await editor.ok('mutation($id: UUID!) { updateOrganisation(id: $id, version: 1, input: { description: "Neu" }) { id } }', { id });
    const after = await read(id);
    expect(after).toEqual({ cache: null, description: 'Neu' });
  });

  it('never serves logged-in users from the cache', async () => {
    const id = fx.orgs.caritas.id;
    await read(id);
    const member = await h.client().login('member@test.example');
    expect((await read(id, member.cookie)).cache).toBeNull();
    expect((await read(id, member.cookie)).cache).toBeNull();
  });
});
