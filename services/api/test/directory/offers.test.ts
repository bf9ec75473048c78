import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { statementCounter } from '../../src/db/orm.js';
import { SqlReader } from '../../src/db/reader.js';
import { sql } from '../../src/db/sql.js';
import { AuditEntry } from '../../src/modules/audit/audit.entity.js';
import { Offer, OfferTranslation } from '../../src/modules/offer/offer.entity.js';
import { berlinClock, isOpenAt, openAtSql } from '../../src/modules/offer/offer.schedule.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { OrganisationKind, Sector } from '../../src/modules/organisation/organisation.enums.js';
import { OrganisationTranslation } from '../../src/modules/organisation/organisation-translation.entity.js';
import { Factory } from '../../src/seed/factories.js';
import { databaseLabel } from '../support/database.js';
import type { Fixture } from '../support/fixture.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { type MatrixCase, permissionMatrix } from '../support/permission-matrix.js';
import { alwaysOpen, type OfferFixture, seedOffers } from './offer-fixture.js';

const OFFER_FIELDS = `id version title description kind cost costNote registrationRequired validFrom validUntil visibility archivedAt
  lastConfirmedAt isStale confirmationDueAt viewerCanEdit openNow
  organisation { id name }
  fieldsOfAction { code } districts { code } languages { code } targetGroups { code }
  locations { name street postalCode city latitude longitude byAppointment accessibility { stepFree accessibleToilet note } openingHours { weekday opens closes } }
  contactChannels { kind value label }
  translations { locale title description }`;

const CREATE = `mutation($input: OfferInput!) { createOffer(input: $input) { ${OFFER_FIELDS} } }`;
const UPDATE = `mutation($id: UUID!, $version: Int!, $input: OfferInput!) { updateOffer(id: $id, version: $version, input: $input) { ${OFFER_FIELDS} } }`;
const GET = `query($id: UUID!) { offer(id: $id) { ${OFFER_FIELDS} } }`;
const SEARCH = `query($filter: OfferFilter, $first: Int, $after: String) {
  offers(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title openNow isStale } }
    interpretation { languages { code } terms }
  }
}`;

type Role = 'anonymous' | 'member' | 'editorOther' | 'editorOwn' | 'admin';
const roles: Role[] = ['anonymous', 'member', 'editorOther', 'editorOwn', 'admin'];
const emails: Record<Exclude<Role, 'anonymous'>, string> = {
  member: 'member@test.example',
  editorOther: 'editor.cafe@test.example',
  editorOwn: 'editor.caritas@test.example',
  admin: 'admin@test.example',
};

let h: Harness;
let fx: Fixture;
let offers: OfferFixture;

async function clientFor(role: Role): Promise<GraphQLClient> {
  const c = h.client();
  return role === 'anonymous' ? c : c.login(emails[role]);
}

const stored = () => h.orm.em.fork().find(Offer, {}, { orderBy: { title: 'asc' }, populate: ['translations'] });
const snapshot = async () =>
  (await stored()).map((o) => ({
    id: o.id,
    version: o.version,
    title: o.title,
    archivedAt: o.archivedAt?.toISOString() ?? null,
    lastConfirmedAt: o.lastConfirmedAt.toISOString(),
    translations: o.translations.getItems().map((t) => t.locale),
  }));

