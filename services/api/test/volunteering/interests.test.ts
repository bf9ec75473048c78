import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/modules/audit/audit.entity.js';
import { Volunteer, VolunteerInterest } from '../../src/modules/volunteering/volunteering.entity.js';
import { interestLimits } from '../../src/modules/volunteering/volunteering.rules.js';
import { databaseLabel } from '../support/database.js';
import { errorCode } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { clients, REGISTER, registration, seedVolunteering, type VolunteeringFixture } from './volunteering-fixture.js';

const VOLUNTEER = `query($id: UUID!) { volunteer(id: $id) {
  id name email phone timeAvailable skills languages { code } district { code }
  interests { id status opportunity { title } messages { author text } }
} }`;
const VOLUNTEERS = 'query($filter: VolunteerFilter) { volunteers(filter: $filter) { id name email } }';
const INTERESTS = `query($filter: VolunteerInterestFilter) { volunteerInterests(filter: $filter) {
  id status viewerCanAnswer opportunity { title } volunteer { name email } messages { author authorName text status }
} }`;
const INTEREST =
  'query($id: UUID!) { volunteerInterest(id: $id) { id version status volunteer { name } messages { author authorName text status } } }';
const OPPORTUNITY_INTERESTS = 'query($id: UUID!) { volunteerOpportunity(id: $id) { interests { id volunteer { name } } } }';
const ANSWER = `mutation($id: UUID!, $v: Int!, $input: InterestAnswerInput!) { answerVolunteerInterest(id: $id, version: $v, input: $input) {
  id version status messages { author authorName text status }
} }`;

