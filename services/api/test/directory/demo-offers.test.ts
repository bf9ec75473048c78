import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Offer } from '../../src/modules/offer/offer.entity.js';
import { locationSchema } from '../../src/modules/offer/offer.inputs.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { demoAccounts, seedDemoCity } from '../../src/seed/demo-city.js';
import { demoTranslations, parseSchedule } from '../../src/seed/demo-offers.js';
import {
  demoCounsellingCentres,
  demoOfferCodes,
  demoOffers,
  demoReferralOffers,
  translatedOfferCodes,
} from '../../src/seed/demo-offers-data.js';
import { translationLocales } from '../../src/shared/locales.js';
import { databaseLabel, emptyTables } from '../support/database.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';

/** The demo city's offers, as the issue asks for them, read back from the database and through the API. */
describe(`the demo city's offers (${databaseLabel})`, () => {
  let h: Harness;
  let visitor: GraphQLClient;
  let admin: GraphQLClient;
  beforeAll(async () => {
    h = await startHarness();
    const em = h.orm.em.fork();
    await emptyTables(em);
    await seedDemoCity(em);
    visitor = h.client();
    admin = await h.client().login(demoAccounts.admin, demoAccounts.password);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('has at least 150 offers, every one from the data with a unique code, some stale, archived or internal', async () => {
    expect(new Set(demoOfferCodes).size).toBe(demoOfferCodes.length);
    const em = h.orm.em.fork();
    const offers = await em.find(Offer, {}, { populate: ['organisation'] });
    expect(offers.length).toBeGreaterThanOrEqual(150);
    expect(offers).toHaveLength(demoOffers.length);
    // Spread across many organisations of every kind, in every district.
    expect(new Set(offers.map((o) => o.organisation.id)).size).toBeGreaterThanOrEqual(100);
    expect(new Set(offers.map((o) => o.organisation.kind)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(offers.map((o) => o.kind)).size).toBe(11);
    const districts = await em.execute<{ code: string }[]>(
      'select distinct d.code from offer_district od join district d on d.id = od.district_id',
    );
    expect(districts).toHaveLength(13);

    const yearAgo = Date.now() - 366 * 86400_000;
    const stale = offers.filter((o) => o.lastConfirmedAt.getTime() < yearAgo);
    expect(stale.length).toBeGreaterThanOrEqual(5);
    expect(stale.length).toBeLessThan(offers.length / 5);
    expect(offers.some((o) => o.archivedAt)).toBe(true);
    expect(offers.some((o) => o.visibility === 'INTERNAL')).toBe(true);
    expect(offers.filter((o) => o.validFrom || o.validUntil).length).toBeGreaterThanOrEqual(10);
    for (const o of offers) expect(o.createdAt.getTime(), o.title).toBeLessThanOrEqual(o.lastConfirmedAt.getTime());

    // The admin sees them all through the API, the visitor the public, current ones.
    const everything = await admin.ok<any>('{ offers(filter: { includeArchived: true }, first: 1) { totalCount } }');
    expect(everything.offers.totalCount).toBe(offers.length);
    const open = await visitor.ok<any>('{ offers(first: 1) { totalCount } }');
    expect(open.offers.totalCount).toBeGreaterThanOrEqual(150);
    expect(open.offers.totalCount).toBeLessThan(offers.length);
  });

  it('has at least 40 offers with title and description in all six languages, each written for that language', async () => {
    expect(translatedOfferCodes.length).toBeGreaterThanOrEqual(40);
    const em = h.orm.em.fork();
    const complete = await em.execute<{ offer_id: string }[]>(
      `select offer_id from offer_translation where title <> '' and description <> ''
         group by offer_id having count(distinct locale) = 5`,
    );
    expect(complete.length).toBeGreaterThanOrEqual(40);

    const scripts: Record<string, RegExp> = {
      en: /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]+$/u,
      tr: /[çğışöüİ]/,
      ar: /\p{Script=Arabic}/u,
      fa: /[پچژگکی]/,
      uk: /[іїєґ]/i,
    };
    const german = new Map(demoOffers.map((o) => [o.code, o]));
    for (const locale of translationLocales) {
      for (const code of translatedOfferCodes) {
        const text = demoTranslations[locale].offers[code];
        expect(text.title.length, `${locale} ${code}`).toBeGreaterThan(5);
        expect(text.description.length, `${locale} ${code}`).toBeGreaterThan(60);
        expect(text.title, `${locale} ${code}`).not.toBe(german.get(code)?.title);
        expect(`${text.title} ${text.description}`, `${locale} ${code}`).toMatch(scripts[locale] as RegExp);
      }
    }
    // Farsi is written with Persian letters, not Arabic ones.
    expect(JSON.stringify(demoTranslations.fa)).not.toMatch(/[يك]/);

    // Organisations, the counselling centres first, have translated profiles too.
    const profiles = await em.execute<{ organisation_id: string }[]>(
      `select organisation_id from organisation_translation where description <> ''
         group by organisation_id having count(distinct locale) = 5`,
    );
    expect(profiles.length).toBeGreaterThanOrEqual(10);
  });

  it('has the six counselling centres, each with its counselling offer and a profile in six languages', async () => {
    expect(demoCounsellingCentres).toHaveLength(6);
    const em = h.orm.em.fork();
    const districts = new Set<string>();
    for (const centre of demoCounsellingCentres) {
      const org = await em.findOneOrFail(Organisation, { name: centre.organisation }, { populate: ['districts'] });
      expect(org.visibility).toBe('PUBLIC');
      for (const d of org.districts) districts.add(d.code);
      const data = await visitor.ok<any>(
        'query($id: UUID!) { organisation(id: $id) { name translations { locale description } offers { kind title translations { locale } } } }',
        { id: org.id },
      );
      expect(data.organisation.translations.map((t: any) => t.locale).sort()).toEqual(['ar', 'en', 'fa', 'tr', 'uk']);
      const counselling = data.organisation.offers.find((o: any) => o.kind === 'COUNSELLING');
      expect(counselling?.title).toBe(demoOffers.find((o) => o.code === centre.offer)?.title);
      expect(counselling.translations).toHaveLength(5);
    }
    // Between them they cover the whole city, and they belong to four welfare associations.
    expect(districts.size).toBe(13);
    expect(new Set(demoCounsellingCentres.map((c) => c.organisation.split(' – ')[0]))).toEqual(
      new Set(['Caritas', 'Diakonie', 'AWO', 'DRK']),
    );
    // The referral paths' situations all end at existing offers.
    for (const codes of Object.values(demoReferralOffers)) for (const code of codes) expect(demoOfferCodes).toContain(code);
  });

  it('stores a valid weekly schedule for every offer and location', async () => {
    for (const seed of demoOffers) for (const l of seed.locations) expect(() => parseSchedule(l.hours), seed.code).not.toThrow();
    expect(() => parseSchedule('Mo 12:00-09:00')).toThrow();
    expect(() => parseSchedule('Xy 09:00-12:00')).toThrow();
    expect(parseSchedule('Mo-Mi 09:00-12:00; Fr 14:00-16:30')).toEqual([
      { weekday: 1, opens: '09:00', closes: '12:00' },
      { weekday: 2, opens: '09:00', closes: '12:00' },
      { weekday: 3, opens: '09:00', closes: '12:00' },
      { weekday: 5, opens: '14:00', closes: '16:30' },
    ]);

    const em = h.orm.em.fork();
    const offers = await em.find(Offer, {});
    for (const offer of offers) {
      expect(offer.locations.length, offer.title).toBeGreaterThanOrEqual(1);
      expect(offer.locations.length, offer.title).toBeLessThanOrEqual(3);
      for (const location of offer.locations) {
        const parsed = locationSchema.safeParse(location);
        expect(parsed.success, `${offer.title}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        expect(location.openingHours.length > 0 || location.byAppointment, offer.title).toBe(true);
        for (const h of location.openingHours) expect(h.closes > h.opens, offer.title).toBe(true);
        expect(location.latitude, offer.title).toEqual(expect.any(Number));
        expect(location.street, offer.title).toBeTruthy();
      }
    }
    // Some are open at this very moment, by the same rule the API applies.
    const { offers: openNow } = await visitor.ok<any>('{ offers(filter: { openNow: true }, first: 1) { totalCount } }');
    expect(openNow.totalCount).toBeLessThan(offers.length);
  });

  it('lets a visitor find a counselling offer in Arabic in their district by an Arabic word', async () => {
    const { districts } = await visitor.ok<any>('{ districts { id code } }');
    const neustadt = districts.find((d: any) => d.code === 'neustadt');
    const data = await visitor.ok<any>(
      `query($search: String!, $districts: [UUID!]) {
         offers(filter: { search: $search, districtIds: $districts }, first: 50) {
           totalCount
           edges { node { kind title districts { code } translations { locale title description } } }
         }
       }`,
      { search: 'استشارة', districts: [neustadt.id] },
    );
    expect(data.offers.totalCount).toBeGreaterThan(0);
    const nodes = data.offers.edges.map((e: any) => e.node);
    for (const node of nodes) expect(node.districts.map((d: any) => d.code)).toContain('neustadt');
    const counselling = nodes.find((n: any) => n.kind === 'COUNSELLING' && n.translations.some((t: any) => t.locale === 'ar'));
    expect(counselling, JSON.stringify(nodes.map((n: any) => n.title))).toBeDefined();
    const arabic = counselling.translations.find((t: any) => t.locale === 'ar');
    expect(`${arabic.title} ${arabic.description}`).toMatch(/استشار/);
    // The AWO's counselling centre for Neustadt is among them.
    expect(nodes.map((n: any) => n.title)).toContain(demoOffers.find((o) => o.code === 'beratung-dezentral-neustadt')?.title);

    // In another district the same word finds that district's counselling centre instead.
    const kirchberg = districts.find((d: any) => d.code === 'kirchberg');
    const other = await visitor.ok<any>(
      'query($districts: [UUID!]) { offers(filter: { search: "استشارة", districtIds: $districts }, first: 50) { edges { node { title } } } }',
      { districts: [kirchberg.id] },
    );
    const titles = other.offers.edges.map((e: any) => e.node.title);
    expect(titles).toContain(demoOffers.find((o) => o.code === 'beratung-dezentral-kirchberg')?.title);
    expect(titles).not.toContain(demoOffers.find((o) => o.code === 'beratung-dezentral-neustadt')?.title);
  });
});
