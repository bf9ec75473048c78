import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Offer, OfferTranslation } from '../../src/modules/offer/offer.entity.js';
import { OfferKind } from '../../src/modules/offer/offer.enums.js';
import { locationSchema } from '../../src/modules/offer/offer.inputs.js';
import { Visibility } from '../../src/modules/organisation/organisation.enums.js';
import { seedBulkOffers } from '../../src/seed/bulk-offers.js';
import { reloadDemoCity } from '../../src/seed/demo-city.js';
import { demoOffers } from '../../src/seed/demo-offers-data.js';
import { translationLocales } from '../../src/shared/locales.js';
import { databaseLabel } from '../support/database.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';

/** `demo:reload -- --offers N`: offers in bulk for load tests, valid as if entered through the API. */
describe(`bulk offers (${databaseLabel})`, () => {
  const total = 1200;
  let h: Harness;
  let visitor: GraphQLClient;
  let summaryOffers = 0;
  beforeAll(async () => {
    h = await startHarness();
    // A directory larger than the demo's, so bulk offers land on generated organisations too.
    summaryOffers = (await reloadDemoCity(h.orm.em.fork(), { organisations: 400, offers: total })).offers;
    visitor = h.client();
  }, 300_000);
  afterAll(async () => {
    await h?.close();
  });

  it('grows the offers to the total asked for, spread over the organisations, generated ones included', async () => {
    const em = h.orm.em.fork();
    expect(summaryOffers).toBe(total);
    expect(await em.count(Offer)).toBe(total);
    const [spread] = await em.execute<{ organisations: number; generated: number }[]>(
      `select count(distinct o.organisation_id)::int as organisations,
              count(distinct o.organisation_id) filter (where g.name ~ '\\(\\d+\\)$')::int as generated
         from offer o join organisation g on g.id = o.organisation_id`,
    );
    expect(spread?.organisations).toBeGreaterThan(300);
    expect(spread?.generated).toBeGreaterThan(50);
    // Asking again for no more than there are adds nothing.
    expect(await seedBulkOffers(h.orm.em.fork(), total)).toBe(0);
    expect(await seedBulkOffers(h.orm.em.fork(), 10)).toBe(0);
  });

  it('writes offers the API itself would accept: locations, schedules, titles, dates', async () => {
    const em = h.orm.em.fork();
    const offers = await em.find(Offer, {}, { populate: ['districts', 'languages', 'fieldsOfAction', 'targetGroups'] });
    const bulk = offers.filter((o) => /\(\d+\)$/.test(o.title));
    expect(bulk.length).toBe(total - demoOffers.length);
    for (const offer of bulk) {
      expect(offer.title.length, offer.title).toBeLessThanOrEqual(200);
      expect(offer.createdAt.getTime(), offer.title).toBeLessThanOrEqual(offer.lastConfirmedAt.getTime());
      expect(offer.locations.length, offer.title).toBeGreaterThanOrEqual(1);
      for (const location of offer.locations) {
        const parsed = locationSchema.safeParse(location);
        expect(parsed.success, `${offer.title}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        expect(location.openingHours.length > 0 || location.byAppointment, offer.title).toBe(true);
        expect(new Set(location.openingHours.map((s) => `${s.weekday} ${s.opens}`)).size).toBe(location.openingHours.length);
      }
      if (offer.validFrom && offer.validUntil) expect(offer.validFrom < offer.validUntil, offer.title).toBe(true);
      expect(offer.districts.length, offer.title).toBeGreaterThanOrEqual(1);
      expect(offer.languages.length, offer.title).toBeGreaterThanOrEqual(1);
    }
    // A realistic mix: every kind, internal, archived, ended and future ones, stale and fresh.
    expect(new Set(bulk.map((o) => o.kind))).toEqual(new Set(Object.values(OfferKind)));
    expect(bulk.filter((o) => o.visibility === Visibility.INTERNAL).length).toBeGreaterThan(10);
    expect(bulk.filter((o) => o.archivedAt).length).toBeGreaterThan(5);
    const today = new Date().toISOString().slice(0, 10);
    expect(bulk.filter((o) => o.validUntil && o.validUntil < today).length).toBeGreaterThan(5);
    expect(bulk.filter((o) => o.validFrom && o.validFrom > today).length).toBeGreaterThan(5);
    const yearAgo = Date.now() - 366 * 86400_000;
    expect(bulk.filter((o) => o.lastConfirmedAt.getTime() < yearAgo).length).toBeGreaterThan(50);
    expect(new Set(bulk.map((o) => o.districts.getItems()[0]?.code)).size).toBe(13);
  });

  it('translates a share of them into the other five languages', async () => {
    const em = h.orm.em.fork();
    const translations = await em.find(OfferTranslation, {}, { populate: ['offer'] });
    const bulk = translations.filter((t) => /\(\d+\)$/.test(t.offer.title));
    const offers = new Set(bulk.map((t) => t.offer.id));
    expect(offers.size).toBeGreaterThan((total - demoOffers.length) / 4);
    expect(offers.size).toBeLessThan((total - demoOffers.length) * 0.7);
    expect(new Set(bulk.map((t) => t.locale))).toEqual(new Set(translationLocales));
    for (const t of bulk) expect(t.title, t.offer.title).toMatch(/\(\d+\)$/);
  });

  it('is found by the directory search in Arabic', async () => {
    const { offers } = await visitor.ok<any>('{ offers(filter: { search: "استشارة" }, first: 5) { totalCount edges { node { title } } } }');
    expect(offers.totalCount).toBeGreaterThan(100);
  });
});