describe(`interests of volunteers (${databaseLabel})`, () => {
  let h: Harness;
  let fx: VolunteeringFixture;
  let as: ReturnType<typeof clients>;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await seedVolunteering(h);
    as = clients(h, fx);
  });

  const counts = async () => {
    const em = h.orm.em.fork();
    return { volunteers: await em.count(Volunteer), interests: await em.count(VolunteerInterest), audit: await em.count(AuditEntry) };
  };
  /** A visitor from a client address of its own, so cases do not share the per-address limit. */
  let address = 10;
  const visitor = () => {
    const client = h.client();
    client.headers['x-forwarded-for'] = `203.0.113.${address++}`;
    return client;
  };

  describe('registering without an account', () => {
    it('without consent stores nothing and names the field', async () => {
      const before = await counts();
      for (const consent of [false]) {
        const res = await visitor().request(REGISTER, { input: registration(fx.opportunities.lernpatenschaft.id, { consent }) });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0]?.extensions?.field).toBe('input.consent');
      }
      // Leaving the field out is refused by the schema itself.
      const missing = await visitor().request(REGISTER, {
        input: { opportunityId: fx.opportunities.lernpatenschaft.id, name: 'Ohne Zustimmung', email: 'ohne@mail.example' },
      });
      expect(errorCode(missing)).toBe('BAD_USER_INPUT');
      expect(await counts()).toEqual(before);
    });

    it('stores the volunteer and the interest, with the message, for the organisation to see', async () => {
      const before = await counts();
      const { registerVolunteerInterest } = await visitor().ok(REGISTER, {
        input: registration(fx.opportunities.lernpatenschaft.id, {
          email: 'Hanna.Weber@Mail.Example',
          languageIds: [fx.refs.arabic.id],
          districtId: fx.refs.north.id,
          timeAvailable: 'WEEKLY',
        }),
      });
      expect(registerVolunteerInterest).toBe(true);
      expect(await counts()).toEqual({ volunteers: before.volunteers + 1, interests: before.interests + 1, audit: before.audit + 2 });
      const { volunteerInterests } = await (await as.editorCaritas()).ok(INTERESTS, { filter: { statuses: ['NEW'] } });
      const hanna = volunteerInterests.find((i: { volunteer: { name: string } }) => i.volunteer.name === 'Hanna Weber');
      expect(hanna).toMatchObject({
        status: 'NEW',
        viewerCanAnswer: true,
        opportunity: { title: fx.opportunities.lernpatenschaft.title },
        volunteer: { email: 'hanna.weber@mail.example' },
        messages: [{ author: 'VOLUNTEER', authorName: null, text: 'Ich würde gern helfen.', status: null }],
      });
      // The history names no personal data.
      const entries = await h.orm.em.fork().find(AuditEntry, { entityType: { $in: ['Volunteer', 'VolunteerInterest'] } });
      expect(JSON.stringify(entries)).not.toMatch(/hanna|weber|777888/i);
    });

    it('keeps one volunteer per address and never overwrites their data from a later registration', async () => {
      const input = registration(fx.opportunities.sprachcafe.id, {
        name: 'Jemand Anderes',
        email: fx.volunteers.mona.email,
        phone: '+49 30 999999',
        skills: ['Moderation', 'geduld'],
        languageIds: [fx.refs.german.id],
        message: 'Auch das Sprachcafé interessiert mich.',
      });
      const before = await counts();
      await visitor().ok(REGISTER, { input });
      expect((await counts()).volunteers).toBe(before.volunteers);
      const { volunteer } = await (await as.admin()).ok(VOLUNTEER, { id: fx.volunteers.mona.id });
      expect(volunteer).toMatchObject({
        name: 'Mona Saleh',
        phone: '+49 391 555123',
        district: { code: 'nord' },
        timeAvailable: 'WEEKLY',
        // Added, not replaced; "geduld" is the skill she named already.
        skills: ['Geduld', 'Kochen', 'Moderation'],
      });
      expect(volunteer.languages.map((l: { code: string }) => l.code).sort()).toEqual(['ar', 'de']);
      expect(volunteer.interests).toHaveLength(2);
      // Registering again for the same opportunity adds the message to the interest.
      await visitor().ok(REGISTER, { input: { ...input, message: 'Noch eine Frage.' } });
      const { volunteerInterests } = await (await as.editorCafe()).ok(INTERESTS, {
        filter: { opportunityId: fx.opportunities.sprachcafe.id },
      });
      const monas = volunteerInterests.filter((i: { volunteer: { name: string } }) => i.volunteer.name === 'Mona Saleh');
      expect(monas).toHaveLength(1);
      expect(monas[0].messages.map((m: { text: string }) => m.text)).toEqual([
        'Auch das Sprachcafé interessiert mich.',
        'Noch eine Frage.',
      ]);
    });

    it('is refused for opportunities that take no volunteers or that the visitor does not see', async () => {
      const before = await counts();
      for (const hidden of [fx.opportunities.closed, fx.opportunities.internal, fx.opportunities.expired]) {
        const res = await visitor().request(REGISTER, { input: registration(hidden.id) });
        expect(errorCode(res), hidden.title).toBe('NOT_FOUND');
      }
      // A member sees the filled one, but it takes nobody.
      const member = await as.member();
      const filled = await member.request(REGISTER, { input: registration(fx.opportunities.filled.id) });
      expect(errorCode(filled)).toBe('BAD_USER_INPUT');
      expect(filled.errors?.[0]?.extensions?.reason).toBe('OPPORTUNITY_NOT_OPEN');
      const bad = [
        [{ email: 'keine-adresse' }, 'input.email'],
        [{ name: 'x' }, 'input.name'],
        [{ phone: 'abc' }, 'input.phone'],
        [{ languageIds: [fx.refs.north.id] }, 'input.languageIds'],
        [{ districtId: fx.refs.german.id }, 'input.districtId'],
        [{ message: 'x'.repeat(2001) }, 'input.message'],
      ] as const;
      for (const [i, [extra, field]] of bad.entries()) {
        const res = await visitor().request(REGISTER, {
          input: registration(fx.opportunities.lernpatenschaft.id, { email: `fall${i}@mail.example`, ...extra }),
        });
        expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect(await counts()).toEqual(before);
    });

    it('is throttled per client address and per e-mail address, in the shared store', async () => {
      const from = visitor();
      for (let i = 0; i < interestLimits.perAddress.points; i++) {
        await from.ok(REGISTER, { input: registration(fx.opportunities.lernpatenschaft.id, { email: `person${i}@mail.example` }) });
      }
      const before = await counts();
      const over = await from.request(REGISTER, {
        input: registration(fx.opportunities.lernpatenschaft.id, { email: 'neu@mail.example' }),
      });
      expect(errorCode(over)).toBe('TOO_MANY_REQUESTS');
      expect(over.errors?.[0]?.extensions).toMatchObject({
        reason: 'INTEREST_THROTTLED',
        details: { retryAfterSeconds: expect.any(Number) },
      });
      // Even without consent the address counts: probing costs attempts too.
      expect(
        errorCode(await from.request(REGISTER, { input: registration(fx.opportunities.lernpatenschaft.id, { consent: false }) })),
      ).toBe('TOO_MANY_REQUESTS');
      expect(await counts()).toEqual(before);
      // One mailbox cannot be signed up from many addresses.
      for (let i = 0; i < interestLimits.perEmail.points; i++) {
        await visitor().ok(REGISTER, { input: registration(fx.opportunities.sprachcafe.id, { email: 'ziel@mail.example' }) });
      }
      const flood = await visitor().request(REGISTER, {
        input: registration(fx.opportunities.sprachcafe.id, { email: 'ziel@mail.example' }),
      });
      expect(errorCode(flood)).toBe('TOO_MANY_REQUESTS');
    });
  });

  describe('who sees volunteers and their interests', () => {
    it('only the coordination office and the editors of organisations they applied to, on every path', async () => {
      const { mona, lukas, sara } = fx.volunteers;
      const caritas = await as.editorCaritas();
      const cafe = await as.editorCafe();
      const admin = await as.admin();
      const names = async (client: typeof caritas) =>
        ((await client.ok(VOLUNTEERS)).volunteers as { name: string }[]).map((v) => v.name).sort();
      expect(await names(admin)).toEqual(['Lukas Brandt', 'Mona Saleh', 'Sara Yilmaz']);
      expect(await names(caritas)).toEqual(['Mona Saleh', 'Sara Yilmaz']);
      expect(await names(cafe)).toEqual(['Lukas Brandt', 'Sara Yilmaz']);
      expect(await names(await as.member())).toEqual([]);
      expect(errorCode(await (await as.visitor()).request(VOLUNTEERS))).toBe('UNAUTHENTICATED');

      expect(errorCode(await caritas.request(VOLUNTEER, { id: lukas.id }))).toBe('NOT_FOUND');
      expect(errorCode(await cafe.request(VOLUNTEER, { id: mona.id }))).toBe('NOT_FOUND');
      for (const role of ['member', 'visitor'] as const) {
        expect(errorCode(await (await as[role]()).request(VOLUNTEER, { id: mona.id })), role).toBe('NOT_FOUND');
      }
      // Sara applied to both: each editor sees her, but only the interest (and message) in their own opportunity.
      const seenByCaritas = (await caritas.ok(VOLUNTEER, { id: sara.id })).volunteer;
      expect(seenByCaritas.interests.map((i: { opportunity: { title: string } }) => i.opportunity.title)).toEqual([
        fx.opportunities.lernpatenschaft.title,
      ]);
      expect(JSON.stringify(seenByCaritas)).not.toContain('Sara an das Sprachcafé');
      expect(errorCode(await caritas.request(INTEREST, { id: fx.interests.saraCafe.id }))).toBe('NOT_FOUND');
      expect((await admin.ok(VOLUNTEER, { id: sara.id })).volunteer.interests).toHaveLength(2);

      // Through the opportunity: interests for the editors, none for anyone else.
      const through = async (client: typeof caritas, id: string) =>
        (await client.ok(OPPORTUNITY_INTERESTS, { id })).volunteerOpportunity.interests
          .map((i: { volunteer: { name: string } }) => i.volunteer.name)
          .sort();
      expect(await through(caritas, fx.opportunities.lernpatenschaft.id)).toEqual(['Mona Saleh', 'Sara Yilmaz']);
      expect(await through(cafe, fx.opportunities.lernpatenschaft.id)).toEqual([]);
      expect(await through(await as.member(), fx.opportunities.lernpatenschaft.id)).toEqual([]);
      expect(await through(await as.visitor(), fx.opportunities.lernpatenschaft.id)).toEqual([]);
      expect((await cafe.ok(INTERESTS)).volunteerInterests.map((i: { volunteer: { name: string } }) => i.volunteer.name).sort()).toEqual([
        'Lukas Brandt',
        'Sara Yilmaz',
      ]);
      // Filters never widen what a reader sees.
      expect((await cafe.ok(INTERESTS, { filter: { organisationIds: [fx.orgs.caritas.id] } })).volunteerInterests).toEqual([]);
      expect(
        (await cafe.ok(VOLUNTEERS, { filter: { organisationId: fx.orgs.caritas.id } })).volunteers.map((v: { name: string }) => v.name),
      ).toEqual(['Sara Yilmaz']);
    });
  });

  describe('answering', () => {
    it('editors answer their interests: status, message and a mail to the volunteer', async () => {
      const editor = await as.editorCaritas();
      const { id } = fx.interests.monaCaritas;
      const { answerVolunteerInterest: answered } = await editor.ok(ANSWER, {
        id,
        v: 1,
        input: { message: 'Wir freuen uns! Können Sie am Dienstag um 15 Uhr vorbeikommen?' },
      });
      expect(answered).toMatchObject({
        version: 2,
        status: 'ANSWERED',
        messages: [
          { author: 'VOLUNTEER', text: 'Ich habe dienstags Zeit.' },
          {
            author: 'ORGANISATION',
            authorName: 'Editor Caritas',
            text: 'Wir freuen uns! Können Sie am Dienstag um 15 Uhr vorbeikommen?',
            status: 'ANSWERED',
          },
        ],
      });
      const mail = h.outbox.at(-1);
      expect(mail?.to).toBe('mona.saleh@mail.example');
      expect(mail?.text).toContain('Wir freuen uns!');
      expect(mail?.text).toContain(fx.opportunities.lernpatenschaft.title);
      expect(mail?.text).toContain('Caritasverband Nordstadt');

      const { answerVolunteerInterest: accepted } = await editor.ok(ANSWER, { id, v: 2, input: { status: 'ACCEPTED' } });
      expect(accepted.status).toBe('ACCEPTED');
      expect(accepted.messages.at(-1)).toMatchObject({ author: 'ORGANISATION', text: null, status: 'ACCEPTED' });
      const entries = await h.orm.em.fork().find(AuditEntry, { entityType: 'VolunteerInterest', entityId: id }, { orderBy: { at: 'asc' } });
      expect(entries.map((e) => [e.action, e.after])).toEqual([
        ['ANSWER', { status: 'ANSWERED' }],
        ['ANSWER', { status: 'ACCEPTED' }],
      ]);
    });

    it('refuses others, stale versions, empty answers and impossible steps, changing nothing', async () => {
      const { id } = fx.interests.monaCaritas;
      const before = await counts();
      const mails = h.outbox.length;
      expect(errorCode(await (await as.editorCafe()).request(ANSWER, { id, v: 1, input: { message: 'Fremd' } }))).toBe('NOT_FOUND');
      expect(errorCode(await (await as.member()).request(ANSWER, { id, v: 1, input: { message: 'Mitglied' } }))).toBe('NOT_FOUND');
      expect(errorCode(await (await as.visitor()).request(ANSWER, { id, v: 1, input: { message: 'Besuch' } }))).toBe('UNAUTHENTICATED');
      const editor = await as.editorCaritas();
      expect(errorCode(await editor.request(ANSWER, { id, v: 7, input: { message: 'Alt' } }))).toBe('CONFLICT');
      const empty = await editor.request(ANSWER, { id, v: 1, input: {} });
      expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.message' });
      expect(errorCode(await editor.request(ANSWER, { id, v: 1, input: { status: 'NEW' } }))).toBe('BAD_USER_INPUT');
      await editor.ok(ANSWER, { id, v: 1, input: { status: 'WITHDRAWN' } });
      const afterWithdrawal = await counts();
      const late = await editor.request(ANSWER, { id, v: 2, input: { message: 'Doch noch?' } });
      expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION' });
      expect(await counts()).toEqual(afterWithdrawal);
      expect(afterWithdrawal.audit).toBe(before.audit + 1);
      expect(h.outbox.length).toBe(mails + 1);
      const { volunteerInterest } = await editor.ok(INTEREST, { id });
      expect(volunteerInterest).toMatchObject({ version: 2, status: 'WITHDRAWN' });
      // Registering again reopens it.
      await visitor().ok(REGISTER, { input: registration(fx.opportunities.lernpatenschaft.id, { email: fx.volunteers.mona.email }) });
      expect((await editor.ok(INTEREST, { id })).volunteerInterest.status).toBe('NEW');
    });

    it('admins answer any interest', async () => {
      const { answerVolunteerInterest } = await (await as.admin()).ok(ANSWER, {
        id: fx.interests.lukasCafe.id,
        v: 1,
        input: { status: 'DECLINED', message: 'Leider sind alle Plätze vergeben.' },
      });
      expect(answerVolunteerInterest.status).toBe('DECLINED');
      expect(h.outbox.at(-1)?.to).toBe('lukas.brandt@mail.example');
    });
  });
});
