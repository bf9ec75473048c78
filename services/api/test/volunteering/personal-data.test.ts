import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/modules/audit/audit.entity.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { User, UserRole } from '../../src/modules/user/user.entity.js';
import { Factory } from '../../src/seed/factories.js';
import { databaseLabel } from '../support/database.js';
import { changedTables, databaseFingerprint } from '../support/fingerprint.js';
import { PASSWORD } from '../support/fixture.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { clients, REGISTER, registration, seedVolunteering, type VolunteeringFixture } from './volunteering-fixture.js';

const SEARCH = `query($s: String!) { personalDataSearch(search: $s) {
  people { erasedAt person { id givenName familyName } accounts { id email disabledAt } }
  volunteers { id name email erasedAt }
} }`;
const ERASE_PERSON = 'mutation($id: UUID!) { erasePerson(id: $id) { pseudonym accountsDisabled sessionsEnded } }';
const ERASE_VOLUNTEER = 'mutation($id: UUID!) { eraseVolunteer(id: $id) { pseudonym accountsDisabled sessionsEnded } }';
const PERSON = `query($id: UUID!) { person(id: $id) {
  givenName familyName function contactChannels { value } consentToPublishContact archivedAt affiliations(includePast: true) { organisation { name } }
} }`;
const ANSWER =
  'mutation($id: UUID!, $v: Int!, $m: String!) { answerVolunteerInterest(id: $id, version: $v, input: { message: $m }) { id } }';
const AMIRA_EMAIL = 'amira.haddad@caritas.example';

/**
 * Export and erasure of personal data: what the file holds, who may ask, and
 * that after erasure nothing names the person any more (search by e-mail, the
 * old session, the history) while the history itself stays.
 */
