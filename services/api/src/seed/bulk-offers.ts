import type { EntityManager } from '../db/orm.js';
import { SqlReader } from '../db/reader.js';
import { sql } from '../db/sql.js';
import type { OfferAccessibilityData, OfferLocationData, OpeningHoursData } from '../modules/offer/offer.entity.js';
import { OfferCost, OfferKind } from '../modules/offer/offer.enums.js';
import type { ContactChannel } from '../modules/organisation/contact.types.js';
import { ContactChannelKind, Visibility } from '../modules/organisation/organisation.enums.js';
import { type Locale, locales } from '../shared/locales.js';
import { demoTranslations, parseSchedule } from './demo-offers.js';
import { demoOffers, type OfferSeed, type TranslatedOfferCode, translatedOfferCodes } from './demo-offers-data.js';
import { Random } from './random.js';

/**
 * Offers in bulk for load tests (`demo:reload -- --offers 30000`): the demo
 * offers (demo-offers-data.ts) as templates, spread over every organisation
 * of the directory, the generated ones of `--organisations` included, with
 * their own mix of kinds, tags, languages, districts, schedules, costs and
 * validity periods. A quarter are drawn from the translated templates (the
 * others from all of them), so about 45 % carry their template's texts in a
 * random choice of the other five languages. Some are internal, archived,
 * ended or not started yet, as in a real directory.
 *
 * Written with a few hundred rows per statement (JSON rows unpacked by
 * `jsonb_to_recordset`), so 30,000 offers take seconds, not minutes; the demo
 * city's own data and random numbers stay as they were.
 */

/** Rows per insert statement: well under PostgreSQL's limits, few round trips. */
const BATCH = 1000;

const cityCentre = { latitude: 52.1205, longitude: 11.6276 };
const kinds = Object.values(OfferKind);
const costs = Object.values(OfferCost);
const otherLocales = locales.filter((l): l is Exclude<Locale, 'de'> => l !== 'de');
const translated = new Set<string>(translatedOfferCodes);
const translatedTemplates = demoOffers.filter((o) => translated.has(o.code));
const day = 86400_000;

interface OrganisationRow {
  id: string;
  name: string;
  short_name: string | null;
  address_street: string | null;
  address_postal_code: string | null;
  address_latitude: number | null;
  address_longitude: number | null;
  contact_channels: ContactChannel[];
}

interface OfferRow {
  id: string;
  created_at: string;
  updated_at: string;
  organisation_id: string;
  title: string;
  description: string;
  kind: OfferKind;
  locations: OfferLocationData[];
  cost: OfferCost;
  cost_note: string | null;
  registration_required: boolean;
  contact_channels: ContactChannel[];
  valid_from: string | null;
  valid_until: string | null;
  visibility: Visibility;
  archived_at: string | null;
  last_confirmed_at: string;
}

interface TranslationRow {
  id: string;
  created_at: string;
  updated_at: string;
  offer_id: string;
  locale: string;
  title: string;
  description: string;
}

type Pivot = 'field_of_action' | 'district' | 'language' | 'target_group';
const pivots: readonly Pivot[] = ['field_of_action', 'district', 'language', 'target_group'];

