import { describe, expect, it } from 'vitest';
import { acceptedLanguages, negotiateLocale, textDirection } from './locales.ts';

describe('acceptedLanguages', () => {
  it('orders by q-value, keeps header order on ties and reduces tags to the language', () => {
    expect(acceptedLanguages('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5')).toEqual(['fr', 'en', 'de', '*']);
    expect(acceptedLanguages('de;q=0.5, ar-SY;q=0.9, tr')).toEqual(['tr', 'ar', 'de']);
  });

  it('drops q=0, malformed q-values and malformed tags', () => {
    expect(acceptedLanguages('ar;q=0, en;q=abc, uk;q=1.5, <script>, fa;q=0.3')).toEqual(['fa']);
    expect(acceptedLanguages('')).toEqual([]);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });
});

describe('negotiateLocale', () => {
  it('prefers the visitor’s choice from the cookie', () => {
    expect(negotiateLocale('uk', 'ar,en;q=0.9')).toBe('uk');
  });

  it('ignores a cookie that names no UI language', () => {
    expect(negotiateLocale('xx', 'tr-TR,tr;q=0.9')).toBe('tr');
    expect(negotiateLocale('', 'fa-IR')).toBe('fa');
  });

  it('takes the first UI language the browser asks for', () => {
    expect(negotiateLocale(undefined, 'fr-FR,fr;q=0.9,ar;q=0.8,en;q=0.7')).toBe('ar');
    expect(negotiateLocale(undefined, 'en-US,en;q=0.9')).toBe('en');
  });

  it('falls back to German', () => {
    expect(negotiateLocale(undefined, undefined)).toBe('de');
    expect(negotiateLocale(undefined, 'fr, pl;q=0.5')).toBe('de');
    expect(negotiateLocale(undefined, 'fr, *;q=0.5, en;q=0.1')).toBe('de');
  });
});

describe('textDirection', () => {
  it('is right-to-left for Arabic and Farsi only', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('de')).toBe('ltr');
    expect(textDirection('uk')).toBe('ltr');
  });
});
