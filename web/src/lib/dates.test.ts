import { describe, expect, it } from 'vitest';
import { addDays, isDay, localDay, parseDay } from './dates.ts';

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
