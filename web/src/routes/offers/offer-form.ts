import type { FieldTarget } from '#lib/field-errors.ts';
import type { ContactChannelKind, OfferCost, OfferKind, Visibility } from '#lib/graphql/enums.ts';
import type { ResultOf, VariablesOf } from '#lib/graphql/graphql.ts';
import type { CreateOfferMutation, EditableOfferFields } from '#lib/graphql/offer-operations.ts';
import type { MessageKey } from '#lib/i18n/i18n.ts';
import { type ContactRow, contactFieldId, nextRowKey } from '../organisations/[id]/edit/organisation-form.ts';

export type EditableOffer = ResultOf<typeof EditableOfferFields>;
export type OfferInput = VariablesOf<typeof CreateOfferMutation>['input'];

/** The languages an offer's title and description can be translated into; German is the base text. */
export const translationLocales = ['en', 'ar', 'fa', 'tr', 'uk'] as const;
export type TranslationLocale = (typeof translationLocales)[number];

/** Languages written right to left: their inputs get `dir="rtl"`. */
export const rightToLeft: ReadonlySet<string> = new Set(['ar', 'fa']);

/** One opening span of a location as the editor holds it. */
export interface HoursRow {
  key: number;
  weekday: number;
  opens: string;
  closes: string;
}

/** Yes, no or not stated, for the accessibility questions. */
export type TriState = 'yes' | 'no' | 'unknown';

export interface LocationRow {
  key: number;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  stepFree: TriState;
  accessibleToilet: TriState;
  accessibilityNote: string;
  byAppointment: boolean;
  hours: HoursRow[];
  /** Not edited here, but sent back so saving keeps them. */
  latitude: number | null;
  longitude: number | null;
}

export interface TranslationRow {
  locale: TranslationLocale;
  title: string;
  description: string;
}

/** What the offer form holds while the user types: plain strings, never null. */
export interface OfferFormState {
  title: string;
  description: string;
  kind: OfferKind;
  fieldOfActionIds: string[];
  targetGroupIds: string[];
  languageIds: string[];
  districtIds: string[];
  locations: LocationRow[];
  cost: OfferCost;
  costNote: string;
  registrationRequired: boolean;
  contactChannels: ContactRow[];
  validFrom: string;
  validUntil: string;
  visibility: Visibility;
  translations: TranslationRow[];
}

let key = 0;
/** A fresh key for an editor row (locations, opening spans). */
export const nextKey = () => ++key;

const triState = (value: boolean | null | undefined): TriState => (value === true ? 'yes' : value === false ? 'no' : 'unknown');
const fromTriState = (value: TriState): boolean | null => (value === 'yes' ? true : value === 'no' ? false : null);

/** A location with no opening spans yet. */
export function emptyLocation(): LocationRow {
  return {
    key: nextKey(),
    name: '',
    street: '',
    postalCode: '',
    city: '',
    stepFree: 'unknown',
    accessibleToilet: 'unknown',
    accessibilityNote: '',
    byAppointment: false,
    hours: [],
    latitude: null,
    longitude: null,
  };
}

/**
 * The opening span to add after the given ones: the next weekday after the
 * last span, with its times, so a week of equal hours is a few key presses.
 */
export function nextHoursRow(rows: readonly HoursRow[]): HoursRow {
  const last = rows.at(-1);
  if (!last) return { key: nextKey(), weekday: 1, opens: '09:00', closes: '17:00' };
  return { key: nextKey(), weekday: last.weekday >= 7 ? 1 : last.weekday + 1, opens: last.opens, closes: last.closes };
}

const emptyTranslations = (): TranslationRow[] => translationLocales.map((locale) => ({ locale, title: '', description: '' }));

