import { get } from 'svelte/store';
import { locale } from 'svelte-i18n';
import { afterEach, describe, expect, it } from 'vitest';
import { formatBerlin, formatDate, referenceLabel, referenceLabelLang } from './i18n.ts';

const arabic = { labelDe: 'Arabisch', labelEn: 'Arabic', labelAr: 'العربية', labelFa: null, labelTr: '  ', labelUk: 'Арабська' };

afterEach(async () => {
  await locale.set('de');
});

describe('referenceLabel', () => {
  it('shows the label in the UI language', async () => {
    await locale.set('ar');
    expect(get(referenceLabel)(arabic)).toBe('العربية');
    await locale.set('uk');
    expect(get(referenceLabel)(arabic)).toBe('Арабська');
    await locale.set('en');
    expect(get(referenceLabel)(arabic)).toBe('Arabic');
  });

  it('falls back to German where there is no translation (null, empty or not asked for), and says so', async () => {
    await locale.set('fa');
    expect(get(referenceLabelLang)(arabic)).toEqual({ text: 'Arabisch', lang: 'de' });
    await locale.set('tr');
    expect(get(referenceLabel)(arabic)).toBe('Arabisch');
    expect(get(referenceLabel)({ labelDe: 'Nordstadt', labelEn: 'North' })).toBe('Nordstadt');
    await locale.set('ar');
    expect(get(referenceLabelLang)(arabic)).toEqual({ text: 'العربية', lang: 'ar' });
  });
});

describe('dates per UI language', () => {
  it('formats days and instants in the UI language, on the Gregorian calendar and in Berlin time', async () => {
    expect(get(formatDate)('2026-03-31')).toBe('31. März 2026');
    await locale.set('en');
    expect(get(formatDate)('2026-03-31')).toBe('31 Mar 2026');
    await locale.set('fa');
    // Farsi's own digits, but the Gregorian year (its default calendar would say 1405).
    expect(get(formatDate)('2026-03-31')).toContain('۲۰۲۶');
    await locale.set('tr');
    // 22:30 UTC is half past midnight of the next day in Berlin (summer time).
    expect(get(formatDate)('2026-06-30T22:30:00Z')).toBe('1 Tem 2026');
    expect(get(formatBerlin)('2026-06-30T22:30:00Z', 'time')).toBe('00:30');
  });
});
