import type { AuditService } from '../modules/audit/audit.service.js';
import type { Offer, OfferLocationData, OpeningHoursData } from '../modules/offer/offer.entity.js';
import { OfferCost, OfferKind } from '../modules/offer/offer.enums.js';
import { offerSnapshot } from '../modules/offer/offer.service.js';
import type { ContactChannel } from '../modules/organisation/contact.types.js';
import type { Organisation } from '../modules/organisation/organisation.entity.js';
import { ContactChannelKind, type OrganisationKind, type Sector, Visibility } from '../modules/organisation/organisation.enums.js';
import { organisationSnapshot } from '../modules/organisation/organisation.service.js';
import type { OrganisationTranslation } from '../modules/organisation/organisation-translation.entity.js';
import type { Person } from '../modules/person/person.entity.js';
import type { District, FieldOfAction, Language, TargetGroup } from '../modules/reference/reference.entity.js';
import type { Locale } from '../shared/locales.js';
import {
  type DemoTranslations,
  demoCounsellingCentreOrganisations,
  demoOffers,
  type OfferLocationSeed,
  type OfferSeed,
  translatedOfferCodes,
  translatedOrganisations,
} from './demo-offers-data.js';
import { demoTranslationsAr } from './demo-offers-i18n.ar.js';
import { demoTranslationsEn } from './demo-offers-i18n.en.js';
import { demoTranslationsFa } from './demo-offers-i18n.fa.js';
import { demoTranslationsTr } from './demo-offers-i18n.tr.js';
import { demoTranslationsUk } from './demo-offers-i18n.uk.js';
import type { Factory } from './factories.js';
import { Random } from './random.js';

/** The hand-written texts of each language other than German. */
export const demoTranslations: Record<Exclude<Locale, 'de'>, DemoTranslations> = {
  en: demoTranslationsEn,
  ar: demoTranslationsAr,
  fa: demoTranslationsFa,
  tr: demoTranslationsTr,
  uk: demoTranslationsUk,
};

const weekdayNumbers: Record<string, number> = { Mo: 1, Di: 2, Mi: 3, Do: 4, Fr: 5, Sa: 6, So: 7 };
const clock = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Parses the compact schedule of the demo data, `'Mo,Mi 09:00-12:00; Do-Fr 14:00-18:00'`,
 * into weekly opening slots (1 = Monday). Throws on anything malformed, including a
 * closing time that is not after the opening time, so bad demo data fails loudly.
 */
export function parseSchedule(text: string): OpeningHoursData[] {
  const slots: OpeningHoursData[] = [];
  for (const part of text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^(\S+)\s+(\d\d:\d\d)-(\d\d:\d\d)$/.exec(part);
    if (!match) throw new Error(`Bad schedule "${part}"`);
    const [, days = '', opens = '', closes = ''] = match;
    if (!clock.test(opens) || !(clock.test(closes) || closes === '24:00')) throw new Error(`Bad time in "${part}"`);
    if (closes <= opens) throw new Error(`Closes before it opens: "${part}"`);
    for (const token of days.split(',')) {
      const [from, to] = token.split('-');
      const first = weekdayNumbers[from ?? ''];
      const last = to === undefined ? first : weekdayNumbers[to];
      if (!first || !last || last < first) throw new Error(`Bad weekday "${token}" in "${part}"`);
      for (let weekday = first; weekday <= last; weekday++) slots.push({ weekday, opens, closes });
    }
  }
  return slots.sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
}

/** `'Y+1-07-15'` → next year's 15 July; plain ISO dates stay as they are. */
export function resolveDemoDate(value: string | undefined, today: Date): string | null {
  if (!value) return null;
  const match = /^Y([+-]\d+)?-(\d\d-\d\d)$/.exec(value);
  if (!match) return value;
  return `${today.getUTCFullYear() + Number(match[1] ?? 0)}-${match[2]}`;
}