describe(`personal data: export and erasure (${databaseLabel})`, () => {
  let h: Harness;
  let fx: VolunteeringFixture;
  let as: ReturnType<typeof clients>;
  /** Amira Haddad (a contact person of the Caritas) with an editor account she is logged in with. */
  let amira: GraphQLClient;
  let amiraId: string;
  let amiraContactEmail: string;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await seedVolunteering(h);
    as = clients(h, fx);
    const em = h.orm.em.fork();
    const person = await em.findOneOrFail(Person, { id: fx.people.consenting.id });
    amiraId = person.id;
    amiraContactEmail = person.contactChannels[0]?.value ?? '';
    const f = new Factory(em, 41);
    await f.user({
      email: AMIRA_EMAIL,
      displayName: 'Amira Haddad (Caritas)',
      role: UserRole.EDITOR,
      password: PASSWORD,
      organisations: [em.getReference(Organisation, fx.orgs.caritas.id)],
      person,
    });
    await em.flush();
    // History with her name in it: an edit of her record, and an answer she wrote.
    await (await as.editorCaritas()).ok(
      'mutation($id: UUID!) { updatePerson(id: $id, version: 1, input: { function: "Leitung Migrationsberatung Nord" }) { id } }',
      {
        id: amiraId,
      },
    );
    amira = await h.client().login(AMIRA_EMAIL);
    await amira.ok(ANSWER, { id: fx.interests.monaCaritas.id, v: 1, m: 'Liebe Frau Saleh, wir melden uns.' });
  });

  const download = (client: GraphQLClient, path: string, headers: Record<string, string> = {}) =>
    fetch(`${h.url}/api/personal-data/${path}`, { headers: { ...(client.cookie ? { cookie: client.cookie } : {}), ...headers } });
  const auditCount = (where: Record<string, unknown>) => h.orm.em.fork().count(AuditEntry, where);

  describe('export', () => {
    it('hands the coordination office a file with everything held about a person, and records it', async () => {
      const res = await download(await as.admin(), `people/${amiraId}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="personal-data-person-.+\.json"$/);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const text = await res.text();
      const file = JSON.parse(text);
      expect(file).toMatchObject({
        format: 'verbund-personal-data/1',
        exportedBy: 'Admin',
        subject: { kind: 'person', id: amiraId },
        person: { givenName: 'Amira', familyName: 'Haddad', function: 'Leitung Migrationsberatung Nord', consentToPublishContact: true },
        affiliations: [{ organisation: 'Caritasverband Nordstadt', role: 'Leitung' }],
        accounts: [
          { email: AMIRA_EMAIL, displayName: 'Amira Haddad (Caritas)', role: 'EDITOR', editsOrganisations: ['Caritasverband Nordstadt'] },
        ],
      });
      expect(file.accounts[0].sessions.length).toBeGreaterThanOrEqual(1);
      expect(file.history.map((e: { action: string }) => e.action)).toContain('UPDATE');
      expect(file.changesMade).toEqual([expect.objectContaining({ entityType: 'VolunteerInterest', action: 'ANSWER' })]);
      // Never a secret, not even to the subject's own file.
      expect(text).not.toMatch(/argon2|password_hash|token_hash/i);
      expect(await auditCount({ entityType: 'Person', entityId: amiraId, action: 'EXPORT' })).toBe(1);
    });

    it('hands out a volunteer’s data with every interest and message', async () => {
      const res = await download(await as.admin(), `volunteers/${fx.volunteers.sara.id}`);
      expect(res.status).toBe(200);
      const file = await res.json();
      expect(file.volunteer).toMatchObject({ name: 'Sara Yilmaz', email: 'sara.yilmaz@mail.example', languages: ['Deutsch'] });
      expect(file.interests.map((i: { organisation: string }) => i.organisation).sort()).toEqual([
        'Caritasverband Nordstadt',
        'Sprachcafé Südstadt',
      ]);
      expect(JSON.stringify(file.interests)).toContain('Sara an das Sprachcafé');
      expect(await auditCount({ entityType: 'Volunteer', entityId: fx.volunteers.sara.id, action: 'EXPORT' })).toBe(1);
    });

    it('refuses everyone but the coordination office, unknown ids and other sites, recording nothing', async () => {
      const before = await auditCount({ action: 'EXPORT' });
      const cases: [GraphQLClient, string, Record<string, string>, number][] = [
        [await as.visitor(), `people/${amiraId}`, {}, 401],
        [await as.editorCaritas(), `people/${amiraId}`, {}, 403],
        [await as.editorCaritas(), `volunteers/${fx.volunteers.mona.id}`, {}, 403],
        [amira, `people/${amiraId}`, {}, 403],
        [await as.admin(), 'people/00000000-0000-4000-8000-000000000000', {}, 404],
        [await as.admin(), `volunteers/${amiraId}`, {}, 404],
        [await as.admin(), 'people/kein-schluessel', {}, 404],
        [await as.admin(), `aliens/${amiraId}`, {}, 404],
        [await as.admin(), `people/${amiraId}`, { 'sec-fetch-site': 'cross-site' }, 403],
        [await as.admin(), `people/${amiraId}`, { origin: 'https://evil.example' }, 403],
      ];
      for (const [client, path, headers, status] of cases) {
        const res = await download(client, path, headers);
        expect(res.status, `${path} ${JSON.stringify(headers)}`).toBe(status);
        expect(await res.text()).not.toContain('Haddad');
      }
      expect(await auditCount({ action: 'EXPORT' })).toBe(before);
    });
  });

  describe('finding data subjects', () => {
    it('finds people by e-mail address of their accounts or contact data, and volunteers, for admins only', async () => {
      const admin = await as.admin();
      for (const search of [AMIRA_EMAIL, amiraContactEmail, 'haddad']) {
        const { personalDataSearch } = await admin.ok(SEARCH, { s: search });
        expect(
          personalDataSearch.people.map((p: { person: { id: string } }) => p.person.id),
          search,
        ).toEqual([amiraId]);
      }
      const { personalDataSearch } = await admin.ok(SEARCH, { s: 'sara.yilmaz@' });
      expect(personalDataSearch.volunteers.map((v: { name: string }) => v.name)).toEqual(['Sara Yilmaz']);
      expect(errorCode(await (await as.editorCaritas()).request(SEARCH, { s: 'haddad' }))).toBe('FORBIDDEN');
      expect(errorCode(await (await as.visitor()).request(SEARCH, { s: 'haddad' }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await admin.request(SEARCH, { s: 'a' }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('erasing a person', () => {
    it('removes the personal fields, ends the sessions, disables the login and pseudonymises the history', async () => {
      const admin = await as.admin();
      expect((await amira.ok('{ me { email } }')).me.email).toBe(AMIRA_EMAIL);
      const { erasePerson } = await admin.ok(ERASE_PERSON, { id: amiraId });
      expect(erasePerson.pseudonym).toMatch(/^Gelöschte Person [0-9A-F]{4}$/);
      expect(erasePerson.accountsDisabled).toBe(1);
      expect(erasePerson.sessionsEnded).toBeGreaterThanOrEqual(1);
      const code = erasePerson.pseudonym.slice(-4);

      const { person } = await admin.ok(PERSON, { id: amiraId });
      expect(person).toMatchObject({
        givenName: 'Gelöschte Person',
        familyName: code,
        function: null,
        contactChannels: [],
        consentToPublishContact: false,
      });
      expect(person.archivedAt).not.toBeNull();
      // History kept: she still acted for the Caritas, under the pseudonym.
      expect(person.affiliations).toEqual([{ organisation: { name: 'Caritasverband Nordstadt' } }]);

      // Nothing finds her by her addresses or her name any more.
      for (const search of [AMIRA_EMAIL, amiraContactEmail, 'Haddad', 'Amira']) {
        const { personalDataSearch } = await admin.ok(SEARCH, { s: search });
        expect(personalDataSearch.people, search).toEqual([]);
      }
      const people = await admin.ok('query($s: String!) { people(filter: { search: $s, includeArchived: true }) { totalCount } }', {
        s: 'Haddad',
      });
      expect(people.people.totalCount).toBe(0);
      const users = await admin.ok('{ users { email displayName disabledAt } }');
      expect(JSON.stringify(users)).not.toMatch(/haddad|amira/i);

      // The old session is refused and the login is gone.
      expect((await amira.ok('{ me { id } }')).me).toBeNull();
      expect(errorCode(await amira.request('{ volunteerInterests { id } }'))).toBe('UNAUTHENTICATED');
      const login = await h.client().request('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
        e: AMIRA_EMAIL,
        p: PASSWORD,
      });
      expect(errorCode(login)).toBe('UNAUTHENTICATED');

      // The history stays, but names her no more: not in snapshots, not as author, not in the answer she wrote.
      const em = h.orm.em.fork();
      const entries = await em.find(AuditEntry, {});
      expect(entries.filter((e) => e.entityType === 'Person' && e.entityId === amiraId).map((e) => e.action)).toEqual(
        expect.arrayContaining(['UPDATE', 'ERASE']),
      );
      expect(JSON.stringify(entries)).not.toMatch(/haddad|amira/i);
      expect(entries.find((e) => e.action === 'ANSWER')?.actorName).toBe(erasePerson.pseudonym);
      const { volunteerInterest } = await admin.ok('query($id: UUID!) { volunteerInterest(id: $id) { messages { authorName text } } }', {
        id: fx.interests.monaCaritas.id,
      });
      expect(volunteerInterest.messages.at(-1)).toEqual({ authorName: erasePerson.pseudonym, text: 'Liebe Frau Saleh, wir melden uns.' });
      const account = await em.findOneOrFail(User, { person: amiraId }, { populate: ['passwordHash'] });
      expect(account.disabledAt).not.toBeNull();
      expect(account.email).not.toContain('haddad');
      expect(account.passwordHash).not.toMatch(/argon2/);

      // Her export now holds the pseudonym only.
      const file = await (await download(admin, `people/${amiraId}`)).text();
      expect(file).not.toMatch(/haddad/i);
      expect(await em.count(AuditEntry, { entityType: 'Person', entityId: amiraId, action: 'ERASE' })).toBe(1);
    });

    it('refuses unknown ids, repeats, the admin’s own record and everyone but admins, changing nothing', async () => {
      // Logged in first: a login writes a session.
      const [admin, editor, visitor] = await Promise.all([as.admin(), as.editorCaritas(), as.visitor()]);
      const before = await databaseFingerprint(h.orm.em.fork());
      expect(errorCode(await admin.request(ERASE_PERSON, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect(errorCode(await admin.request(ERASE_PERSON, { id: fx.volunteers.mona.id }))).toBe('NOT_FOUND');
      expect(errorCode(await admin.request(ERASE_VOLUNTEER, { id: amiraId }))).toBe('NOT_FOUND');
      expect(errorCode(await editor.request(ERASE_PERSON, { id: amiraId }))).toBe('FORBIDDEN');
      expect(errorCode(await visitor.request(ERASE_VOLUNTEER, { id: fx.volunteers.mona.id }))).toBe('UNAUTHENTICATED');
      expect(changedTables(before, await databaseFingerprint(h.orm.em.fork()))).toEqual([]);

      await admin.ok(ERASE_PERSON, { id: amiraId });
      const erased = await databaseFingerprint(h.orm.em.fork());
      const again = await admin.request(ERASE_PERSON, { id: amiraId });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ERASED' });
      expect(changedTables(erased, await databaseFingerprint(h.orm.em.fork()))).toEqual([]);

      // An admin cannot erase their own person record mid-session.
      const em = h.orm.em.fork();
      const f = new Factory(em, 43);
      const self = f.person({ givenName: 'Selma', familyName: 'Selbst' });
      await f.user({ email: 'selma@test.example', role: UserRole.ADMIN, password: PASSWORD, person: self });
      await em.flush();
      const selma = await h.client().login('selma@test.example');
      const selfBefore = await databaseFingerprint(h.orm.em.fork());
      const own = await selma.request(ERASE_PERSON, { id: self.id });
      expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SELF_ERASURE' });
      expect(changedTables(selfBefore, await databaseFingerprint(h.orm.em.fork()))).toEqual([]);
    });

    it('is all or nothing: a failure late in the erasure leaves every table as it was', async () => {
      const em = h.orm.em.fork();
      // An invitation to her address, and a trigger that fails the statement rewriting it (after person and account are written).
      new Factory(em, 47).invitation({ email: AMIRA_EMAIL, token: 'amira-invitation' });
      await em.flush();
      await em.execute(`create or replace function refuse_invitation_change() returns trigger language plpgsql as $$
        begin raise exception 'simulated failure'; end $$`);
      await em.execute(
        'create trigger refuse_invitation_change before update on invitation for each row execute function refuse_invitation_change()',
      );
      try {
        const admin = await as.admin();
        const before = await databaseFingerprint(h.orm.em.fork());
        const res = await admin.request(ERASE_PERSON, { id: amiraId });
        expect(res.errors).toBeDefined();
        expect(changedTables(before, await databaseFingerprint(h.orm.em.fork()))).toEqual([]);
        expect((await amira.ok('{ me { email } }')).me.email).toBe(AMIRA_EMAIL);
      } finally {
        await em.execute('drop trigger refuse_invitation_change on invitation');
        await em.execute('drop function refuse_invitation_change()');
      }
    });
  });

  describe('erasing a volunteer', () => {
    it('removes the personal fields and their messages, keeps the interests, and frees the address', async () => {
      const admin = await as.admin();
      const { sara } = fx.volunteers;
      const { eraseVolunteer } = await admin.ok(ERASE_VOLUNTEER, { id: sara.id });
      expect(eraseVolunteer).toMatchObject({ pseudonym: expect.stringMatching(/^Gelöschte Person [0-9A-F]{4}$/), accountsDisabled: 0 });
      const VOLUNTEER = `query($id: UUID!) { volunteer(id: $id) { name email phone skills timeAvailable erasedAt languages { code } district { code }
        interests { status messages { author text } } } }`;
      const { volunteer } = await admin.ok(VOLUNTEER, { id: sara.id });
      expect(volunteer).toMatchObject({
        name: eraseVolunteer.pseudonym,
        email: null,
        phone: null,
        skills: [],
        timeAvailable: null,
        languages: [],
        district: null,
      });
      expect(volunteer.erasedAt).not.toBeNull();
      expect(volunteer.interests.map((i: { status: string }) => i.status).sort()).toEqual(['ANSWERED', 'NEW']);
      expect(volunteer.interests.flatMap((i: { messages: { text: string | null }[] }) => i.messages.map((m) => m.text))).toEqual([
        null,
        null,
      ]);
      // The organisation still sees that someone was interested, not who.
      const seen = await (await as.editorCafe()).ok(VOLUNTEER, { id: sara.id });
      expect(seen.volunteer.name).toBe(eraseVolunteer.pseudonym);
      for (const search of ['sara.yilmaz@mail.example', 'Yilmaz']) {
        expect((await admin.ok(SEARCH, { s: search })).personalDataSearch.volunteers, search).toEqual([]);
      }
      const file = await (await download(admin, `volunteers/${sara.id}`)).text();
      expect(file).not.toMatch(/yilmaz|Sara an/i);
      expect(await h.orm.em.fork().count(AuditEntry, { entityType: 'Volunteer', entityId: sara.id, action: 'ERASE' })).toBe(1);
      // Registering again later starts a new record.
      await h
        .client()
        .ok(REGISTER, { input: registration(fx.opportunities.sprachcafe.id, { email: 'sara.yilmaz@mail.example', name: 'Sara Yilmaz' }) });
      const found = await admin.ok(SEARCH, { s: 'sara.yilmaz@mail.example' });
      expect(found.personalDataSearch.volunteers).toEqual([expect.objectContaining({ name: 'Sara Yilmaz', erasedAt: null })]);
      expect(found.personalDataSearch.volunteers[0].id).not.toBe(sara.id);
    });
  });
});
