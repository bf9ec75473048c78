import { ident, type Sql, sql } from '../../db/sql.js';
import type { OfferLocationData } from './offer.entity.js';

/** Opening hours are local times of the city: Europe/Berlin, summer time included. */
export const OFFER_TIME_ZONE = 'Europe/Berlin';

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: OFFER_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall clock in Europe/Berlin at an instant: ISO weekday, "HH:MM" and the calendar day. */
export function berlinClock(at: Date): { weekday: number; time: string; day: string } {
  const parts = Object.fromEntries(clockFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    weekday: weekdays[parts.weekday as string] as number,
    time: `${parts.hour}:${parts.minute}`,
    day: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

export interface Schedule {
  locations: readonly Pick<OfferLocationData, 'openingHours'>[];
  validFrom: string | null;
  validUntil: string | null;
}

/**
 * Whether an offer is open at an instant: within its validity period (days
 * in Europe/Berlin) and inside an opening slot of one of its locations.
 * Without opening hours it is never open (it may still be by appointment).
 */
export function isOpenAt(offer: Schedule, at: Date): boolean {
  const { weekday, time, day } = berlinClock(at);
  if (offer.validFrom && day < offer.validFrom) return false;
  if (offer.validUntil && day > offer.validUntil) return false;
  return offer.locations.some((l) => l.openingHours.some((h) => h.weekday === weekday && h.opens <= time && time < h.closes));
}

/** The same rule in SQL over the offer row `alias`, at the instant `at` (the statement's time unless given). */
export function openAtSql(alias: string, at: Sql = sql`now()`): Sql {
  const o = ident(alias);
  const local = sql`(${at} at time zone ${OFFER_TIME_ZONE})`;
  return sql`((${o}.valid_from is null or ${o}.valid_from <= ${local}::date)
    and (${o}.valid_until is null or ${o}.valid_until >= ${local}::date)
    and exists (select 1 from jsonb_array_elements(${o}.locations) oh_l, jsonb_array_elements(oh_l->'openingHours') oh_h
      where (oh_h->>'weekday')::int = extract(isodow from ${local})::int
        and (oh_h->>'opens') collate "C" <= to_char(${local}, 'HH24:MI') and to_char(${local}, 'HH24:MI') < (oh_h->>'closes') collate "C"))`;
}

/** Whether the offer's last day (Europe/Berlin) has not passed. */
export function notEndedSql(alias: string): Sql {
  const o = ident(alias);
  return sql`(${o}.valid_until is null or ${o}.valid_until >= (now() at time zone ${OFFER_TIME_ZONE})::date)`;
}