export interface DemoOffersContext {
  /** The demo city's organisations by name; the counselling centres are added to it. */
  organisations: Map<string, Organisation>;
  fields: Map<string, FieldOfAction>;
  districts: Map<string, District>;
  languages: Map<string, Language>;
  targetGroups: Map<string, TargetGroup>;
  /** Map positions of the districts, for locations away from an organisation's address. */
  districtCentres: Map<string, { latitude: number; longitude: number }>;
  /** Whether to add the counselling centres missing from the directory (not in a cut-down one). */
  addCounsellingCentres: boolean;
  /** People to name as contacts of the new counselling centres. */
  people: Person[];
  audit: AuditService;
  now: Date;
}

export interface DemoOffersResult {
  /** Every offer by its stable code (demo-offers-data.ts), for referral paths and tests. */
  offers: Map<string, Offer>;
  /** The counselling centres this step added to the directory. */
  organisations: Organisation[];
  translations: number;
  organisationTranslations: number;
}

/**
 * The demo city's offers: the six counselling centres (four added as
 * organisations), 170+ offers across the organisations, texts in all six
 * languages for the ones a newcomer needs first, and translated profiles of
 * the counselling organisations. Offers of organisations missing from a
 * cut-down directory are left out. Uses its own random numbers, so the rest of
 * the demo city stays as it was.
 */
export function seedDemoOffers(factory: Factory, context: DemoOffersContext): DemoOffersResult {
  const r = new Random(1010);
  const lookup = <T>(map: Map<string, T>, codes: string[]) => codes.map((c) => map.get(c)).filter((x): x is T => x !== undefined);
  const day = 86400_000;
  const now = context.now.getTime();
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  const near = (district: string | undefined) => {
    const centre = context.districtCentres.get(district ?? '') ?? { latitude: 52.1205, longitude: 11.6276 };
    return { latitude: round(centre.latitude + (r.next() - 0.5) * 0.01), longitude: round(centre.longitude + (r.next() - 0.5) * 0.016) };
  };

  // The counselling centres missing from the directory, with a contact person each.
  const added: Organisation[] = [];
  if (context.addCounsellingCentres && context.people.length > 0) {
    for (const seed of demoCounsellingCentreOrganisations) {
      if (context.organisations.has(seed.name)) continue;
      const contactChannels: ContactChannel[] = [];
      if (seed.email) contactChannels.push({ kind: ContactChannelKind.EMAIL, value: seed.email, label: null });
      if (seed.phone) contactChannels.push({ kind: ContactChannelKind.PHONE, value: seed.phone, label: null });
      const org = factory.organisation({
        name: seed.name,
        shortName: seed.shortName ?? null,
        kind: seed.kind as OrganisationKind,
        sector: seed.sector as Sector,
        description: seed.description,
        contactChannels,
        address: { street: seed.street, postalCode: seed.postalCode, city: 'Lindenau', ...near(seed.districts[0]) },
        lastConfirmedAt: new Date(now - r.int(5, 120) * day),
        fieldsOfAction: lookup(context.fields, seed.fieldsOfAction),
        districts: lookup(context.districts, seed.districts),
        languages: lookup(context.languages, seed.languages),
        targetGroups: lookup(context.targetGroups, seed.targetGroups),
      });
      factory.affiliation(r.pick(context.people), org, { role: 'Beratung', validFrom: `${r.int(2019, 2024)}-0${r.int(1, 9)}-01` });
      context.organisations.set(seed.name, org);
      added.push(org);
    }
  }

  const offers = new Map<string, Offer>();
  for (const seed of demoOffers) {
    const organisation = context.organisations.get(seed.organisation);
    if (!organisation) continue;
    const offer = factory.offer(organisation, {
      title: seed.title,
      description: seed.description,
      kind: OfferKind[seed.kind],
      locations: seed.locations.map((l) => location(l, organisation, near)),
      cost: OfferCost[seed.cost],
      costNote: seed.costNote ?? null,
      registrationRequired: seed.registrationRequired,
      contactChannels: contactChannels(seed, organisation),
      validFrom: resolveDemoDate(seed.validFrom, context.now),
      validUntil: resolveDemoDate(seed.validUntil, context.now),
      visibility: seed.internal ? Visibility.INTERNAL : Visibility.PUBLIC,
      archivedAt: seed.archivedDaysAgo === undefined ? null : new Date(now - seed.archivedDaysAgo * day),
      lastConfirmedAt: new Date(now - seed.confirmedDaysAgo * day),
      createdAt: new Date(now - (seed.confirmedDaysAgo + r.int(0, 500)) * day),
      fieldsOfAction: lookup(context.fields, seed.fieldsOfAction),
      districts: lookup(context.districts, seed.districts),
      languages: lookup(context.languages, seed.languages),
      targetGroups: lookup(context.targetGroups, seed.targetGroups),
    });
    offers.set(seed.code, offer);
  }

  let translations = 0;
  const organisationTranslations = new Map<Organisation, OrganisationTranslation[]>();
  for (const [locale, texts] of Object.entries(demoTranslations)) {
    for (const code of translatedOfferCodes) {
      const offer = offers.get(code);
      if (!offer) continue;
      factory.offerTranslation(offer, locale, texts.offers[code]);
      translations++;
    }
    for (const [key, name] of Object.entries(translatedOrganisations)) {
      const organisation = context.organisations.get(name);
      if (!organisation) continue;
      const text = texts.organisations[key as keyof typeof translatedOrganisations];
      const translation = factory.organisationTranslation(organisation, locale, { name: text.name ?? null, description: text.description });
      organisationTranslations.set(organisation, [...(organisationTranslations.get(organisation) ?? []), translation]);
    }
  }

  for (const org of added) {
    context.audit.record(
      factory.em,
      { kind: 'system' },
      {
        entityType: 'Organisation',
        entityId: org.id,
        action: 'CREATE',
        after: organisationSnapshot(org, organisationTranslations.get(org)),
        organisationIds: [org.id],
      },
    );
  }
  for (const offer of offers.values()) {
    context.audit.record(
      factory.em,
      { kind: 'system' },
      { entityType: 'Offer', entityId: offer.id, action: 'CREATE', after: offerSnapshot(offer), organisationIds: [offer.organisation.id] },
    );
  }

  return {
    offers,
    organisations: added,
    translations,
    organisationTranslations: [...organisationTranslations.values()].reduce((n, list) => n + list.length, 0),
  };
}

