/**
 * Words that name a language, beyond the labels stored with the language
 * vocabulary (its six labels and its own name, which the search reads from
 * the database): adjectives, other spellings, and the names speakers of one
 * of the six interface languages use, keyed by ISO 639 code. A search word
 * that equals one of them (after `normalizeWord`) filters by that language.
 *
 * Kept short on purpose: every word here is a word that can no longer be
 * searched for as text.
 */
export const languageAliases: Readonly<Record<string, readonly string[]>> = {
  de: ['deutsch', 'deutsche', 'german', 'almanca', 'الألمانية', 'ألماني', 'آلمانی', 'німецька', 'немецкий'],
  en: ['englisch', 'english', 'ingilizce', 'الإنجليزية', 'الانجليزية', 'إنجليزي', 'انگلیسی', 'англійська', 'английский'],
  ar: ['arabisch', 'arabic', 'arapça', 'arapca', 'عربي', 'عربى', 'العربية', 'عربی', 'арабська', 'арабский'],
  fa: ['persisch', 'persian', 'farsi', 'dari', 'farsça', 'farsca', 'فارسی', 'پارسی', 'دری', 'الفارسية', 'перська', 'фарсі', 'персидский'],
  tr: ['türkisch', 'turkish', 'türkçe', 'turkce', 'التركية', 'تركي', 'ترکی', 'турецька', 'турецкий'],
  uk: ['ukrainisch', 'ukrainian', 'ukraynaca', 'українська', 'الأوكرانية', 'اوکراینی', 'украинский'],
  ru: ['russisch', 'russian', 'rusça', 'rusca', 'русский', 'російська', 'الروسية', 'روسی'],
  ku: [
    'kurdisch',
    'kurdish',
    'kurdî',
    'kurmancî',
    'kurmanji',
    'kurmandschi',
    'sorani',
    'kürtçe',
    'kurtce',
    'کوردی',
    'کردی',
    'الكردية',
    'курдська',
  ],
  ps: ['paschtu', 'paschto', 'pashto', 'pushtu', 'peştuca', 'پښتو', 'پشتو', 'البشتوية', 'пушту'],
  ti: ['tigrinya', 'tigrinisch', 'tigrigna', 'ትግርኛ', 'التغرينية', 'тигринья'],
  so: ['somali', 'somalisch', 'soomaali', 'somalice', 'الصومالية', 'سومالیایی', 'сомалі'],
  fr: ['französisch', 'french', 'français', 'francais', 'fransızca', 'الفرنسية', 'فرانسوی', 'французька'],
  pl: ['polnisch', 'polish', 'polski', 'lehçe', 'البولندية', 'لهستانی', 'польська'],
  ro: ['rumänisch', 'romanian', 'română', 'romana', 'romence', 'الرومانية', 'رومانیایی', 'румунська'],
  bg: ['bulgarisch', 'bulgarian', 'български', 'bulgarca', 'البلغارية', 'بلغاری', 'болгарська'],
  es: ['spanisch', 'spanish', 'español', 'espanol', 'ispanyolca', 'الإسبانية', 'اسپانیایی', 'іспанська'],
  sq: ['albanisch', 'albanian', 'shqip', 'arnavutça', 'الألبانية', 'آلبانیایی', 'албанська'],
  it: ['italienisch', 'italian', 'italiano', 'italyanca', 'الإيطالية', 'ایتالیایی', 'італійська'],
  vi: ['vietnamesisch', 'vietnamese', 'vietnamca', 'الفيتنامية', 'ویتنامی', 'вʼєтнамська', 'вєтнамська'],
};

/**
 * Short words that carry no meaning of their own in one of the six languages
 * and that PostgreSQL's stop-word lists do not know (it has none for Farsi
 * and Ukrainian, and an Arabic one without prepositions). They are left out
 * of the text search, as the configurations' own stop words are.
 */
export const extraStopWords: ReadonlySet<string> = new Set([
  // Arabic
  'في',
  'من',
  'على',
  'إلى',
  'الى',
  'عن',
  'مع',
  'أو',
  'او',
  'لل',
  // Farsi
  'در',
  'به',
  'از',
  'با',
  'برای',
  'که',
  'را',
  'یا',
  'این',
  // Ukrainian
  'в',
  'у',
  'на',
  'для',
  'і',
  'й',
  'та',
  'з',
  'із',
  'зі',
  'до',
  'по',
  'про',
  'або',
  'чи',
]);
