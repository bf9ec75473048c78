import type { NameTable } from '../directory/directory-query.js';
import { OfferKind } from './offer.enums.js';

/**
 * The names of the kinds of offers in the six languages of the directory,
 * which the search matches words against ("counselling", "استشارة" and
 * "Beratung" all find counselling), with a few other words people use for
 * them. The web shows kinds from its own message catalogues.
 */
export const offerKindNames: NameTable = {
  [OfferKind.COUNSELLING]: {
    de: 'Beratung',
    en: 'Counselling',
    ar: 'استشارة',
    fa: 'مشاوره',
    tr: 'Danışmanlık',
    uk: 'Консультація',
    aliases: ['Beratungsstelle', 'counseling', 'advice', 'إرشاد', 'استشارات', 'danışma', 'консультування'],
  },
  [OfferKind.LANGUAGE_COURSE]: {
    de: 'Sprachkurs',
    en: 'Language course',
    ar: 'دورة لغة',
    fa: 'کلاس زبان',
    tr: 'Dil kursu',
    uk: 'Мовний курс',
    aliases: ['Deutschkurs', 'Integrationskurs', 'دورات', 'کلاس', 'kurs', 'курси'],
  },
  [OfferKind.LANGUAGE_CAFE]: {
    de: 'Sprachcafé',
    en: 'Language café',
    ar: 'مقهى اللغة',
    fa: 'کافه زبان',
    tr: 'Dil kafesi',
    uk: 'Мовне кафе',
    aliases: ['Sprachcafe', 'Gesprächskreis', 'cafe', 'كافيه', 'kafe'],
  },
  [OfferKind.SPONSORSHIP]: {
    de: 'Patenschaft',
    en: 'Mentoring',
    ar: 'مرافقة',
    fa: 'همراهی',
    tr: 'Mentorluk',
    uk: 'Наставництво',
    aliases: ['Pate', 'Patin', 'Mentor', 'sponsorship', 'buddy', 'رعاية', 'منتور', 'менторство'],
  },
  [OfferKind.LEISURE]: {
    de: 'Freizeit',
    en: 'Leisure',
    ar: 'أنشطة ترفيهية',
    fa: 'اوقات فراغت',
    tr: 'Boş zaman',
    uk: 'Дозвілля',
    aliases: ['Freizeitangebot', 'Sport', 'ترفيه', 'تفریح', 'etkinlik', 'спорт'],
  },
  [OfferKind.CHILDCARE]: {
    de: 'Kinderbetreuung',
    en: 'Childcare',
    ar: 'رعاية الأطفال',
    fa: 'مراقبت از کودک',
    tr: 'Çocuk bakımı',
    uk: 'Догляд за дітьми',
    aliases: ['Kita', 'Kindergarten', 'nursery', 'حضانة', 'مهدکودک', 'kreş', 'дитсадок'],
  },
  [OfferKind.WORK_AND_TRAINING]: {
    de: 'Arbeit und Ausbildung',
    en: 'Work and training',
    ar: 'العمل والتدريب المهني',
    fa: 'کار و آموزش حرفه‌ای',
    tr: 'İş ve meslek eğitimi',
    uk: 'Робота і професійне навчання',
    aliases: ['Beruf', 'Bewerbung', 'Job', 'employment', 'وظيفة', 'شغل', 'اشتغال', 'istihdam', 'працевлаштування'],
  },
  [OfferKind.HEALTH]: {
    de: 'Gesundheit',
    en: 'Health',
    ar: 'الصحة',
    fa: 'سلامت',
    tr: 'Sağlık',
    uk: 'Здоров’я',
    aliases: ['Arzt', 'medizinisch', 'medical', 'طبي', 'بهداشت', 'درمان', 'doktor', 'медичний'],
  },
  [OfferKind.HOUSING]: {
    de: 'Wohnen',
    en: 'Housing',
    ar: 'السكن',
    fa: 'مسکن',
    tr: 'Konut',
    uk: 'Житло',
    aliases: ['Wohnung', 'Unterkunft', 'accommodation', 'سكن', 'خانه', 'barınma', 'квартира'],
  },
  [OfferKind.EDUCATION]: {
    de: 'Bildung',
    en: 'Education',
    ar: 'التعليم',
    fa: 'آموزش',
    tr: 'Eğitim',
    uk: 'Освіта',
    aliases: ['Schule', 'Nachhilfe', 'school', 'مدرسة', 'مدرسه', 'okul', 'школа'],
  },
  [OfferKind.OTHER]: {
    de: 'Sonstiges',
    en: 'Other',
    ar: 'أخرى',
    fa: 'سایر',
    tr: 'Diğer',
    uk: 'Інше',
  },
};
