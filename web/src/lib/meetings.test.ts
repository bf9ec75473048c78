import { describe, expect, it } from 'vitest';
import { meetingsByDay, splitByTime } from './meetings.ts';

describe('meetingsByDay', () => {
  it('puts a meeting on its Berlin day, even when that is another day in UTC', () => {
    const byDay = meetingsByDay([
      { id: 'late', startsAt: '2026-03-10T23:30:00Z' },
      { id: 'evening', startsAt: '2026-03-10T17:00:00Z' },
      { id: 'morning', startsAt: '2026-03-10T08:00:00Z' },
    ]);
    expect(byDay.get('2026-03-10')?.map((m) => m.id)).toEqual(['morning', 'evening']);
    expect(byDay.get('2026-03-11')?.map((m) => m.id)).toEqual(['late']);
  });
});

describe('splitByTime', () => {
  it('lists upcoming meetings soonest first and past ones latest first; a running meeting is upcoming', () => {
    const meetings = [
      { id: 'old', startsAt: '2026-01-10T17:00:00Z', endsAt: '2026-01-10T19:00:00Z' },
      { id: 'next', startsAt: '2026-03-20T17:00:00Z', endsAt: '2026-03-20T19:00:00Z' },
      { id: 'now', startsAt: '2026-03-01T11:00:00Z', endsAt: '2026-03-01T13:00:00Z' },
      { id: 'recent', startsAt: '2026-02-10T17:00:00Z', endsAt: '2026-02-10T19:00:00Z' },
    ];
    const { upcoming, past } = splitByTime(meetings, new Date('2026-03-01T12:00:00Z'));
    expect(upcoming.map((m) => m.id)).toEqual(['now', 'next']);
    expect(past.map((m) => m.id)).toEqual(['recent', 'old']);
  });
});
