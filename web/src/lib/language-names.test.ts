import { describe, expect, it } from 'vitest';
import { autonym, languageName } from './language-names.ts';

describe('language names', () => {
  it('prefers the vocabulary’s native name', () => {
    expect(autonym('fa', 'فارسی')).toBe('فارسی');
  });

  it('falls back to the locale data, capitalised', () => {
    expect(autonym('ar')).toBe('العربية');
    expect(autonym('tr')).toBe('Türkçe');
    expect(autonym('uk')).toBe('Українська');
  });

  it('knows nothing of made-up codes', () => {
    expect(autonym('zz-not-a-language')).toBeUndefined();
  });

  it('leaves the native name out when it reads like the label', () => {
    expect(languageName({ code: 'ar', nativeName: 'العربية' }, 'Arabisch')).toEqual({ label: 'Arabisch', native: 'العربية', code: 'ar' });
    expect(languageName({ code: 'ar', nativeName: 'العربية' }, 'العربية').native).toBeUndefined();
    expect(languageName({ code: 'de' }, 'deutsch').native).toBeUndefined();
  });
});
