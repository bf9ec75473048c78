/** Meetings are stored in UTC and shown in the city's time zone. */
export const MEETING_TIME_ZONE = 'Europe/Berlin';

/** The languages mails and exported minutes are written in. */
export type OutputLanguage = 'de' | 'en';

const locales: Record<OutputLanguage, string> = { de: 'de-DE', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: OutputLanguage, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locales[lang], { timeZone: MEETING_TIME_ZONE, ...options });
    formatters.set(key, f);
  }
  return f;
}

const dayOptions: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const timeOptions: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** "Mittwoch, 9. Dezember 2026" in Berlin. */
export const berlinDay = (d: Date, lang: OutputLanguage = 'de') => formatter(lang, dayOptions).format(d);

/** "16:00" in Berlin. */
export const berlinTime = (d: Date, lang: OutputLanguage = 'de') => formatter(lang, timeOptions).format(d);

/** "09.12.2026" in Berlin: dates in lists (approval, amendments, due dates). */
export const berlinShortDate = (d: Date, lang: OutputLanguage = 'de') =>
  formatter(lang, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);

/** A calendar day (YYYY-MM-DD) as "09.12.2026" (due dates are days, not instants). */
export const shortDay = (day: string, lang: OutputLanguage = 'de') =>
  new Intl.DateTimeFormat(locales[lang], { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/**
 * When a meeting takes place, in Berlin: "Mittwoch, 9. Dezember 2026, 16:00–18:00 Uhr",
 * with the end's day as well when it ends on another day.
 */
export function meetingWhen(startsAt: Date, endsAt: Date, lang: OutputLanguage = 'de'): string {
  const suffix = lang === 'de' ? ' Uhr' : '';
  const start = `${berlinDay(startsAt, lang)}, ${berlinTime(startsAt, lang)}`;
  if (berlinDay(startsAt, lang) === berlinDay(endsAt, lang)) return `${start}–${berlinTime(endsAt, lang)}${suffix}`;
  return `${start}${suffix} – ${berlinDay(endsAt, lang)}, ${berlinTime(endsAt, lang)}${suffix}`;
}
