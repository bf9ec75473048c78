import { berlinDay } from './dates.ts';

/** Meetings by the Berlin day they start on, each day's in order of time. */
export function meetingsByDay<M extends { startsAt: string }>(meetings: readonly M[]): Map<string, M[]> {
  const byDay = new Map<string, M[]>();
  for (const meeting of [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = berlinDay(meeting.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), meeting]);
  }
  return byDay;
}

/**
 * Upcoming meetings (not yet over), soonest first, and past ones, the most
 * recent first. Cancelled meetings stay where their date puts them.
 */
export function splitByTime<M extends { startsAt: string; endsAt: string }>(
  meetings: readonly M[],
  now: Date,
): { upcoming: M[]; past: M[] } {
  const at = now.toISOString();
  const upcoming = meetings.filter((m) => m.endsAt >= at).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = meetings.filter((m) => m.endsAt < at).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { upcoming, past };
}
