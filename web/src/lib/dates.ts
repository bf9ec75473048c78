/**
 * Calendar days as the API sends them (`YYYY-MM-DD`, no time zone). They are
 * read and written in the browser's local time, so a day never shifts by one
 * for users west of UTC.
 */

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a calendar day such as `2026-03-31`. */
export const isDay = (value: string): boolean => dayPattern.test(value);

/** A calendar day as a local `Date` at midnight, or undefined when the string is not a real day. */
export function parseDay(value: string): Date | undefined {
  const match = dayPattern.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/** The local calendar day of a date (default: today) as `YYYY-MM-DD`. */
export function localDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The calendar day `days` after (or, negative, before) a day; the day itself when it is not a real day. */
export function addDays(day: string, days: number): string {
  const date = parseDay(day);
  if (!date) return day;
  date.setDate(date.getDate() + days);
  return localDay(date);
}

/**
 * The calendar day `months` after (or, negative, before) a day, on the same day of the month or, where that month is
 * shorter, on its last day (31 March minus one month is 28 or 29 February); the day itself when it is not a real day.
 */
export function addMonths(day: string, months: number): string {
  const date = parseDay(day);
  if (!date) return day;
  const target = new Date(date.getFullYear(), date.getMonth() + months, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(date.getDate(), lastDay));
  return localDay(target);
}

/*
 * Meetings happen at instants, stored in UTC. They are shown and entered in
 * Europe/Berlin, wherever the browser is, so everyone sees the time the
 * invitation names.
 */

/** The time zone meetings are shown and entered in. */
export const meetingTimeZone = 'Europe/Berlin';

const berlinParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: meetingTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function wallClock(instant: Date): { day: string; time: string; utcMs: number } {
  const parts = Object.fromEntries(berlinParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const [y, mo, d, h, mi, s] = [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    utcMs: Date.UTC(y, mo - 1, d, h, mi, s),
  };
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in Berlin. */
export const berlinDay = (iso: string | Date): string => wallClock(new Date(iso)).day;

/** The time of day (`HH:mm`) of an instant in Berlin. */
export const berlinTime = (iso: string | Date): string => wallClock(new Date(iso)).time;

/** Minutes Berlin is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(instant: Date): number {
  const clock = wallClock(instant);
  return Math.round((clock.utcMs - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant (ISO string in UTC) of a day and time of day in Berlin, or
 * undefined when either is not real. In the hour the clocks skip in spring
 * the time is read with the winter offset (02:30 becomes 03:30); in the hour
 * that repeats in autumn the first one is meant.
 */
export function fromBerlin(day: string, time: string): string | undefined {
  const date = parseDay(day);
  const match = timePattern.exec(time);
  if (!date || !match) return undefined;
  const wall = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), Number(match[1]), Number(match[2]));
  // Try the offsets Berlin can have around that time; take the earliest that gives the wall clock back.
  const before = berlinOffsetMinutes(new Date(wall - 3 * 3_600_000));
  const after = berlinOffsetMinutes(new Date(wall + 3 * 3_600_000));
  for (const offset of [Math.max(before, after), Math.min(before, after)]) {
    const candidate = new Date(wall - offset * 60_000);
    if (wallClock(candidate).utcMs === wall) return candidate.toISOString();
  }
  return new Date(wall - Math.min(before, after) * 60_000).toISOString();
}
