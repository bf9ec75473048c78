import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/modules/audit/audit.entity.js';
import { Invitation, User } from '../../src/modules/user/user.entity.js';
import { Factory } from '../../src/seed/factories.js';
import { databaseLabel } from '../support/database.js';
import type { Fixture } from '../support/fixture.js';
import { errorCode } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';

const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email role status expiresAt organisations { name } } }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email role organisations { name } } }';

describe(`invitations (${databaseLabel})`, () => {
  let h: Harness;
  let fx: Fixture;
  beforeAll(async () => {
    h = await startHarness({ INVITATION_TTL_HOURS: '48', PUBLIC_URL: 'https://verbund.lindenau.example' });
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await h.reset();
  });

  const tokenFromMail = () => {
    const mail = h.outbox.at(-1);
    const match = /https:\/\/verbund\.lindenau\.example\/invitation\/([\w-]+)/.exec(mail?.text ?? '');
    if (!match?.[1]) throw new Error('no invitation link in the outbox');
    return match[1];
  };

  it('mails a single-use link that creates the account and logs it in', async () => {
    const admin = await h.client().login('admin@test.example');
    const invited = await admin.ok(INVITE, {
      input: { email: 'Neu@Caritas.example', role: 'EDITOR', organisationIds: [fx.orgs.caritas.id] },
    });
    expect(invited.inviteUser).toMatchObject({ email: 'neu@caritas.example', role: 'EDITOR', status: 'OPEN' });
    const hours = (Date.parse(invited.inviteUser.expiresAt) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(47);
    expect(hours).toBeLessThanOrEqual(48);
    expect(h.outbox.at(-1)?.to).toBe('neu@caritas.example');
    const token = tokenFromMail();
    // The token is stored only as a hash.
    const stored = await h.orm.em.fork().findOneOrFail(Invitation, { email: 'neu@caritas.example' });
    expect(stored.tokenHash).not.toContain(token);

    const newcomer = h.client();
    const preview = await newcomer.ok('query($t: String!) { invitationPreview(token: $t) { email } }', { t: token });
    expect(preview.invitationPreview.email).toBe('neu@caritas.example');
    const accepted = await newcomer.ok(ACCEPT, { input: { token, displayName: 'Neue Redakteurin', password: 'sicheres passwort 1' } });
    expect(accepted.acceptInvitation).toEqual({
      email: 'neu@caritas.example',
      role: 'EDITOR',
      organisations: [{ name: 'Caritasverband Nordstadt' }],
    });
    expect((await newcomer.ok('{ me { email } }')).me.email).toBe('neu@caritas.example');
    // The new editor may edit their organisation.
    const edit = await newcomer.request('mutation($id: UUID!) { confirmOrganisationProfile(id: $id) { id } }', { id: fx.orgs.caritas.id });
    expect(edit.errors).toBeUndefined();
    const audit = await h.orm.em.fork().find(AuditEntry, { entityType: 'User' });
    expect(audit.map((a) => a.action)).toContain('CREATE');
  });

  it('refuses a second use of the same link', async () => {
    const admin = await h.client().login('admin@test.example');
    await admin.ok(INVITE, { input: { email: 'once@test.example', role: 'MEMBER' } });
    const token = tokenFromMail();
    await h.client().ok(ACCEPT, { input: { token, displayName: 'Einmal', password: 'sicheres passwort 1' } });
    const again = await h.client().request(ACCEPT, { input: { token, displayName: 'Zweimal', password: 'anderes passwort 2' } });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.extensions?.reason).toBe('INVITATION_USED');
    expect(await h.orm.em.fork().count(User, { email: 'once@test.example' })).toBe(1);
  });

  it('accepts concurrent uses of one link only once', async () => {
    const admin = await h.client().login('admin@test.example');
    await admin.ok(INVITE, { input: { email: 'race@test.example', role: 'MEMBER' } });
    const token = tokenFromMail();
    const results = await Promise.all(
      [1, 2, 3].map((i) => h.client().request(ACCEPT, { input: { token, displayName: `Race ${i}`, password: 'sicheres passwort 1' } })),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(await h.orm.em.fork().count(User, { email: 'race@test.example' })).toBe(1);
  });

  it('refuses an expired link and creates no account', async () => {
    const em = h.orm.em.fork();
    new Factory(em).invitation({ email: 'late@test.example', token: 'expired-token-0123456789', expiresAt: new Date(Date.now() - 1000) });
    await em.flush();
    const res = await h
      .client()
      .request(ACCEPT, { input: { token: 'expired-token-0123456789', displayName: 'Zu spät', password: 'sicheres passwort 1' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVITATION_EXPIRED' });
    expect(await h.orm.em.fork().count(User, { email: 'late@test.example' })).toBe(0);
  });

  it('refuses unknown and revoked links', async () => {
    const unknown = await h
      .client()
      .request(ACCEPT, { input: { token: 'made-up-token-0123456789', displayName: 'X Y', password: 'sicheres passwort 1' } });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const admin = await h.client().login('admin@test.example');
    const { inviteUser } = await admin.ok(INVITE, { input: { email: 'revoked@test.example', role: 'MEMBER' } });
    const token = tokenFromMail();
    await admin.ok('mutation($id: UUID!) { revokeInvitation(id: $id) { status } }', { id: inviteUser.id });
    const res = await h.client().request(ACCEPT, { input: { token, displayName: 'X Y', password: 'sicheres passwort 1' } });
    expect(res.errors?.[0]?.extensions?.reason).toBe('INVITATION_INVALID');
  });

  it('validates the invitation and the new password', async () => {
    const admin = await h.client().login('admin@test.example');
    const badEmail = await admin.request(INVITE, { input: { email: 'not-an-email', role: 'MEMBER' } });
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    const editorWithoutOrg = await admin.request(INVITE, { input: { email: 'ed@test.example', role: 'EDITOR' } });
    expect(editorWithoutOrg.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationIds' });
    const existing = await admin.request(INVITE, { input: { email: 'member@test.example', role: 'MEMBER' } });
    expect(existing.errors?.[0]?.extensions).toMatchObject({ field: 'input.email', reason: 'ALREADY_REGISTERED' });
    await admin.ok(INVITE, { input: { email: 'short@test.example', role: 'MEMBER' } });
    const short = await h.client().request(ACCEPT, { input: { token: tokenFromMail(), displayName: 'Kurz', password: 'kurz' } });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
  });
});
