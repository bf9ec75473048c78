import { describe, expect, it } from 'vitest';
import { isMonth, monthGrid, shiftMonth } from './month-grid.ts';

describe('monthGrid', () => {
  it('starts on the Monday before the first and ends with the week of the last day', () => {
    // March 2026 begins on a Sunday and ends on a Tuesday.
    const weeks = monthGrid('2026-03');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.[0]).toEqual({ day: '2026-02-23', inMonth: false });
    expect(weeks[0]?.[6]).toEqual({ day: '2026-03-01', inMonth: true });
    expect(weeks.at(-1)?.[1]).toEqual({ day: '2026-03-31', inMonth: true });
    expect(weeks.at(-1)?.[6]).toEqual({ day: '2026-04-05', inMonth: false });
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('needs only four rows for a February that starts on a Monday', () => {
    const weeks = monthGrid('2027-02');
    expect(weeks).toHaveLength(4);
    expect(weeks[0]?.[0]?.day).toBe('2027-02-01');
    expect(weeks[3]?.[6]?.day).toBe('2027-02-28');
  });

  it('holds every day of the month once, across a daylight-saving change', () => {
    const days = monthGrid('2026-10')
      .flat()
      .filter((d) => d.inMonth)
      .map((d) => d.day);
    expect(days).toHaveLength(31);
    expect(new Set(days).size).toBe(31);
  });
});

describe('months', () => {
  it('steps across years both ways', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-05', -17)).toBe('2024-12');
  });

  it('tells months from other strings', () => {
    expect(isMonth('2026-03')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-3')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });
});
