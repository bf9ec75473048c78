import { describe, expect, it } from 'vitest';
import { berlinWeekdayAndTime, formatSpan, formatTimeOfDay, openSpan, weekdayName, weekSchedule } from './opening-hours.ts';

const hours = [
  { weekday: 3, opens: '14:00', closes: '18:00' },
  { weekday: 1, opens: '09:00', closes: '12:00' },
  { weekday: 3, opens: '09:00', closes: '12:30' },
];

describe('opening hours', () => {
  it('lays the rows out as a week from Monday, spans in order, closed days empty', () => {
    const week = weekSchedule(hours);
    expect(week.map((day) => day.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(week[2]?.spans).toEqual([
      { opens: '09:00', closes: '12:30' },
      { opens: '14:00', closes: '18:00' },
    ]);
    expect(week[1]?.spans).toEqual([]);
  });

  it('reads weekday and time in Berlin, across the date line of UTC and in summer time', () => {
    // Sunday 23:30 UTC in winter is Monday 00:30 in Berlin.
    expect(berlinWeekdayAndTime(new Date('2026-01-04T23:30:00Z'))).toEqual({ weekday: 1, time: '00:30' });
    // Wednesday 10:15 UTC in summer is 12:15 in Berlin.
    expect(berlinWeekdayAndTime(new Date('2026-07-01T10:15:00Z'))).toEqual({ weekday: 3, time: '12:15' });
  });

  it('is open from the opening minute up to, not including, the closing minute', () => {
    // 2026-07-01 is a Wednesday; Berlin is UTC+2.
    expect(openSpan(hours, new Date('2026-07-01T07:00:00Z'))).toEqual({ weekday: 3, opens: '09:00', closes: '12:30' });
    expect(openSpan(hours, new Date('2026-07-01T10:29:00Z'))?.closes).toBe('12:30');
    expect(openSpan(hours, new Date('2026-07-01T10:30:00Z'))).toBeUndefined();
    expect(openSpan(hours, new Date('2026-07-02T08:00:00Z'))).toBeUndefined();
  });

  it('names weekdays and times in the UI language', () => {
    expect(weekdayName(1, 'de')).toBe('Montag');
    expect(weekdayName(7, 'en', 'short')).toBe('Sun');
    expect(weekdayName(5, 'tr')).toBe('Cuma');
    expect(formatTimeOfDay('09:05', 'de')).toBe('09:05');
    expect(formatSpan({ opens: '09:00', closes: '17:30' }, 'en')).toBe('09:00–17:30');
    // Arabic writes its own digits.
    expect(formatTimeOfDay('09:00', 'ar')).toMatch(/٠٩:٠٠|09:00/);
  });
});