/** A version-4 UUID from the seeded random numbers, so every run writes the same ids. */
function uuid(r: Random): string {
  const hex = Array.from({ length: 4 }, () =>
    Math.floor(r.next() * 0x100000000)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const round = (v: number) => Math.round(v * 1e6) / 1e6;
/** A title with its running number, within the column's 200 characters. */
const numbered = (title: string, n: number) => {
  const suffix = ` (${n})`;
  return title.length + suffix.length > 200 ? `${title.slice(0, 200 - suffix.length - 1)}…${suffix}` : `${title}${suffix}`;
};

/** A weekly schedule: one to three groups of weekdays with their own hours, sorted as `parseSchedule` sorts. */
function schedule(r: Random): OpeningHoursData[] {
  const slots: OpeningHoursData[] = [];
  for (let group = r.int(1, 3); group > 0; group--) {
    const opens = r.int(16, 36) * 30; // 08:00 … 18:00
    const closes = Math.min(opens + r.int(3, 8) * 30, 21 * 60 + 30);
    const days = r.chance(0.15) ? [6] : r.sample([1, 2, 3, 4, 5], r.int(1, 3));
    for (const weekday of days) {
      if (slots.some((s) => s.weekday === weekday)) continue;
      slots.push({ weekday, opens: clock(opens), closes: clock(closes) });
    }
  }
  return slots.sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
}

function accessibility(r: Random): OfferAccessibilityData | null {
  if (r.chance(0.4)) return null;
  return {
    stepFree: r.chance(0.7),
    accessibleToilet: r.chance(0.25) ? null : r.chance(0.5),
    note: r.chance(0.15) ? 'Bitte klingeln, der Eingang ist auf der Rückseite.' : null,
  };
}

/** The places of an offer: the template's own, else the organisation's address; sometimes a second one. */
function locations(r: Random, template: OfferSeed, organisation: OrganisationRow): OfferLocationData[] {
  const near = (lat: number | null, lng: number | null) => ({
    latitude: round((lat ?? cityCentre.latitude) + (r.next() - 0.5) * (lat === null ? 0.06 : 0.004)),
    longitude: round((lng ?? cityCentre.longitude) + (r.next() - 0.5) * (lng === null ? 0.09 : 0.006)),
  });
  const count = r.chance(0.15) ? 2 : 1;
  const out: OfferLocationData[] = [];
  for (let i = 0; i < count; i++) {
    const seed = template.locations[i] ?? template.locations[0];
    const own = i === 0 && !seed?.street;
    // A fifth keep the template's schedule; the others get one of their own; some are by appointment only.
    const byAppointmentOnly = r.chance(0.12);
    const hours = byAppointmentOnly ? [] : seed && r.chance(0.2) ? parseSchedule(seed.hours) : schedule(r);
    out.push({
      name: i === 0 ? (seed?.name ?? organisation.short_name ?? organisation.name) : `Außensprechstunde ${r.int(1, 40)}`,
      street: own ? (organisation.address_street ?? `Lindenstraße ${r.int(1, 120)}`) : (seed?.street ?? `Marktplatz ${r.int(1, 30)}`),
      postalCode: own ? (organisation.address_postal_code ?? `391${r.int(0, 3)}${r.int(0, 9)}`) : (seed?.postalCode ?? '39104'),
      city: 'Lindenau',
      ...(own ? near(organisation.address_latitude, organisation.address_longitude) : near(null, null)),
      accessibility: accessibility(r),
      openingHours: hours,
      byAppointment: byAppointmentOnly || (seed?.byAppointment ?? r.chance(0.4)),
    });
  }
  return out;
}

function contactChannels(r: Random, template: OfferSeed, organisation: OrganisationRow, n: number): ContactChannel[] {
  if (template.contact && r.chance(0.5)) {
    return template.contact.map((c) => ({ kind: ContactChannelKind[c.kind], value: c.value, label: c.label ?? null }));
  }
  const own = organisation.contact_channels.filter((c) => c.kind === ContactChannelKind.EMAIL || c.kind === ContactChannelKind.PHONE);
  if (own.length) return own.map((c) => ({ ...c }));
  return r.chance(0.7) ? [{ kind: ContactChannelKind.EMAIL, value: `angebot${n}@lindenau.example`, label: null }] : [];
}

/** Tags: the template's codes, a few changed at random. */
function tags(r: Random, codes: readonly string[], all: readonly string[], extra: number, drop: number): string[] {
  const kept = codes.filter(() => !r.chance(drop));
  const more = r.sample(
    all.filter((c) => !kept.includes(c)),
    r.chance(0.5) ? r.int(0, extra) : 0,
  );
  return [...kept, ...more];
}

/**
 * Adds offers until the directory holds `total` (the demo's own count
 * included); returns how many it added. Needs the demo city in the database.
 */
export async function seedBulkOffers(em: EntityManager, total: number, now = new Date()): Promise<number> {
  return em.transactional(async (tem) => {
    const db = new SqlReader(tem);
    const [{ count: existing } = { count: 0 }] = await db.rows<{ count: number }>(sql`select count(*)::int as count from offer`);
    const wanted = total - existing;
    if (wanted <= 0) return 0;
    const organisations = await db.rows<OrganisationRow>(
      sql`select id, name, short_name, address_street, address_postal_code, address_latitude, address_longitude, contact_channels
            from organisation order by name, id`,
    );
    if (organisations.length === 0) throw new Error('Bulk offers need organisations: load the demo city first.');
    const refs = {} as Record<Pivot, Map<string, string>>;
    for (const table of pivots) {
      const rows = await db.rows<{ id: string; code: string }>(sql`select id, code from ${sql.raw(table)} order by position, code`);
      refs[table] = new Map(rows.map((row) => [row.code, row.id]));
    }
    const codes = Object.fromEntries(pivots.map((p) => [p, [...refs[p].keys()]])) as Record<Pivot, string[]>;

    const r = new Random(30_000);
    const nowMs = now.getTime();
    let offers: OfferRow[] = [];
    let translations: TranslationRow[] = [];
    let tagged: Record<Pivot, { offer_id: string; ref_id: string }[]> = {
      field_of_action: [],
      district: [],
      language: [],
      target_group: [],
    };

    const flush = async () => {
      if (offers.length) {
        await db.rows(sql`insert into offer (id, created_at, updated_at, organisation_id, title, description, kind, locations, cost, cost_note,
            registration_required, contact_channels, valid_from, valid_until, visibility, archived_at, last_confirmed_at)
          select x.id, x.created_at, x.updated_at, x.organisation_id, x.title, x.description, x.kind::offer_kind, x.locations, x.cost::offer_cost,
                 x.cost_note, x.registration_required, x.contact_channels, x.valid_from, x.valid_until, x.visibility::visibility, x.archived_at,
                 x.last_confirmed_at
            from jsonb_to_recordset(${JSON.stringify(offers)}::jsonb) as x(id uuid, created_at timestamptz, updated_at timestamptz,
                 organisation_id uuid, title text, description text, kind text, locations jsonb, cost text, cost_note text,
                 registration_required boolean, contact_channels jsonb, valid_from date, valid_until date, visibility text,
                 archived_at timestamptz, last_confirmed_at timestamptz)`);
      }
      for (const table of pivots) {
        if (!tagged[table].length) continue;
        await db.rows(sql`insert into ${sql.raw(`offer_${table}`)} (offer_id, ${sql.raw(`${table}_id`)})
          select x.offer_id, x.ref_id from jsonb_to_recordset(${JSON.stringify(tagged[table])}::jsonb) as x(offer_id uuid, ref_id uuid)`);
      }
      if (translations.length) {
        await db.rows(sql`insert into offer_translation (id, created_at, updated_at, offer_id, locale, title, description)
          select x.id, x.created_at, x.updated_at, x.offer_id, x.locale, x.title, x.description
            from jsonb_to_recordset(${JSON.stringify(translations)}::jsonb) as x(id uuid, created_at timestamptz, updated_at timestamptz,
                 offer_id uuid, locale text, title text, description text)`);
      }
      offers = [];
      translations = [];
      tagged = { field_of_action: [], district: [], language: [], target_group: [] };
    };

    for (let i = 0; i < wanted; i++) {
      const n = i + 1;
      const template = r.chance(0.25) ? r.pick(translatedTemplates) : r.pick(demoOffers);
      const organisation = r.pick(organisations);
      const id = uuid(r);
      const confirmed = nowMs - r.int(0, 600) * day;
      const created = confirmed - r.int(0, 400) * day;
      const cost = r.chance(0.8) ? OfferCost[template.cost] : r.pick(costs);
      // Most run open-ended; some are courses with dates, a few have ended or not started yet.
      let validFrom: string | null = template.validFrom ? isoDay(nowMs - r.int(0, 200) * day) : null;
      let validUntil: string | null = null;
      const period = r.next();
      if (period < 0.12) {
        const start = nowMs - r.int(0, 200) * day;
        validFrom = isoDay(start);
        validUntil = isoDay(start + r.int(30, 330) * day);
      } else if (period < 0.15) {
        const end = nowMs - r.int(1, 200) * day;
        validUntil = isoDay(end);
        if (validFrom) validFrom = isoDay(end - r.int(30, 300) * day);
      } else if (period < 0.2) {
        validFrom = isoDay(nowMs + r.int(5, 90) * day);
      }
      offers.push({
        id,
        created_at: new Date(created).toISOString(),
        updated_at: new Date(confirmed).toISOString(),
        organisation_id: organisation.id,
        title: numbered(template.title, n),
        description: template.description,
        kind: r.chance(0.85) ? OfferKind[template.kind] : r.pick(kinds),
        locations: locations(r, template, organisation),
        cost,
        cost_note: cost === OfferCost[template.cost] ? (template.costNote ?? null) : null,
        registration_required: r.chance(0.85) ? template.registrationRequired : !template.registrationRequired,
        contact_channels: contactChannels(r, template, organisation, n),
        valid_from: validFrom,
        valid_until: validUntil,
        visibility: r.chance(0.05) ? Visibility.INTERNAL : Visibility.PUBLIC,
        archived_at: r.chance(0.03) ? new Date(nowMs - r.int(1, 300) * day).toISOString() : null,
        last_confirmed_at: new Date(confirmed).toISOString(),
      });

      const chosen: Record<Pivot, string[]> = {
        field_of_action: tags(r, template.fieldsOfAction, codes.field_of_action, 1, 0.1),
        // The template's districts, some changed, or others at random.
        district: r.chance(0.5)
          ? tags(r, template.districts, codes.district, 2, 0.3)
          : r.sample(codes.district, r.chance(0.7) ? 1 : r.int(2, 3)),
        language: tags(r, template.languages, codes.language, 2, 0.15),
        target_group: tags(r, template.targetGroups, codes.target_group, 1, 0.1),
      };
      // Every offer takes place somewhere and in some language.
      if (chosen.district.length === 0) chosen.district.push(r.pick(codes.district));
      if (chosen.language.length === 0) chosen.language.push(template.languages[0] ?? 'de');
      for (const table of pivots) {
        for (const code of new Set(chosen[table])) {
          const ref = refs[table].get(code);
          if (ref) tagged[table].push({ offer_id: id, ref_id: ref });
        }
      }

      if (translated.has(template.code)) {
        for (const locale of otherLocales) {
          if (!r.chance(0.75)) continue;
          const text = demoTranslations[locale].offers[template.code as TranslatedOfferCode];
          translations.push({
            id: uuid(r),
            created_at: new Date(created).toISOString(),
            updated_at: new Date(confirmed).toISOString(),
            offer_id: id,
            locale,
            title: numbered(text.title, n),
            description: text.description,
          });
        }
      }
      if (offers.length >= BATCH) await flush();
    }
    await flush();
    return wanted;
  });
}
