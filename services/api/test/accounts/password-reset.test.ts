import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tokenHash } from '../../src/auth/tokens.js';
import { AuditEntry } from '../../src/modules/audit/audit.entity.js';
import { PasswordReset, Session, User } from '../../src/modules/user/user.entity.js';
import { databaseLabel } from '../support/database.js';
import { PASSWORD } from '../support/fixture.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';

const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const ME = '{ me { email } }';
const NEW_PASSWORD = 'ein ganz neues Passwort';

describe(`password reset by mail (${databaseLabel})`, () => {
  let h: Harness;
  let address = 0;
  beforeAll(async () => {
    h = await startHarness({
      PUBLIC_URL: 'https://verbund.lindenau.example/',
      PASSWORD_RESET_TTL_MINUTES: '30',
      LOGIN_MAX_ATTEMPTS: '3',
      LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '8',
    });
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    await h.reset();
  });

  /** A client from an address of its own, so the per-address limits of one test do not reach into the next. */
  const client = (from = `198.51.100.${++address}`): GraphQLClient => {
    const c = h.client();
    c.headers['x-forwarded-for'] = from;
    return c;
  };
  const tokenFromMail = () => {
    const match = /https:\/\/verbund\.lindenau\.example\/reset-password\/([\w-]+)/.exec(h.outbox.at(-1)?.text ?? '');
    if (!match?.[1]) throw new Error('no reset link in the outbox');
    return match[1];
  };
  const requestReset = async (email: string) => {
    expect((await client().ok(REQUEST, { e: email })).requestPasswordReset).toBe(true);
  };
  const passwordHashOf = async (email: string) =>
    (await h.orm.em.fork().findOneOrFail(User, { email }, { populate: ['passwordHash'] })).passwordHash;
  const openSessions = async (email: string) => {
    const em = h.orm.em.fork();
    const user = await em.findOneOrFail(User, { email });
    return em.count(Session, { user, revokedAt: null });
  };

  it('mails a single-use link; the new password works, the old one does not, and every session ends', async () => {
    const laptop = await client().login('member@test.example');
    const phone = await client().login('member@test.example');
    await requestReset(' Member@Test.example ');
    const mail = h.outbox.at(-1);
    expect(mail?.to).toBe('member@test.example');
    expect(mail?.subject).toMatch(/Passwort.*password/i);
    expect(mail?.text).toMatch(/Guten Tag/);
    expect(mail?.text).toMatch(/If you did not ask for this/);
    const token = tokenFromMail();

    // Only the token's hash is stored, and it expires after PASSWORD_RESET_TTL_MINUTES.
    const stored = await h.orm.em.fork().findOneOrFail(PasswordReset, { tokenHash: tokenHash(token) });
    expect(stored.tokenHash).not.toContain(token);
    const minutes = (stored.expiresAt.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);

    expect((await client().ok(RESET, { t: token, p: NEW_PASSWORD })).resetPassword).toBe(true);
    expect((await laptop.ok(ME)).me).toBeNull();
    expect((await phone.ok(ME)).me).toBeNull();
    expect(await openSessions('member@test.example')).toBe(0);
    expect(errorCode(await client().request(LOGIN, { e: 'member@test.example', p: PASSWORD }))).toBe('UNAUTHENTICATED');
    expect((await client().request(LOGIN, { e: 'member@test.example', p: NEW_PASSWORD })).errors).toBeUndefined();
    const audit = await h.orm.em.fork().find(AuditEntry, { entityType: 'User', action: 'RESET_PASSWORD' });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorName).toBe('system');
  });

  it('answers unknown and disabled accounts alike, and mails and stores nothing for them', async () => {
    const em = h.orm.em.fork();
    const disabled = await em.findOneOrFail(User, { email: 'editor.cafe@test.example' });
    disabled.disabledAt = new Date();
    await em.flush();
    const answers = [];
    for (const email of ['member@test.example', 'nobody@test.example', 'editor.cafe@test.example']) {
      const res = await client().request(REQUEST, { e: email });
      answers.push({ status: res.status, data: res.data, errors: res.errors, setCookie: res.setCookie });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(h.outbox.map((m) => m.to)).toEqual(['member@test.example']);
    const resets = await h.orm.em.fork().find(PasswordReset, {}, { populate: ['user'] });
    expect(resets.map((r) => r.user.email)).toEqual(['member@test.example']);
  });

  it('refuses a link a second time, and of concurrent uses lets only one succeed', async () => {
    await requestReset('member@test.example');
    const token = tokenFromMail();
    const results = await Promise.all(
      ['erstes neues Passwort', 'zweites neues Passwort', 'drittes neues Passwort'].map((p) => client().request(RESET, { t: token, p })),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => r.errors)) {
      expect(loser.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESET_USED' });
    }
    const logins = await Promise.all(
      ['erstes neues Passwort', 'zweites neues Passwort', 'drittes neues Passwort'].map((p) =>
        client().request(LOGIN, { e: 'member@test.example', p }),
      ),
    );
    expect(logins.filter((r) => !r.errors)).toHaveLength(1);

    const hash = await passwordHashOf('member@test.example');
    const again = await client().request(RESET, { t: token, p: 'noch ein Passwort' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESET_USED' });
    expect(await passwordHashOf('member@test.example')).toBe(hash);
  });

  it('refuses unknown, superseded and expired links and changes nothing', async () => {
    const member = await client().login('member@test.example');
    const hash = await passwordHashOf('member@test.example');
    const auditBefore = await h.orm.em.fork().count(AuditEntry);

    const unknown = await client().request(RESET, { t: 'made-up-token-0123456789', p: NEW_PASSWORD });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'RESET_INVALID' });
    const overlong = await client().request(RESET, { t: 'x'.repeat(5000), p: NEW_PASSWORD });
    expect(overlong.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'RESET_INVALID' });

    await requestReset('member@test.example');
    const first = tokenFromMail();
    await requestReset('member@test.example');
    const second = tokenFromMail();
    expect(second).not.toBe(first);
    const superseded = await client().request(RESET, { t: first, p: NEW_PASSWORD });
    expect(superseded.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'RESET_INVALID' });

    const em = h.orm.em.fork();
    const latest = await em.findOneOrFail(PasswordReset, { tokenHash: tokenHash(second) });
    latest.expiresAt = new Date(Date.now() - 1000);
    await em.flush();
    const expired = await client().request(RESET, { t: second, p: NEW_PASSWORD });
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESET_EXPIRED', field: 'token' });

    expect(await passwordHashOf('member@test.example')).toBe(hash);
    expect((await member.ok(ME)).me).toEqual({ email: 'member@test.example' });
    expect(await h.orm.em.fork().count(AuditEntry)).toBe(auditBefore);
    expect(await h.orm.em.fork().count(PasswordReset, { usedAt: { $ne: null } })).toBe(0);
  });

  it('applies the password rules of invitations and keeps the link usable after a refused password', async () => {
    await requestReset('member@test.example');
    const token = tokenFromMail();
    const hash = await passwordHashOf('member@test.example');
    const short = await client().request(RESET, { t: token, p: 'kurz' });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(await passwordHashOf('member@test.example')).toBe(hash);
    expect((await client().ok(RESET, { t: token, p: NEW_PASSWORD })).resetPassword).toBe(true);
  });

  it('validates the email address', async () => {
    const res = await client().request(REQUEST, { e: 'kein-email' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(h.outbox).toHaveLength(0);
  });

  it('throttles requests per email (known or not) and per client address', async () => {
    for (const email of ['member@test.example', 'ghost@test.example']) {
      for (let i = 0; i < 3; i++) await requestReset(email);
      const blocked = await client().request(REQUEST, { e: email });
      expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RESET_THROTTLED' });
      expect(blocked.errors?.[0]?.extensions?.details?.retryAfterSeconds).toBeGreaterThan(0);
    }
    expect(h.outbox).toHaveLength(3);

    const from = '203.0.113.99';
    for (let i = 0; i < 8; i++) expect((await client(from).ok(REQUEST, { e: `someone${i}@test.example` })).requestPasswordReset).toBe(true);
    const blocked = await client(from).request(REQUEST, { e: 'admin@test.example' });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RESET_THROTTLED' });
    // Refused: no mail, no link for the admin.
    expect(h.outbox.filter((m) => m.to === 'admin@test.example')).toHaveLength(0);
    expect((await client().ok(REQUEST, { e: 'admin@test.example' })).requestPasswordReset).toBe(true);
    expect(h.outbox.at(-1)?.to).toBe('admin@test.example');
  });
});