/** A new offer: counselling, free, public, one location without hours. */
export function newOffer(): OfferFormState {
  return {
    title: '',
    description: '',
    kind: 'COUNSELLING',
    fieldOfActionIds: [],
    targetGroupIds: [],
    languageIds: [],
    districtIds: [],
    locations: [emptyLocation()],
    cost: 'FREE',
    costNote: '',
    registrationRequired: false,
    contactChannels: [],
    validFrom: '',
    validUntil: '',
    visibility: 'PUBLIC',
    translations: emptyTranslations(),
  };
}

export function fromOffer(offer: EditableOffer): OfferFormState {
  const translations = emptyTranslations();
  for (const translation of offer.translations) {
    const row = translations.find((t) => t.locale === translation.locale);
    if (row) {
      row.title = translation.title;
      row.description = translation.description ?? '';
    }
  }
  return {
    title: offer.title,
    description: offer.description ?? '',
    kind: offer.kind,
    fieldOfActionIds: offer.fieldsOfAction.map((e) => e.id),
    targetGroupIds: offer.targetGroups.map((e) => e.id),
    languageIds: offer.languages.map((e) => e.id),
    districtIds: offer.districts.map((e) => e.id),
    locations: offer.locations.map((location) => ({
      key: nextKey(),
      name: location.name ?? '',
      street: location.street ?? '',
      postalCode: location.postalCode ?? '',
      city: location.city ?? '',
      stepFree: triState(location.accessibility?.stepFree),
      accessibleToilet: triState(location.accessibility?.accessibleToilet),
      accessibilityNote: location.accessibility?.note ?? '',
      byAppointment: location.byAppointment,
      hours: location.openingHours.map((h) => ({ key: nextKey(), weekday: h.weekday, opens: h.opens, closes: h.closes })),
      latitude: location.latitude ?? null,
      longitude: location.longitude ?? null,
    })),
    cost: offer.cost,
    costNote: offer.costNote ?? '',
    registrationRequired: offer.registrationRequired,
    contactChannels: offer.contactChannels.map((c) => ({
      key: nextRowKey(),
      kind: c.kind as ContactChannelKind,
      value: c.value,
      label: c.label ?? '',
    })),
    validFrom: offer.validFrom ?? '',
    validUntil: offer.validUntil ?? '',
    visibility: offer.visibility,
    translations,
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** Contact rows that are sent: empty rows are dropped. */
const sentContacts = (form: OfferFormState) => form.contactChannels.filter((row) => row.value.trim() || row.label.trim());
/** Translations that are sent: a language with neither title nor description is left out. */
export const sentTranslations = (form: OfferFormState) => form.translations.filter((row) => row.title.trim() || row.description.trim());

/** The offer as the API expects it; empty optional fields are cleared (null). */
export function toInput(form: OfferFormState, organisationId: string): OfferInput {
  return {
    organisationId,
    title: form.title.trim(),
    description: orNull(form.description),
    kind: form.kind,
    fieldOfActionIds: form.fieldOfActionIds,
    targetGroupIds: form.targetGroupIds,
    languageIds: form.languageIds,
    districtIds: form.districtIds,
    locations: form.locations.map((location) => ({
      name: orNull(location.name),
      street: orNull(location.street),
      postalCode: orNull(location.postalCode),
      city: orNull(location.city),
      latitude: location.latitude,
      longitude: location.longitude,
      accessibility: {
        stepFree: fromTriState(location.stepFree),
        accessibleToilet: fromTriState(location.accessibleToilet),
        note: orNull(location.accessibilityNote),
      },
      byAppointment: location.byAppointment,
      openingHours: location.hours.map((h) => ({ weekday: h.weekday, opens: h.opens, closes: h.closes })),
    })),
    cost: form.cost,
    costNote: orNull(form.costNote),
    registrationRequired: form.registrationRequired,
    contactChannels: sentContacts(form).map((row) => ({ kind: row.kind, value: row.value.trim(), label: orNull(row.label) })),
    validFrom: orNull(form.validFrom),
    validUntil: orNull(form.validUntil),
    visibility: form.visibility,
    translations: sentTranslations(form).map((row) => ({
      locale: row.locale,
      title: row.title.trim(),
      description: orNull(row.description),
    })),
  };
}

/** Control ids of the form, one per API field. */
export const fieldIds = {
  title: 'offer-title',
  description: 'offer-description',
  kind: 'offer-kind',
  fieldOfActionIds: 'offer-fields-of-action',
  targetGroupIds: 'offer-target-groups',
  languageIds: 'offer-languages',
  districtIds: 'offer-districts',
  locations: 'offer-locations',
  cost: 'offer-cost',
  costNote: 'offer-cost-note',
  registrationRequired: 'offer-registration',
  contactChannels: 'org-contact-channels',
  validFrom: 'offer-valid-from',
  validUntil: 'offer-valid-until',
  visibility: 'offer-visibility',
  translations: 'offer-translations',
} as const;

export type LocationPart = 'name' | 'street' | 'postalCode' | 'city' | 'stepFree' | 'accessibleToilet' | 'note' | 'byAppointment' | 'hours';
export const locationFieldId = (location: number, part: LocationPart) => `offer-location-${location}-${part}`;
export type HoursPart = 'weekday' | 'opens' | 'closes';
export const hoursFieldId = (location: number, row: number, part: HoursPart) => `offer-location-${location}-hours-${row}-${part}`;
export const translationFieldId = (locale: string, part: 'title' | 'description') => `offer-translation-${locale}-${part}`;

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * Finds the control for an API field path such as `input.title`,
 * `input.locations.0.openingHours.2.closes` or `input.translations.1.title`,
 * with its label and what it expects.
 */
export function locateOfferField(path: string, form: OfferFormState, t: Translate): FieldTarget | undefined {
  const [head, second, third, fourth, fifth] = path.replace(/^input\./, '').split('.');
  switch (head) {
    case 'title':
      return { target: fieldIds.title, label: t('offerForm.fields.title'), hint: t('offerForm.hints.title') };
    case 'description':
      return { target: fieldIds.description, label: t('offerForm.fields.description'), hint: t('offerForm.hints.description') };
    case 'kind':
      return { target: fieldIds.kind, label: t('offerForm.fields.kind') };
    case 'fieldOfActionIds':
      return { target: fieldIds.fieldOfActionIds, label: t('offerForm.fields.fieldsOfAction') };
    case 'targetGroupIds':
      return { target: fieldIds.targetGroupIds, label: t('offerForm.fields.targetGroups') };
    case 'languageIds':
      return { target: fieldIds.languageIds, label: t('offerForm.fields.languages') };
    case 'districtIds':
      return { target: fieldIds.districtIds, label: t('offerForm.fields.districts') };
    case 'cost':
      return { target: fieldIds.cost, label: t('offerForm.fields.cost') };
    case 'costNote':
      return { target: fieldIds.costNote, label: t('offerForm.fields.costNote'), hint: t('offerForm.hints.text') };
    case 'registrationRequired':
      return { target: fieldIds.registrationRequired, label: t('offerForm.fields.registrationRequired') };
    case 'validFrom':
      return { target: fieldIds.validFrom, label: t('offerForm.fields.validFrom'), hint: t('offerForm.hints.validity') };
    case 'validUntil':
      return { target: fieldIds.validUntil, label: t('offerForm.fields.validUntil'), hint: t('offerForm.hints.validity') };
    case 'visibility':
      return { target: fieldIds.visibility, label: t('offerForm.fields.visibility') };
    case 'organisationId':
      return { target: fieldIds.title, label: t('offerForm.fields.organisation'), hint: t('offerForm.hints.organisation') };
    case 'locations':
      return locateLocationField(form, Number(second), third, fourth, fifth, t);
    case 'contactChannels': {
      const sent = sentContacts(form);
      const row = sent[Number(second)];
      if (!row || !third)
        return { target: fieldIds.contactChannels, label: t('edit.fields.contactChannels'), hint: t('edit.hints.contactChannels') };
      const position = form.contactChannels.indexOf(row);
      const number = position + 1;
      if (third === 'label')
        return { target: contactFieldId(position, 'label'), label: t('edit.contact.rowLabel', { number }), hint: t('edit.hints.text') };
      if (third === 'kind') return { target: contactFieldId(position, 'kind'), label: t('edit.contact.rowKind', { number }) };
      const hint = row.kind === 'EMAIL' ? t('edit.hints.email') : row.kind === 'MESSENGER' ? t('edit.hints.text') : t('edit.hints.phone');
      return { target: contactFieldId(position, 'value'), label: t('edit.contact.rowValue', { number }), hint };
    }
    case 'translations': {
      const row = sentTranslations(form)[Number(second)];
      if (!row) return { target: fieldIds.translations, label: t('offerForm.fields.translations'), hint: t('offerForm.hints.translation') };
      const language = t(`offerForm.languages.${row.locale}`);
      if (third === 'description')
        return {
          target: translationFieldId(row.locale, 'description'),
          label: t('offerForm.translation.descriptionIn', { language }),
          hint: t('offerForm.hints.description'),
        };
      if (third === 'locale')
        return { target: translationFieldId(row.locale, 'title'), label: language, hint: t('offerForm.hints.locale') };
      return {
        target: translationFieldId(row.locale, 'title'),
        label: t('offerForm.translation.titleIn', { language }),
        hint: t('offerForm.hints.translation'),
      };
    }
    default:
      return undefined;
  }
}

function locateLocationField(
  form: OfferFormState,
  index: number,
  part: string | undefined,
  row: string | undefined,
  rowPart: string | undefined,
  t: Translate,
): FieldTarget {
  const location = form.locations[index];
  if (!location) return { target: fieldIds.locations, label: t('offerForm.fields.locations') };
  const number = index + 1;
  const where = t('offerForm.location.legend', { number });
  switch (part) {
    case 'name':
      return {
        target: locationFieldId(index, 'name'),
        label: `${where}: ${t('offerForm.location.name')}`,
        hint: t('offerForm.hints.text'),
      };
    case 'street':
      return { target: locationFieldId(index, 'street'), label: `${where}: ${t('edit.fields.street')}`, hint: t('edit.hints.text') };
    case 'postalCode':
      return {
        target: locationFieldId(index, 'postalCode'),
        label: `${where}: ${t('edit.fields.postalCode')}`,
        hint: t('edit.hints.postalCode'),
      };
    case 'city':
      return { target: locationFieldId(index, 'city'), label: `${where}: ${t('edit.fields.city')}`, hint: t('edit.hints.text') };
    case 'accessibility':
      if (row === 'note')
        return {
          target: locationFieldId(index, 'note'),
          label: `${where}: ${t('offerForm.location.accessibilityNote')}`,
          hint: t('offerForm.hints.text'),
        };
      return {
        target: locationFieldId(index, row === 'accessibleToilet' ? 'accessibleToilet' : 'stepFree'),
        label: `${where}: ${t('offerForm.location.accessibility')}`,
      };
    case 'openingHours': {
      const hours = location.hours[Number(row)];
      if (!hours)
        return {
          target: locationFieldId(index, 'hours'),
          label: `${where}: ${t('offerForm.hours.legend')}`,
          hint: t('offerForm.hints.hours'),
        };
      const hoursNumber = Number(row) + 1;
      const label = `${where}: ${t('offerForm.hours.row', { number: hoursNumber })}`;
      if (rowPart === 'weekday') return { target: hoursFieldId(index, Number(row), 'weekday'), label, hint: t('offerForm.hints.weekday') };
      // A span that closes before it opens is reported on its closing time.
      return {
        target: hoursFieldId(index, Number(row), rowPart === 'opens' ? 'opens' : 'closes'),
        label,
        hint: t('offerForm.hints.hours'),
      };
    }
    default:
      return { target: locationFieldId(index, 'name'), label: where };
  }
}
