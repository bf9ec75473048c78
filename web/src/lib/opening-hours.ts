import { berlinDay, berlinTime, parseDay } from './dates.ts';

/**
 * Opening hours as the API sends them: one row per opening span, weekday
 * 1 = Monday … 7 = Sunday, times `HH:MM` in Europe/Berlin.
 */
export interface OpeningHoursRow {
  weekday: number;
  opens: string;
  closes: string;
}

/** The weekdays, Monday first, as the API numbers them. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** One day of the week with its opening spans, earliest first. */
export interface OpeningDay {
  weekday: number;
  spans: { opens: string; closes: string }[];
}

/** The week from Monday to Sunday with each day's spans; days without spans are included (closed). */
export function weekSchedule(rows: readonly OpeningHoursRow[]): OpeningDay[] {
  return weekdays.map((weekday) => ({
    weekday,
    spans: rows
      .filter((row) => row.weekday === weekday)
      .map(({ opens, closes }) => ({ opens, closes }))
      .sort((a, b) => a.opens.localeCompare(b.opens)),
  }));
}

/** The weekday (1 = Monday … 7 = Sunday) and time of day (`HH:MM`) of an instant in Berlin. */
export function berlinWeekdayAndTime(instant: Date): { weekday: number; time: string } {
  const day = parseDay(berlinDay(instant));
  const sunday0 = day ? day.getDay() : instant.getUTCDay();
  return { weekday: sunday0 === 0 ? 7 : sunday0, time: berlinTime(instant) };
}

/**
 * Whether the place is open at an instant, and the span it is in. The API
 * answers `openNow` for lists; this is for the page that shows "open until".
 */
export function openSpan(rows: readonly OpeningHoursRow[], instant: Date): { opens: string; closes: string } | undefined {
  const { weekday, time } = berlinWeekdayAndTime(instant);
  return rows.find((row) => row.weekday === weekday && row.opens <= time && time < row.closes);
}

// 2024-01-01 was a Monday: day n of the week is 2024-01-0n.
const weekdayDate = (weekday: number) => new Date(Date.UTC(2024, 0, weekday, 12));

/** The name of a weekday in a language, `long` ("Montag") or `short` ("Mo."). */
export function weekdayName(weekday: number, locale: string, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(weekdayDate(weekday));
}

/** A time of day (`HH:MM`) as the language writes it, e.g. "09:00" or, in Arabic, "٠٩:٠٠". */
export function formatTimeOfDay(time: string, locale: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return time;
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1, Number(match[1]), Number(match[2]))),
  );
}

/** A span as "09:00–12:30" in the language's digits. */
export function formatSpan(span: { opens: string; closes: string }, locale: string): string {
  return `${formatTimeOfDay(span.opens, locale)}–${formatTimeOfDay(span.closes, locale)}`;
}