/** A location of the demo data as stored: the organisation's own address unless another is given. */
function location(
  seed: OfferLocationSeed,
  organisation: Organisation,
  near: (district: string | undefined) => { latitude: number; longitude: number },
): OfferLocationData {
  const elsewhere = seed.street !== undefined;
  const position = elsewhere
    ? near(seed.district)
    : { latitude: organisation.address.latitude ?? null, longitude: organisation.address.longitude ?? null };
  const hasAccessibility = seed.stepFree !== undefined || seed.accessibleToilet !== undefined || seed.accessibilityNote !== undefined;
  return {
    name: seed.name ?? organisation.shortName ?? organisation.name,
    street: elsewhere ? seed.street : (organisation.address.street ?? null),
    postalCode: elsewhere ? (seed.postalCode ?? null) : (organisation.address.postalCode ?? null),
    city: 'Lindenau',
    ...position,
    accessibility: hasAccessibility
      ? { stepFree: seed.stepFree ?? null, accessibleToilet: seed.accessibleToilet ?? null, note: seed.accessibilityNote ?? null }
      : null,
    openingHours: parseSchedule(seed.hours),
    byAppointment: seed.byAppointment ?? false,
  };
}

/** The offer's own contact channels, else the organisation's e-mail and phone. */
function contactChannels(seed: OfferSeed, organisation: Organisation): ContactChannel[] {
  if (seed.contact) return seed.contact.map((c) => ({ kind: ContactChannelKind[c.kind], value: c.value, label: c.label ?? null }));
  return organisation.contactChannels
    .filter((c) => c.kind === ContactChannelKind.EMAIL || c.kind === ContactChannelKind.PHONE)
    .map((c) => ({ ...c }));
}
