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
