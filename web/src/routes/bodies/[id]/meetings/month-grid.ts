import { addDays, parseDay } from '#lib/dates.ts';

/** A month of the calendar, as `YYYY-MM`. */
export type Month = string;

/** One cell of the month view. */
export interface CalendarDay {
  /** `YYYY-MM-DD`. */
  day: string;
  /** Whether the day belongs to the month shown (the grid starts and ends with days of its neighbours). */
  inMonth: boolean;
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month a day falls in. */
export const monthOf = (day: string): Month => day.slice(0, 7);

/** Whether a string names a month (`2026-03`). */
export const isMonth = (value: string | null | undefined): value is Month => !!value && monthPattern.test(value);

/** The month `delta` months after (or before) another. */
export function shiftMonth(month: Month, delta: number): Month {
  const [year, index] = [Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + delta];
  const y = year + Math.floor(index / 12);
  const m = ((index % 12) + 12) % 12;
  return `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The weeks of a month as the calendar shows them: Monday first (as in
 * Germany), whole weeks, so the first and last rows may hold days of the
 * neighbouring months.
 */
export function monthGrid(month: Month): CalendarDay[][] {
  const first = parseDay(`${month}-01`);
  if (!first) return [];
  // getDay(): 0 is Sunday. Step back to the Monday on or before the first.
  const start = addDays(`${month}-01`, -((first.getDay() + 6) % 7));
  const weeks: CalendarDay[][] = [];
  let day = start;
  do {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i++) {
      week.push({ day, inMonth: monthOf(day) === month });
      day = addDays(day, 1);
    }
    weeks.push(week);
  } while (monthOf(day) === month);
  return weeks;
}