describe(`changing the password (${databaseLabel})`, () => {
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

  it('changes the password, keeps this session and ends the others', async () => {
    const here = await h.client().login('editor.caritas@test.example');
    const elsewhere = await h.client().login('editor.caritas@test.example');
    expect((await here.ok(CHANGE, { c: PASSWORD, n: NEW_PASSWORD })).changePassword).toBe(true);
    expect((await here.ok(ME)).me).toEqual({ email: 'editor.caritas@test.example' });
    expect((await elsewhere.ok(ME)).me).toBeNull();
    expect(errorCode(await h.client().request(LOGIN, { e: 'editor.caritas@test.example', p: PASSWORD }))).toBe('UNAUTHENTICATED');
    expect((await h.client().request(LOGIN, { e: 'editor.caritas@test.example', p: NEW_PASSWORD })).errors).toBeUndefined();
  });

  it('refuses a wrong current password, a short new one and visitors, changing nothing', async () => {
    const member = await h.client().login('member@test.example');
    const before = (await h.orm.em.fork().findOneOrFail(User, { email: 'member@test.example' }, { populate: ['passwordHash'] }))
      .passwordHash;
    const wrong = await member.request(CHANGE, { c: 'not my password', n: NEW_PASSWORD });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
      reason: 'INVALID_CREDENTIALS',
    });
    const short = await member.request(CHANGE, { c: PASSWORD, n: 'kurz' });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(errorCode(await h.client().request(CHANGE, { c: PASSWORD, n: NEW_PASSWORD }))).toBe('UNAUTHENTICATED');
    const after = (await h.orm.em.fork().findOneOrFail(User, { email: 'member@test.example' }, { populate: ['passwordHash'] }))
      .passwordHash;
    expect(after).toBe(before);
    expect((await member.ok(ME)).me).toEqual({ email: 'member@test.example' });
  });
});