type Case = MatrixCase<{ fx: Fixture; offers: OfferFixture }, Role>;
const OWN: Role[] = ['editorOwn', 'admin'];
const mutationCases: Case[] = [
  {
    name: 'createOffer (for the organisation)',
    allowed: OWN,
    run: (c, { fx }) => c.request(CREATE, { input: { organisationId: fx.orgs.caritas.id, title: 'Neue Beratung', kind: 'COUNSELLING' } }),
    probe: snapshot,
  },
  {
    name: 'updateOffer',
    allowed: OWN,
    run: (c, { offers }) => c.request(UPDATE, { id: offers.counselling.id, version: 1, input: { title: 'Geändert' } }),
    probe: snapshot,
  },
  {
    name: 'updateOffer (translations)',
    allowed: OWN,
    run: (c, { offers }) =>
      c.request(UPDATE, { id: offers.counselling.id, version: 1, input: { translations: [{ locale: 'en', title: 'Migration advice' }] } }),
    probe: snapshot,
  },
  {
    name: 'archiveOffer',
    allowed: OWN,
    run: (c, { offers }) => c.request('mutation($id: UUID!) { archiveOffer(id: $id, version: 1) { id } }', { id: offers.counselling.id }),
    probe: snapshot,
  },
  {
    name: 'restoreOffer',
    allowed: OWN,
    run: (c, { offers }) => c.request('mutation($id: UUID!) { restoreOffer(id: $id, version: 1) { id } }', { id: offers.archived.id }),
    probe: snapshot,
  },
  {
    name: 'confirmOffer',
    allowed: OWN,
    run: (c, { offers }) => c.request('mutation($id: UUID!) { confirmOffer(id: $id) { id } }', { id: offers.counselling.id }),
    probe: snapshot,
  },
  {
    name: 'updateOrganisation (translations)',
    allowed: OWN,
    run: (c, { fx }) =>
      c.request(
        'mutation($id: UUID!, $t: [OrganisationTranslationInput!]) { updateOrganisation(id: $id, version: 1, input: { translations: $t }) { id } }',
        {
          id: fx.orgs.caritas.id,
          t: [{ locale: 'ar', name: 'كاريتاس', description: 'استشارة' }],
        },
      ),
    probe: async () => (await h.orm.em.fork().find(OrganisationTranslation, {})).map((t) => [t.locale, t.name]),
  },
  {
    name: 'updateOffer of an internal offer',
    allowed: OWN,
    run: (c, { offers }) => c.request(UPDATE, { id: offers.internal.id, version: 1, input: { description: 'Neu' } }),
    probe: snapshot,
  },
];

const readCases: Case[] = [
  {
    name: 'internal offer',
    allowed: ['member', 'editorOther', 'editorOwn', 'admin'],
    run: (c, { offers }) => c.request('query($id: UUID!) { offer(id: $id) { title } }', { id: offers.internal.id }),
  },
  {
    name: 'archived offer',
    allowed: ['member', 'editorOther', 'editorOwn', 'admin'],
    run: (c, { offers }) => c.request('query($id: UUID!) { offer(id: $id) { title } }', { id: offers.archived.id }),
  },
  {
    name: 'public offer of an internal organisation',
    allowed: ['member', 'editorOther', 'editorOwn', 'admin'],
    run: (c, { offers }) => c.request('query($id: UUID!) { offer(id: $id) { title } }', { id: offers.ofInternal.id }),
  },
  {
    name: 'public offer of an archived organisation',
    allowed: ['member', 'editorOther', 'editorOwn', 'admin'],
    run: (c, { offers }) => c.request('query($id: UUID!) { offer(id: $id) { title } }', { id: offers.ofArchived.id }),
  },
  {
    name: 'history of an offer',
    allowed: OWN,
    setup: async (admin, { offers }) => {
      await admin.ok('mutation($id: UUID!) { confirmOffer(id: $id) { id } }', { id: offers.counselling.id });
      return offers.counselling.id;
    },
    run: (c, _fx, id) => c.request('query($id: UUID!) { history(entityType: "Offer", entityId: $id) { entries { action } } }', { id }),
  },
];

