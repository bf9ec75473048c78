import { locale } from 'svelte-i18n';
import { describe, expect, it } from 'vitest';
import { localized } from './localized.ts';

const organisation = {
  name: 'Caritasverband Lindenau e. V.',
  description: 'Beratung für Familien',
  translations: [
    { locale: 'ar', name: 'رابطة كاريتاس ليندناو', description: 'استشارات للعائلات' },
    { locale: 'en', name: null, description: 'Counselling for families' },
    { locale: 'tr', name: 'Caritas Lindenau', description: '   ' },
  ],
};

describe('localized', () => {
  it('takes the translation into the UI language, with its lang and direction', () => {
    expect(localized(organisation, 'description', 'ar')).toEqual({ text: 'استشارات للعائلات', lang: 'ar', dir: 'rtl' });
    expect(localized(organisation, 'description', 'en')).toEqual({ text: 'Counselling for families', lang: 'en', dir: 'ltr' });
  });

  it('falls back to German, marked as German, where a translation is missing or empty', () => {
    expect(localized(organisation, 'name', 'en')).toEqual({ text: 'Caritasverband Lindenau e. V.', lang: 'de', dir: 'ltr' });
    expect(localized(organisation, 'description', 'tr')).toEqual({ text: 'Beratung für Familien', lang: 'de', dir: 'ltr' });
    expect(localized(organisation, 'description', 'uk')).toEqual({ text: 'Beratung für Familien', lang: 'de', dir: 'ltr' });
    expect(localized({ description: 'Nur Deutsch' }, 'description', 'fa')).toEqual({ text: 'Nur Deutsch', lang: 'de', dir: 'ltr' });
  });

  it('shows German in the German UI even where translations exist', () => {
    expect(localized(organisation, 'name', 'de')).toEqual({ text: 'Caritasverband Lindenau e. V.', lang: 'de', dir: 'ltr' });
  });

  it('is empty where neither the translation nor German has a text', () => {
    expect(localized({ description: null, translations: [] }, 'description', 'ar')).toEqual({ text: '', lang: 'de', dir: 'ltr' });
  });

  it('follows the UI language when none is passed', async () => {
    await locale.set('ar');
    expect(localized(organisation, 'name').lang).toBe('ar');
    await locale.set('de');
    expect(localized(organisation, 'name').lang).toBe('de');
  });
});
