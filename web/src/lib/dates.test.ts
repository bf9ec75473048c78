import { describe, expect, it } from 'vitest';
import { addDays, addMonths, berlinDay, berlinOffsetMinutes, berlinTime, fromBerlin, isDay, localDay, parseDay } from './dates.ts';

describe('parseDay', () => {
  it('reads a calendar day as local midnight', () => {
    const date = parseDay('2026-03-31');
    expect(date && [date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2026, 2, 31, 0]);
  });

  it.each(['2026-02-30', '2026-13-01', '31.03.2026', '2026-03-31T10:00:00Z', ''])('rejects %s', (value) => {
    expect(parseDay(value)).toBeUndefined();
  });
});

describe('localDay', () => {
  it('writes the local day with leading zeros', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('round-trips with parseDay', () => {
    expect(localDay(parseDay('2024-02-29'))).toBe('2024-02-29');
  });
});

describe('isDay', () => {
  it('tells days from date-times', () => {
    expect(isDay('2026-11-21')).toBe(true);
    expect(isDay('2026-11-21T00:00:00.000Z')).toBe(false);
  });
});

describe('addDays', () => {
  it('moves across months, years and leap days', () => {
    expect(addDays('2026-11-21', 60)).toBe('2027-01-20');
    expect(addDays('2018-09-01', -1)).toBe('2018-08-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('addMonths', () => {
  it('keeps the day of the month, or takes the last day of a shorter month', () => {
    expect(addMonths('2026-05-15', -1)).toBe('2026-04-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2026-01-31', -36)).toBe('2023-01-31');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('leaves a string that is not a day alone', () => {
    expect(addMonths('soon', 1)).toBe('soon');
  });
});

describe('Berlin time', () => {
  it('reads instants in Berlin in winter and in summer', () => {
    expect(berlinDay('2026-01-15T23:30:00Z')).toBe('2026-01-16');
    expect(berlinTime('2026-01-15T23:30:00Z')).toBe('00:30');
    expect(berlinTime('2026-07-01T16:00:00Z')).toBe('18:00');
    expect(berlinOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(60);
    expect(berlinOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(120);
  });

  it('turns a Berlin day and time into the UTC instant', () => {
    expect(fromBerlin('2026-03-10', '18:00')).toBe('2026-03-10T17:00:00.000Z');
    expect(fromBerlin('2026-06-10', '09:30')).toBe('2026-06-10T07:30:00.000Z');
    expect(fromBerlin('2026-01-01', '00:15')).toBe('2025-12-31T23:15:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // 29 March 2026: 02:00 becomes 03:00. 25 October 2026: 03:00 becomes 02:00 again.
    expect(fromBerlin('2026-03-29', '01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(fromBerlin('2026-03-29', '03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(fromBerlin('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(fromBerlin('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(fromBerlin('2026-10-25', '04:00')).toBe('2026-10-25T03:00:00.000Z');
  });

  it('round-trips with berlinDay and berlinTime', () => {
    const iso = fromBerlin('2026-11-21', '17:45') ?? '';
    expect([berlinDay(iso), berlinTime(iso)]).toEqual(['2026-11-21', '17:45']);
  });

  it('refuses days and times that do not exist', () => {
    expect(fromBerlin('2026-02-30', '10:00')).toBeUndefined();
    expect(fromBerlin('2026-02-10', '24:00')).toBeUndefined();
    expect(fromBerlin('2026-02-10', '9:00')).toBeUndefined();
  });
});