describe(`offers (${databaseLabel})`, () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await h.reset();
    offers = await seedOffers(h.orm.em.fork(), fx);
  });

  const admin = () => h.client().login(emails.admin);
  const editor = () => h.client().login(emails.editorOwn);

  permissionMatrix({ title: 'offer mutation', roles, cases: mutationCases, fixture: () => ({ fx, offers }), clientFor, admin });
  permissionMatrix({ title: 'offer read', roles, cases: readCases, fixture: () => ({ fx, offers }), clientFor, admin, reads: true });

  it('creates an offer with everything an editor enters, and records who did', async () => {
    const c = await editor();
    const input = {
      organisationId: fx.orgs.caritas.id,
      title: 'Familienberatung',
      description: 'Beratung für Familien mit Kindern.',
      kind: 'COUNSELLING',
      fieldOfActionIds: [fx.refs.language.id],
      districtIds: [fx.refs.north.id, fx.refs.south.id],
      languageIds: [fx.refs.arabic.id],
      targetGroupIds: [fx.refs.women.id],
      locations: [
        {
          name: 'Familienzentrum',
          street: 'Marktplatz 2',
          postalCode: '39104',
          city: 'Lindenau',
          latitude: 52.1,
          longitude: 11.6,
          accessibility: { stepFree: true, accessibleToilet: false, note: 'Rampe am Hintereingang' },
          openingHours: [
            { weekday: 1, opens: '09:00', closes: '12:00' },
            { weekday: 3, opens: '14:00', closes: '18:30' },
          ],
          byAppointment: true,
        },
      ],
      cost: 'REDUCED',
      costNote: '2 € pro Termin',
      registrationRequired: true,
      contactChannels: [{ kind: 'PHONE', value: '+49 391 123456', label: 'Termine' }],
      validFrom: '2026-01-01',
      validUntil: '2027-12-31',
      translations: [
        { locale: 'ar', title: 'استشارة الأسرة', description: 'استشارة للعائلات التي لديها أطفال.' },
        { locale: 'en', title: 'Family counselling' },
      ],
    };
    const { createOffer: offer } = await c.ok(CREATE, { input });
    expect(offer).toMatchObject({
      version: 1,
      title: 'Familienberatung',
      kind: 'COUNSELLING',
      cost: 'REDUCED',
      costNote: '2 € pro Termin',
      registrationRequired: true,
      validFrom: '2026-01-01',
      validUntil: '2027-12-31',
      visibility: 'PUBLIC',
      archivedAt: null,
      isStale: false,
      viewerCanEdit: true,
      openNow: expect.any(Boolean),
      organisation: { id: fx.orgs.caritas.id },
      fieldsOfAction: [{ code: 'sprache' }],
      languages: [{ code: 'ar' }],
      targetGroups: [{ code: 'frauen' }],
      contactChannels: [{ kind: 'PHONE', value: '+49 391 123456', label: 'Termine' }],
    });
    expect(offer.districts.map((d: { code: string }) => d.code).sort()).toEqual(['nord', 'sued']);
    expect(offer.locations).toEqual([input.locations[0]]);
    expect(offer.translations).toEqual([
      { locale: 'ar', title: 'استشارة الأسرة', description: 'استشارة للعائلات التي لديها أطفال.' },
      { locale: 'en', title: 'Family counselling', description: null },
    ]);
    const history = await c.ok('query($id: UUID!) { history(entityType: "Offer", entityId: $id) { entries { action actorName after } } }', {
      id: offer.id,
    });
    expect(history.history.entries[0]).toMatchObject({ action: 'CREATE', actorName: 'Editor Caritas' });
    expect(history.history.entries[0].after.translations.ar.title).toBe('استشارة الأسرة');
    // The organisation lists it.
    const { organisation } = await h
      .client()
      .ok('query($id: UUID!) { organisation(id: $id) { offers { title } } }', { id: fx.orgs.caritas.id });
    expect(organisation.offers.map((o: { title: string }) => o.title)).toContain('Familienberatung');
  });

  it('updates only what is given, replaces translations, bumps the version and confirms the offer', async () => {
    const c = await editor();
    const first = await c.ok(UPDATE, {
      id: offers.counselling.id,
      version: 1,
      input: {
        costNote: 'kostenlos',
        translations: [
          { locale: 'en', title: 'Migration counselling' },
          { locale: 'uk', title: 'Міграційна консультація' },
        ],
      },
    });
    expect(first.updateOffer).toMatchObject({ version: 2, title: 'Migrationsberatung für Erwachsene', costNote: 'kostenlos' });
    expect(first.updateOffer.translations.map((t: { locale: string }) => t.locale)).toEqual(['en', 'uk']);
    expect(first.updateOffer.languages.map((l: { code: string }) => l.code).sort()).toEqual(['ar', 'de']);
    const second = await c.ok(UPDATE, {
      id: offers.counselling.id,
      version: 2,
      input: { translations: [{ locale: 'uk', title: 'Консультація з питань міграції', description: 'Щовівторка.' }], validUntil: null },
    });
    expect(second.updateOffer.version).toBe(3);
    expect(second.updateOffer.translations).toEqual([
      { locale: 'uk', title: 'Консультація з питань міграції', description: 'Щовівторка.' },
    ]);
    const rows = await h.orm.em.fork().find(OfferTranslation, { offer: offers.counselling.id });
    expect(rows.map((t) => t.locale)).toEqual(['uk']);
  });

  it('refuses an offer for an organisation the editor does not edit with FORBIDDEN and writes nothing', async () => {
    const c = await editor();
    const before = await snapshot();
    const res = await c.request(CREATE, {
      input: {
        organisationId: fx.orgs.cafe.id,
        title: 'Fremdes Angebot',
        kind: 'LEISURE',
        translations: [{ locale: 'en', title: 'Foreign' }],
      },
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
    expect(await h.orm.em.fork().count(AuditEntry, { entityType: 'Offer' })).toBe(0);
    const visitor = await h.client().request(CREATE, { input: { organisationId: fx.orgs.caritas.id, title: 'Anonym', kind: 'LEISURE' } });
    expect(errorCode(visitor)).toBe('UNAUTHENTICATED');
  });

  it('names the offending field of bad input with BAD_USER_INPUT and writes nothing', async () => {
    const c = await editor();
    const base = { organisationId: fx.orgs.caritas.id, title: 'Sprechstunde', kind: 'COUNSELLING' };
    const hours = (openingHours: unknown[]) => ({ ...base, locations: [{ openingHours }] });
    const cases: [Record<string, unknown>, string][] = [
      [hours([{ weekday: 2, opens: '10:00', closes: '09:00' }]), 'input.locations.0.openingHours.0.closes'],
      [hours([{ weekday: 2, opens: '10:00', closes: '10:00' }]), 'input.locations.0.openingHours.0.closes'],
      [hours([{ weekday: 8, opens: '10:00', closes: '11:00' }]), 'input.locations.0.openingHours.0.weekday'],
      [hours([{ weekday: 1, opens: '9 Uhr', closes: '11:00' }]), 'input.locations.0.openingHours.0.opens'],
      [hours([{ weekday: 1, opens: '24:00', closes: '24:00' }]), 'input.locations.0.openingHours.0.opens'],
      [hours(Array.from({ length: 29 }, () => ({ weekday: 1, opens: '08:00', closes: '09:00' }))), 'input.locations.0.openingHours'],
      [{ ...base, locations: Array.from({ length: 11 }, () => ({ name: 'Ort' })) }, 'input.locations'],
      [{ ...base, translations: [{ locale: 'xx', title: 'Titel' }] }, 'input.translations.0.locale'],
      [{ ...base, translations: [{ locale: 'de', title: 'Titel' }] }, 'input.translations.0.locale'],
      [
        {
          ...base,
          translations: [
            { locale: 'en', title: 'One' },
            { locale: 'en', title: 'Two' },
          ],
        },
        'input.translations.1.locale',
      ],
      [
        {
          ...base,
          translations: Array.from({ length: 7 }, (_, i) => ({ locale: ['en', 'ar', 'fa', 'tr', 'uk', 'en', 'ar'][i], title: 'T' })),
        },
        'input.translations',
      ],
      [{ ...base, validFrom: '2026-05-01', validUntil: '2026-04-30' }, 'input.validUntil'],
      [{ ...base, validFrom: '2026-02-30' }, 'input.validFrom'],
      [{ ...base, title: 'x' }, 'input.title'],
      [{ ...base, districtIds: ['00000000-0000-4000-8000-000000000000'] }, 'input.districtIds'],
      [{ ...base, fieldOfActionIds: Array.from({ length: 51 }, () => fx.refs.language.id) }, 'input.fieldOfActionIds'],
      [{ ...base, contactChannels: [{ kind: 'EMAIL', value: 'kein-at' }] }, 'input.contactChannels.0.value'],
      [{ ...base, locations: [{ postalCode: '123' }] }, 'input.locations.0.postalCode'],
      [{ title: 'Ohne Organisation', kind: 'COUNSELLING' }, 'input.organisationId'],
    ];
    const before = await snapshot();
    for (const [input, field] of cases) {
      const res = await c.request(CREATE, { input });
      expect(errorCode(res), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field, JSON.stringify(input)).toBe(field);
    }
    const unknownOrganisation = await (await admin()).request(CREATE, {
      input: { ...base, organisationId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknownOrganisation.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });
    // On update, validity is judged against the stored dates.
    const stale = await c.request(UPDATE, { id: offers.counselling.id, version: 1, input: { validFrom: '2026-05-01' } });
    expect(stale.errors).toBeUndefined();
    const afterFirst = await snapshot();
    const backwards = await c.request(UPDATE, { id: offers.counselling.id, version: 2, input: { validUntil: '2026-04-01' } });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.validUntil' });
    const moved = await c.request(UPDATE, { id: offers.counselling.id, version: 2, input: { organisationId: fx.orgs.cafe.id } });
    expect(moved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });
    const badHours = await c.request(UPDATE, {
      id: offers.counselling.id,
      version: 2,
      input: { locations: [{ openingHours: [{ weekday: 1, opens: '18:00', closes: '08:00' }] }] },
    });
    expect(badHours.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.locations.0.openingHours.0.closes' });
    expect(await snapshot()).toEqual(afterFirst);
    expect(before.length).toBe(afterFirst.length);
    expect(await h.orm.em.fork().count(AuditEntry, { entityType: 'Offer', action: 'CREATE' })).toBe(0);
  });

  it('keeps an organisation’s translations with its profile: set, replaced, validated, in its history', async () => {
    const c = await editor();
    const ORG = `mutation($id: UUID!, $v: Int!, $input: OrganisationInput!) { updateOrganisation(id: $id, version: $v, input: $input) {
      version translations { locale name description } } }`;
    const first = await c.ok(ORG, {
      id: fx.orgs.caritas.id,
      v: 1,
      input: {
        translations: [
          { locale: 'tr', description: 'Mülteciler için danışma merkezleri.' },
          { locale: 'ar', name: 'كاريتاس نوردشتات', description: 'مراكز استشارة للاجئين.' },
        ],
      },
    });
    expect(first.updateOrganisation.translations).toEqual([
      { locale: 'ar', name: 'كاريتاس نوردشتات', description: 'مراكز استشارة للاجئين.' },
      { locale: 'tr', name: null, description: 'Mülteciler için danışma merkezleri.' },
    ]);
    const second = await c.ok(ORG, { id: fx.orgs.caritas.id, v: 2, input: { translations: [{ locale: 'tr', description: 'Danışma.' }] } });
    expect(second.updateOrganisation.translations).toEqual([{ locale: 'tr', name: null, description: 'Danışma.' }]);
    for (const [translations, field] of [
      [[{ locale: 'xx', description: 'x' }], 'input.translations.0.locale'],
      [[{ locale: 'en' }], 'input.translations.0.description'],
      [
        [
          { locale: 'en', description: 'a' },
          { locale: 'en', description: 'b' },
        ],
        'input.translations.1.locale',
      ],
    ] as const) {
      const res = await c.request(ORG, { id: fx.orgs.caritas.id, v: 3, input: { translations } });
      expect(res.errors?.[0]?.extensions, JSON.stringify(translations)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const rows = await h.orm.em.fork().find(OrganisationTranslation, { organisation: fx.orgs.caritas.id });
    expect(rows.map((t) => [t.locale, t.description])).toEqual([['tr', 'Danışma.']]);
    const history = await c.ok('query($id: UUID!) { history(entityType: "Organisation", entityId: $id) { entries { before after } } }', {
      id: fx.orgs.caritas.id,
    });
    expect(history.history.entries[0].before.translations.ar.name).toBe('كاريتاس نوردشتات');
    expect(Object.keys(history.history.entries[0].after.translations)).toEqual(['tr']);
    const other = await h.client().login(emails.editorOther);
    const refused = await other.request(ORG, { id: fx.orgs.caritas.id, v: 3, input: { translations: [] } });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('refuses an update based on a stale version with CONFLICT and overwrites nothing', async () => {
    const first = await editor();
    const second = await admin();
    await first.ok(UPDATE, { id: offers.counselling.id, version: 1, input: { description: 'Erste Änderung' } });
    const res = await second.request(UPDATE, { id: offers.counselling.id, version: 1, input: { description: 'Zweite Änderung' } });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.extensions).toMatchObject({ reason: 'VERSION_CONFLICT', details: { currentVersion: 2 } });
    const archive = await second.request('mutation($id: UUID!) { archiveOffer(id: $id, version: 1) { id } }', {
      id: offers.counselling.id,
    });
    expect(errorCode(archive)).toBe('CONFLICT');
    const offer = await h.orm.em.fork().findOneOrFail(Offer, offers.counselling.id);
    expect(offer).toMatchObject({ description: 'Erste Änderung', version: 2, archivedAt: null });
  });

  it('keeps freshness as profiles do: stale after the configured period, renewed by "still correct" and by edits', async () => {
    const c = await h.client().login(emails.admin);
    const { offer } = await c.ok(GET, { id: offers.stale.id });
    expect(offer.isStale).toBe(true);
    expect(Date.parse(offer.confirmationDueAt)).toBeLessThan(Date.now());
    const { confirmOffer } = await c.ok(`mutation($id: UUID!) { confirmOffer(id: $id) { ${OFFER_FIELDS} } }`, { id: offers.stale.id });
    expect(confirmOffer.isStale).toBe(false);
    expect(confirmOffer.version).toBe(offer.version + 1);
    expect(Date.parse(confirmOffer.lastConfirmedAt)).toBeGreaterThan(Date.parse(offer.lastConfirmedAt));
    expect(Date.parse(confirmOffer.confirmationDueAt) - Date.parse(confirmOffer.lastConfirmedAt)).toBe(
      h.config.profileStaleAfterDays * 86400_000,
    );
    const history = await c.ok('query($id: UUID!) { history(entityType: "Offer", entityId: $id) { entries { action } } }', {
      id: offers.stale.id,
    });
    expect(history.history.entries.map((e: { action: string }) => e.action)).toEqual(['CONFIRM']);
    const other = await h.client().login(emails.editorOther);
    expect(errorCode(await other.request('mutation($id: UUID!) { confirmOffer(id: $id) { id } }', { id: offers.counselling.id }))).toBe(
      'FORBIDDEN',
    );
  });

  it('shows visitors public offers of visible organisations only, by every path', async () => {
    const visitor = h.client();
    const titles = (data: any) => data.offers.edges.map((e: any) => e.node.title);
    expect(titles(await visitor.ok(SEARCH))).toEqual([
      'Bewerbungstraining',
      'Migrationsberatung für Erwachsene',
      'Sprachcafé am Donnerstag',
    ]);
    for (const hidden of [offers.internal, offers.archived, offers.ofInternal, offers.ofArchived]) {
      expect(errorCode(await visitor.request(GET, { id: hidden.id }))).toBe('NOT_FOUND');
    }
    const nested = await visitor.ok('query($id: UUID!) { organisation(id: $id) { offers(includeArchived: true) { title } } }', {
      id: fx.orgs.caritas.id,
    });
    expect(nested.organisation.offers.map((o: any) => o.title)).toEqual(['Migrationsberatung für Erwachsene', 'Sommerferienkurs 2020']);
    // Members see internal offers and, on request, archived ones and those whose last day has passed.
    const member = await clientFor('member');
    expect(titles(await member.ok(SEARCH))).toContain('Interne Fallbesprechung');
    expect(titles(await member.ok(SEARCH))).not.toContain('Frühere Hausaufgabenhilfe');
    const all = titles(await member.ok(SEARCH, { filter: { includeArchived: true } }));
    expect(all).toEqual(expect.arrayContaining(['Frühere Hausaufgabenhilfe', 'Willkommensfest', 'Sommerferienkurs 2020']));
    expect(
      (await member.ok('query($id: UUID!) { organisation(id: $id) { offers { title } } }', { id: fx.orgs.caritas.id })).organisation.offers,
    ).toHaveLength(3);
  });

  it('filters and counts facets like the organisations, plus the kind', async () => {
    const c = h.client();
    const titles = (data: any) => data.offers.edges.map((e: any) => e.node.title);
    expect(titles(await c.ok(SEARCH, { filter: { kinds: ['LANGUAGE_CAFE'] } }))).toEqual(['Sprachcafé am Donnerstag']);
    expect(titles(await c.ok(SEARCH, { filter: { languageIds: [fx.refs.arabic.id] } }))).toEqual(['Migrationsberatung für Erwachsene']);
    expect(titles(await c.ok(SEARCH, { filter: { districtIds: [fx.refs.south.id] } }))).toEqual(['Sprachcafé am Donnerstag']);
    expect(titles(await c.ok(SEARCH, { filter: { organisationIds: [fx.orgs.jobcenter.id] } }))).toEqual(['Bewerbungstraining']);
    const { offers: page } = await c.ok(
      `{ offers(filter: { kinds: [COUNSELLING] }) { totalCount facets { kinds { value count } languages { value count } districts { value count } fieldsOfAction { value count } targetGroups { value count } } } }`,
    );
    expect(page.totalCount).toBe(1);
    // The kind facet ignores the kind filter.
    expect(page.facets.kinds).toEqual(
      expect.arrayContaining([
        { value: 'COUNSELLING', count: 1 },
        { value: 'LANGUAGE_CAFE', count: 1 },
        { value: 'WORK_AND_TRAINING', count: 1 },
      ]),
    );
    expect(page.facets.languages).toEqual(expect.arrayContaining([{ value: fx.refs.arabic.id, count: 1 }]));
    expect(page.facets.districts).toEqual([{ value: fx.refs.north.id, count: 1 }]);
    const bad = await c.request(SEARCH, { filter: { kinds: ['CASTLE'] } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const badId = await c.request(SEARCH, { filter: { organisationIds: ['x'] } });
    expect(badId.errors?.[0]?.extensions?.field).toBe('filter.organisationIds.0');
  });

  it('is open now by its opening hours and validity period; without hours never', async () => {
    const c = h.client();
    const get = async (id: string) => (await c.ok('query($id: UUID!) { offer(id: $id) { openNow } }', { id })).offer.openNow;
    expect(await get(offers.counselling.id)).toBe(true);
    expect(await get(offers.cafe.id)).toBe(false);
    const member = await clientFor('member');
    expect((await member.ok('query($id: UUID!) { offer(id: $id) { openNow } }', { id: offers.ended.id })).offer.openNow).toBe(false);
    const open = await member.ok(SEARCH, { filter: { openNow: true, includeArchived: true } });
    expect(open.offers.edges.map((e: any) => e.node.title)).toEqual(['Migrationsberatung für Erwachsene']);
  });

  describe('opening hours on a fixed clock', () => {
    const week: { validFrom: string | null; validUntil: string | null } = { validFrom: null, validUntil: null };
    const at = (iso: string) => new Date(iso);
    const schedule = (openingHours: { weekday: number; opens: string; closes: string }[], validity = week) => ({
      locations: [{ openingHours }],
      ...validity,
    });
    const cases: [string, ReturnType<typeof schedule>, string, boolean][] = [
      // Winter time: 08:30 UTC is 09:30 in Berlin, a Monday.
      ['inside a slot', schedule([{ weekday: 1, opens: '09:00', closes: '12:00' }]), '2026-01-05T08:30:00Z', true],
      ['before it opens', schedule([{ weekday: 1, opens: '09:00', closes: '12:00' }]), '2026-01-05T07:59:00Z', false],
      ['at the closing minute', schedule([{ weekday: 1, opens: '09:00', closes: '12:00' }]), '2026-01-05T11:00:00Z', false],
      ['another weekday', schedule([{ weekday: 2, opens: '09:00', closes: '12:00' }]), '2026-01-05T08:30:00Z', false],
      // Summer time: 07:30 UTC is 09:30 in Berlin.
      ['in summer time', schedule([{ weekday: 1, opens: '09:00', closes: '12:00' }]), '2026-07-06T07:30:00Z', true],
      // 23:30 UTC on Saturday is 00:30 on Sunday (weekday 7) in Berlin.
      ['after midnight in Berlin', schedule([{ weekday: 7, opens: '00:00', closes: '01:00' }]), '2026-01-03T23:30:00Z', true],
      ['until the end of the day', schedule([{ weekday: 6, opens: '20:00', closes: '24:00' }]), '2026-01-03T22:59:00Z', true],
      [
        'before the first day',
        schedule([{ weekday: 1, opens: '09:00', closes: '12:00' }], { validFrom: '2026-01-06', validUntil: null }),
        '2026-01-05T08:30:00Z',
        false,
      ],
      [
        'on the last day',
        schedule([{ weekday: 1, opens: '09:00', closes: '12:00' }], { validFrom: null, validUntil: '2026-01-05' }),
        '2026-01-05T08:30:00Z',
        true,
      ],
      [
        'after the last day',
        schedule([{ weekday: 1, opens: '09:00', closes: '12:00' }], { validFrom: null, validUntil: '2026-01-04' }),
        '2026-01-05T08:30:00Z',
        false,
      ],
      ['without opening hours', schedule([]), '2026-01-05T08:30:00Z', false],
    ];

    it('reads the Berlin wall clock', () => {
      expect(berlinClock(at('2026-03-29T01:30:00Z'))).toEqual({ weekday: 7, time: '03:30', day: '2026-03-29' });
      expect(berlinClock(at('2026-12-31T23:15:00Z'))).toEqual({ weekday: 5, time: '00:15', day: '2027-01-01' });
    });

    it.each(cases)('%s: JavaScript and SQL agree', async (_name, offer, instant, expected) => {
      expect(isOpenAt(offer, at(instant))).toBe(expected);
      const reader = new SqlReader(h.orm.em.fork());
      const [row] = await reader.rows<{ open: boolean }>(
        sql`select ${openAtSql('o', sql`${instant}::timestamptz`)} as open
              from (select ${JSON.stringify(offer.locations)}::jsonb as locations, ${offer.validFrom}::date as valid_from, ${offer.validUntil}::date as valid_until) o`,
      );
      expect(row?.open).toBe(expected);
    });
  });

  it('reads Organisation.offers for a whole list level in one statement, however many organisations and offers', async () => {
    const query = `query($first: Int) { organisations(first: $first) { edges { node { id offers(first: 10) { id title kind openNow organisation { id } fieldsOfAction { code } } } } } }`;
    const count = async (first: number) => {
      // After the slow seeding, a kept-alive connection may have just been closed by the server: read-only, so one retry is safe.
      await h
        .client()
        .request('{ __typename }')
        .catch(() => undefined);
      const before = statementCounter.count;
      const res = await h.client().request(query, { first });
      expect(res.errors).toBeUndefined();
      return {
        statements: statementCounter.count - before,
        offers: res.data?.organisations.edges.flatMap((e: any) => e.node.offers).length,
      };
    };
    const small = await count(3);
    const em = h.orm.em.fork();
    const f = new Factory(em, 3);
    for (let i = 0; i < 30; i++) {
      const org = f.organisation({
        name: `Verein ${String(i).padStart(2, '0')}`,
        kind: OrganisationKind.ASSOCIATION,
        sector: Sector.CIVIL_SOCIETY,
      });
      for (let j = 0; j < 3; j++)
        f.offer(org, { title: `Angebot ${i}-${j}`, locations: [{ openingHours: alwaysOpen, byAppointment: false }] });
    }
    await em.flush();
    const large = await count(33);
    expect(small.offers).toBe(4);
    expect(large.offers).toBeGreaterThan(90);
    expect(large.statements).toBe(small.statements);
    // Organisations page, offers, their fields of action; `organisation` is the offer's own, already known.
    expect(large.statements).toBeLessThanOrEqual(4);
    const detail = await (async () => {
      const before = statementCounter.count;
      await h.client().ok('query($id: UUID!) { organisation(id: $id) { id offers { id title } } }', { id: fx.orgs.caritas.id });
      return statementCounter.count - before;
    })();
    // Asked for as it comes, the list rides along in the organisation's statement.
    expect(detail).toBe(1);
    expect(await h.orm.em.fork().count(Organisation, {})).toBe(35);
  });
});
