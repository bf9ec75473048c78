import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../src/modules/user/user.entity.js';
import { databaseLabel } from '../support/database.js';
import { errorCode, GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id email role } }';
const ME = '{ me { email role } }';

describe(`login and sessions (${databaseLabel})`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ LOGIN_MAX_ATTEMPTS: '3', LOGIN_WINDOW_SECONDS: '600' });
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    await h.reset();
  });

  it('logs in with a HttpOnly, SameSite session cookie and knows the user', async () => {
    const c = h.client();
    const res = await c.request(LOGIN, { e: 'Member@Test.example ', p: 'correct horse battery' });
    expect(res.errors).toBeUndefined();
    expect(res.setCookie).toMatch(/^verbund_session=[\w-]{40,};/);
    expect(res.setCookie).toMatch(/HttpOnly/i);
    expect(res.setCookie).toMatch(/SameSite=Lax/i);
    expect(res.setCookie).not.toMatch(/Secure/i); // only in production
    expect((await c.ok(ME)).me).toEqual({ email: 'member@test.example', role: 'MEMBER' });
  });

  it('stores only a hash of the session token', async () => {
    const c = await h.client().login('member@test.example');
    const token = (c.cookie ?? '').split('=')[1] ?? '';
    const sessions = await h.orm.em.fork().find(Session, {});
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.id).not.toBe(token);
    expect(sessions[0]?.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives unknown accounts and wrong passwords the same answer', async () => {
    const wrong = await h.client().request(LOGIN, { e: 'member@test.example', p: 'wrong password' });
    const unknown = await h.client().request(LOGIN, { e: 'nobody@test.example', p: 'wrong password' });
    expect(wrong.errors).toEqual(unknown.errors);
    expect(wrong.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(wrong.setCookie).toBeNull();
  });

  it('throttles repeated failures per account, for known and unknown accounts alike', async () => {
    for (const email of ['editor.cafe@test.example', 'ghost@test.example']) {
      for (let i = 0; i < 3; i++) {
        expect(errorCode(await h.client().request(LOGIN, { e: email, p: 'nope' }))).toBe('UNAUTHENTICATED');
      }
      const blocked = await h.client().request(LOGIN, { e: email, p: 'correct horse battery' });
      expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
      expect(blocked.errors?.[0]?.extensions?.details?.retryAfterSeconds).toBeGreaterThan(0);
    }
    // Other accounts are not affected.
    expect((await h.client().request(LOGIN, { e: 'member@test.example', p: 'correct horse battery' })).errors).toBeUndefined();
  });

  it('issues a new session id on every login and revokes the old one', async () => {
    const c = await h.client().login('member@test.example');
    const first = c.cookie;
    await c.login('member@test.example');
    expect(c.cookie).not.toBe(first);
    const old = new GraphQLClient(h.url);
    old.cookie = first;
    expect((await old.ok(ME)).me).toBeNull();
    expect((await c.ok(ME)).me).not.toBeNull();
  });

  it('logs out on the server: the old cookie no longer works', async () => {
    const c = await h.client().login('member@test.example');
    const cookie = c.cookie;
    const res = await c.request('mutation { logout }');
    expect(res.setCookie).toMatch(/verbund_session=;/);
    const replay = new GraphQLClient(h.url);
    replay.cookie = cookie;
    expect((await replay.ok(ME)).me).toBeNull();
  });

  it('lets an admin revoke all sessions of a user, and disabling a user ends them too', async () => {
    const member = await h.client().login('member@test.example');
    const admin = await h.client().login('admin@test.example');
    const users = (await admin.ok('{ users { id email version } }')).users;
    const target = users.find((u: any) => u.email === 'member@test.example');
    expect((await admin.ok('mutation($id: UUID!) { revokeUserSessions(userId: $id) }', { id: target.id })).revokeUserSessions).toBe(1);
    expect((await member.ok(ME)).me).toBeNull();
    await member.login('member@test.example');
    await admin.ok('mutation($id: UUID!, $v: Int!) { updateUser(id: $id, version: $v, input: { disabled: true }) { disabledAt } }', {
      id: target.id,
      v: target.version,
    });
    expect((await member.ok(ME)).me).toBeNull();
    expect(errorCode(await h.client().request(LOGIN, { e: 'member@test.example', p: 'correct horse battery' }))).toBe('UNAUTHENTICATED');
  });

  it('does not let an admin lock themselves out', async () => {
    const admin = await h.client().login('admin@test.example');
    const me = (await admin.ok('{ users { id email version } }')).users.find((u: any) => u.email === 'admin@test.example');
    const res = await admin.request('mutation($id: UUID!, $v: Int!) { updateUser(id: $id, version: $v, input: { role: MEMBER }) { id } }', {
      id: me.id,
      v: me.version,
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SELF_LOCKOUT' });
  });
});
