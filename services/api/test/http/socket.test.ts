import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/database.js';
import type { Fixture } from '../support/fixture.js';
import { type Harness, startHarness } from '../support/harness.js';
import { type SocketConnection as Connection, runOverSocket, SocketClosedError, SocketConnection } from '../support/ws-client.js';

const ORIGIN = 'http://verbund.test';
const CHANGED = 'subscription($id: UUID!) { organisationChanged(id: $id) { id name description } }';
const UPDATE =
  'mutation($id: UUID!, $v: Int!, $d: String) { updateOrganisation(id: $id, version: $v, input: { description: $d }) { version } }';
const MAX_SOCKETS = 3;
const MAX_SUBSCRIPTIONS = 2;

/** Resolves with the first `next` of a subscription that is running, or fails after a while. */
function firstEvent(connection: Connection, id: string, timeoutMs = 5000) {
  return connection.run({ query: CHANGED, variables: { id } }, timeoutMs, 1);
}

/** What the server answers a raw WebSocket upgrade from an origin: 101 when it upgrades, else the status and reason. */
function upgradeStatus(url: string, origin: string): Promise<{ status: number; reason?: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${url}/graphql`, {
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        origin,
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        'sec-websocket-protocol': 'graphql-transport-ws',
      },
    });
    request.on('upgrade', (_res, socket) => {
      socket.destroy();
      resolve({ status: 101 });
    });
    request.on('response', (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, reason: JSON.parse(body).errors?.[0]?.extensions?.reason }));
    });
    request.on('error', reject);
    request.end();
  });
}

/** Waits until the server has the subscription registered (it answers nothing until an event). */
const settle = () => new Promise((r) => setTimeout(r, 150));

describe(`GraphQL over WebSocket (${databaseLabel})`, () => {
  let h: Harness;
  let fx: Fixture;
  const open: Connection[] = [];
  const connect = async (options: { cookie?: string; origin?: string } = {}) => {
    const c = await SocketConnection.open({ url: h.url, origin: ORIGIN, ...options });
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    h = await startHarness({
      ALLOWED_ORIGINS: ORIGIN,
      WS_MAX_SOCKETS_PER_SESSION: String(MAX_SOCKETS),
      WS_MAX_SUBSCRIPTIONS_PER_SOCKET: String(MAX_SUBSCRIPTIONS),
    });
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.dispose()));
    fx = await h.reset();
  });

  const admin = () => h.client().login('admin@test.example');
  const updateCaritas = async (description: string) => {
    const a = await admin();
    const { organisation } = await a.ok('query($id: UUID!) { organisation(id: $id) { version } }', { id: fx.orgs.caritas.id });
    await a.ok(UPDATE, { id: fx.orgs.caritas.id, v: organisation.version, d: description });
  };

  it('sends a visitor the changes of a public organisation as they are saved over HTTP', async () => {
    const visitor = await connect();
    const events = firstEvent(visitor, fx.orgs.caritas.id);
    await settle();
    await updateCaritas('Neue Öffnungszeiten ab Januar.');
    const outcome = await events;
    expect(outcome.results[0]?.errors).toBeUndefined();
    expect(outcome.results[0]?.data).toEqual({
      organisationChanged: { id: fx.orgs.caritas.id, name: 'Caritasverband Nordstadt', description: 'Neue Öffnungszeiten ab Januar.' },
    });
  });

  it('treats an organisation hidden from the subscriber as not there, at subscribe time and when it becomes hidden', async () => {
    const visitor = await connect();
    const hidden = await visitor.run({ query: CHANGED, variables: { id: fx.orgs.internal.id } }, 2000);
    expect(hidden.results[0]?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.results[0]?.data ?? null).toBeNull();
    // Members may follow the internal organisation.
    const member = await connect({ cookie: (await h.client().login('member@test.example')).cookie });
    expect((await member.run({ query: CHANGED, variables: { id: fx.orgs.internal.id } }, 300)).timedOut).toBe(true);

    // Archived, the organisation is hidden from visitors: its change does not reach them at all.
    const events = firstEvent(visitor, fx.orgs.caritas.id, 1500);
    await settle();
    const a = await admin();
    await a.ok('mutation($id: UUID!) { archiveOrganisation(id: $id, version: 1) { id } }', { id: fx.orgs.caritas.id });
    const outcome = await events;
    expect(outcome.results).toEqual([]);
    expect(outcome.timedOut).toBe(true);
    expect(JSON.stringify(outcome)).not.toContain('Caritasverband');
  });

  it('refuses the upgrade from a foreign origin, even with a valid session cookie', async () => {
    const cookie = (await admin()).cookie;
    const foreign = await runOverSocket(
      { url: h.url, origin: 'https://evil.example', cookie },
      { query: CHANGED, variables: { id: fx.orgs.caritas.id } },
    );
    expect(foreign.results).toEqual([]);
    expect(foreign.completed).toBe(false);
    expect(foreign.failure ?? foreign.close).toBeTruthy();
    expect(await upgradeStatus(h.url, 'https://evil.example')).toEqual({ status: 403, reason: 'FOREIGN_ORIGIN' });
    expect(await upgradeStatus(h.url, ORIGIN)).toEqual({ status: 101 });
    // The same request from the allowed origin connects.
    const allowed = await connect({ cookie });
    expect(allowed.closed).toBeUndefined();
  });

  it('closes with 4403 when the session cookie is forged, expired or revoked', async () => {
    await expect(
      SocketConnection.open({ url: h.url, origin: ORIGIN, cookie: 'verbund_session=forged-token-that-was-never-issued' }),
    ).rejects.toMatchObject({
      close: { code: 4403 },
    });
    const member = await h.client().login('member@test.example');
    const cookie = member.cookie;
    await member.ok('mutation { logout }');
    const revoked = await SocketConnection.open({ url: h.url, origin: ORIGIN, cookie }).catch((e: unknown) => e);
    expect(revoked).toBeInstanceOf(SocketClosedError);
    expect((revoked as SocketClosedError).close.code).toBe(4403);
  });

  it('runs only subscriptions: queries and mutations are refused with a typed error and change nothing', async () => {
    const a = await admin();
    const socket = await connect({ cookie: a.cookie });
    const query = await socket.run({ query: '{ me { email } }' });
    expect(query.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTIONS_ONLY' });
    const before = (await a.ok('{ organisations(filter: { search: "Websocket" }) { totalCount } }')).organisations.totalCount;
    const mutation = await socket.run({
      query: 'mutation { createOrganisation(input: { name: "Websocket-Verein", kind: ASSOCIATION, sector: CIVIL_SOCIETY }) { id } }',
    });
    expect(mutation.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTIONS_ONLY' });
    expect((await a.ok('{ organisations(filter: { search: "Websocket" }) { totalCount } }')).organisations.totalCount).toBe(before);
  });

  it('applies the validation rules, limits and error formatting of HTTP', async () => {
    const socket = await connect();
    const malformed = await socket.run({ query: CHANGED, variables: { id: '1' } }, 2000);
    const malformedError = malformed.errors?.[0] ?? malformed.results[0]?.errors?.[0];
    expect(malformedError?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownField = await socket.run({ query: `subscription { organisationChanged(id: "${fx.orgs.caritas.id}") { secret } }` });
    expect(unknownField.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const aliased = (n: number) =>
      `subscription { ${Array.from({ length: n }, (_, i) => `a${i}: organisationChanged(id: "${fx.orgs.caritas.id}") { id }`).join(' ')} }`;
    // 500 aliases are too many tokens already; 40 stay under the token limit and meet the alias limit.
    const manyAliases = await socket.run({ query: aliased(500) });
    expect(manyAliases.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_LIMIT' });
    const someAliases = await socket.run({ query: aliased(40) });
    expect(someAliases.errors?.map((e) => e.extensions?.reason)).toContain('ALIAS_LIMIT');
    const deep = `subscription { organisationChanged(id: "${fx.orgs.caritas.id}") { ${'affiliations { person { affiliations { organisation { '.repeat(5)}id${' } } } }'.repeat(5)} } }`;
    const tooDeep = await socket.run({ query: deep });
    expect(tooDeep.errors?.map((e) => e.extensions?.reason)).toContain('DEPTH_LIMIT');
    const nul = await socket.run({ query: CHANGED, variables: { id: `${fx.orgs.caritas.id}\u0000` } }, 2000);
    expect((nul.errors?.[0] ?? nul.results[0]?.errors?.[0])?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const outcome of [malformed, unknownField, manyAliases, someAliases, tooDeep, nul]) {
      expect(JSON.stringify(outcome)).not.toMatch(/stack|at .*\.(js|ts):\d+|INTERNAL_SERVER_ERROR/);
    }
  });

  it('caps sockets per session and subscriptions per socket; the others keep working', async () => {
    const cookie = (await h.client().login('member@test.example')).cookie;
    const sockets = [];
    for (let i = 0; i < MAX_SOCKETS; i++) sockets.push(await connect({ cookie }));
    const extra = await SocketConnection.open({ url: h.url, origin: ORIGIN, cookie }).catch((e: unknown) => e);
    expect(extra).toBeInstanceOf(SocketClosedError);
    expect((extra as SocketClosedError).close.code).toBe(4429);

    const [first] = sockets as [Connection];
    const caritasEvents = firstEvent(first, fx.orgs.caritas.id);
    const cafeEvents = firstEvent(first, fx.orgs.cafe.id, 1500);
    await settle();
    const refused = await first.run({ query: CHANGED, variables: { id: fx.orgs.jobcenter.id } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_SUBSCRIPTIONS' });
    await updateCaritas('Trotz Obergrenze zugestellt.');
    const delivered = await caritasEvents;
    expect(delivered.results[0]?.data).toMatchObject({ organisationChanged: { description: 'Trotz Obergrenze zugestellt.' } });
    // The café did not change: its subscription ran on without an event.
    expect((await cafeEvents).timedOut).toBe(true);
    // A visitor's sockets are counted per address, apart from the member's.
    expect((await connect()).closed).toBeUndefined();
  });

  it('closes a session’s sockets on logout, on revocation and when the account’s role changes', async () => {
    const member = await h.client().login('member@test.example');
    const onLogout = await connect({ cookie: member.cookie });
    const pending = onLogout.run({ query: CHANGED, variables: { id: fx.orgs.caritas.id } }, 5000);
    await settle();
    await member.ok('mutation { logout }');
    expect((await pending).close?.code).toBe(4403);

    const a = await admin();
    const again = await h.client().login('member@test.example');
    const onRevoke = await connect({ cookie: again.cookie });
    const revoked = onRevoke.run({ query: CHANGED, variables: { id: fx.orgs.caritas.id } }, 5000);
    await settle();
    await a.ok('mutation($id: UUID!) { revokeUserSessions(userId: $id) }', { id: fx.users.member.id });
    expect((await revoked).close?.code).toBe(4403);

    const third = await h.client().login('member@test.example');
    const onRoleChange = await connect({ cookie: third.cookie });
    const changed = onRoleChange.run({ query: CHANGED, variables: { id: fx.orgs.caritas.id } }, 5000);
    await settle();
    await a.ok('mutation($id: UUID!) { updateUser(id: $id, version: 1, input: { role: ADMIN }) { role } }', { id: fx.users.member.id });
    expect((await changed).close?.code).toBe(4403);
    // The session itself still works over HTTP, with the new role.
    expect((await third.ok('{ me { role } }')).me.role).toBe('ADMIN');
  });
});
