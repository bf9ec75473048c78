import type { FieldTarget } from '#lib/field-errors.ts';
import type { ContactChannelKind, OrganisationKind, Sector, Visibility } from '#lib/graphql/enums.ts';
import type { ResultOf, VariablesOf } from '#lib/graphql/graphql.ts';
import type { EditableOrganisationFields, UpdateOrganisationMutation } from '#lib/graphql/operations.ts';
import type { MessageKey } from '#lib/i18n/i18n.ts';

export type EditableOrganisation = ResultOf<typeof EditableOrganisationFields>;
type OrganisationInput = VariablesOf<typeof UpdateOrganisationMutation>['input'];

/** One row of the contact channel editor; `key` keeps rows stable while rows are added and removed. */
export interface ContactRow {
  key: number;
  kind: ContactChannelKind;
  value: string;
  label: string;
}

/** What the edit form holds while the user types: plain strings, never null. */
export interface OrganisationFormState {
  name: string;
  shortName: string;
  kind: OrganisationKind;
  sector: Sector;
  description: string;
  fieldOfActionIds: string[];
  districtIds: string[];
  languageIds: string[];
  targetGroupIds: string[];
  street: string;
  postalCode: string;
  city: string;
  contactChannels: ContactRow[];
  website: string;
  visibility: Visibility;
  /** Not edited here, but sent back so saving the address keeps them. */
  latitude: number | null;
  longitude: number | null;
}

let rowKey = 0;
/** A fresh key for a contact row. */
export const nextRowKey = () => ++rowKey;

export function fromOrganisation(org: EditableOrganisation): OrganisationFormState {
  return {
    name: org.name,
    shortName: org.shortName ?? '',
    kind: org.kind,
    sector: org.sector,
    description: org.description ?? '',
    fieldOfActionIds: org.fieldsOfAction.map((e) => e.id),
    districtIds: org.districts.map((e) => e.id),
    languageIds: org.languages.map((e) => e.id),
    targetGroupIds: org.targetGroups.map((e) => e.id),
    street: org.address.street ?? '',
    postalCode: org.address.postalCode ?? '',
    city: org.address.city ?? '',
    contactChannels: org.contactChannels.map((c) => ({ key: nextRowKey(), kind: c.kind, value: c.value, label: c.label ?? '' })),
    website: org.website ?? '',
    visibility: org.visibility,
    latitude: org.address.latitude ?? null,
    longitude: org.address.longitude ?? null,
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The full profile as the API expects it; empty optional fields are cleared (null). */
export function toInput(form: OrganisationFormState, canSetVisibility: boolean): OrganisationInput {
  return {
    name: form.name.trim(),
    shortName: orNull(form.shortName),
    kind: form.kind,
    sector: form.sector,
    description: orNull(form.description),
    fieldOfActionIds: form.fieldOfActionIds,
    districtIds: form.districtIds,
    languageIds: form.languageIds,
    targetGroupIds: form.targetGroupIds,
    address: {
      street: orNull(form.street),
      postalCode: orNull(form.postalCode),
      city: orNull(form.city),
      latitude: form.latitude,
      longitude: form.longitude,
    },
    contactChannels: form.contactChannels
      .filter((row) => row.value.trim() || row.label.trim())
      .map((row) => ({ kind: row.kind, value: row.value.trim(), label: orNull(row.label) })),
    website: orNull(form.website),
    ...(canSetVisibility ? { visibility: form.visibility } : {}),
  };
}

/** Control ids of the form, one per API field. */
export const fieldIds = {
  name: 'org-name',
  shortName: 'org-short-name',
  kind: 'org-kind',
  sector: 'org-sector',
  description: 'org-description',
  fieldOfActionIds: 'org-fields-of-action',
  districtIds: 'org-districts',
  languageIds: 'org-languages',
  targetGroupIds: 'org-target-groups',
  street: 'org-street',
  postalCode: 'org-postal-code',
  city: 'org-city',
  contactChannels: 'org-contact-channels',
  website: 'org-website',
  visibility: 'org-visibility',
} as const;

export const contactFieldId = (index: number, part: 'kind' | 'value' | 'label') => `org-contact-${index}-${part}`;

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * Finds the control for an API field path such as `input.address.postalCode`
 * or `input.contactChannels.2.value`, with its label and what it expects.
 */
export function locateField(path: string, form: OrganisationFormState, t: Translate): FieldTarget | undefined {
  const parts = path.replace(/^input\./, '').split('.');
  const [head, second, third] = parts;
  switch (head) {
    case 'name':
      return { target: fieldIds.name, label: t('edit.fields.name'), hint: t('edit.hints.name') };
    case 'shortName':
      return { target: fieldIds.shortName, label: t('edit.fields.shortName'), hint: t('edit.hints.shortName') };
    case 'kind':
      return { target: fieldIds.kind, label: t('edit.fields.kind') };
    case 'sector':
      return { target: fieldIds.sector, label: t('edit.fields.sector') };
    case 'description':
      return { target: fieldIds.description, label: t('edit.fields.description'), hint: t('edit.hints.description') };
    case 'fieldOfActionIds':
      return { target: fieldIds.fieldOfActionIds, label: t('edit.fields.fieldsOfAction') };
    case 'districtIds':
      return { target: fieldIds.districtIds, label: t('edit.fields.districts') };
    case 'languageIds':
      return { target: fieldIds.languageIds, label: t('edit.fields.languages') };
    case 'targetGroupIds':
      return { target: fieldIds.targetGroupIds, label: t('edit.fields.targetGroups') };
    case 'website':
      return { target: fieldIds.website, label: t('edit.fields.website'), hint: t('edit.hints.website') };
    case 'visibility':
      return { target: fieldIds.visibility, label: t('edit.fields.visibility') };
    case 'address':
      if (second === 'postalCode') {
        return { target: fieldIds.postalCode, label: t('edit.fields.postalCode'), hint: t('edit.hints.postalCode') };
      }
      if (second === 'city') return { target: fieldIds.city, label: t('edit.fields.city'), hint: t('edit.hints.text') };
      return { target: fieldIds.street, label: t('edit.fields.street'), hint: t('edit.hints.text') };
    case 'contactChannels': {
      const index = Number(second);
      // Indexes refer to the rows sent, i.e. without the empty rows the form drops.
      const sent = form.contactChannels.filter((row) => row.value.trim() || row.label.trim());
      const row = sent[index];
      if (!row || !third)
        return { target: fieldIds.contactChannels, label: t('edit.fields.contactChannels'), hint: t('edit.hints.contactChannels') };
      const position = form.contactChannels.indexOf(row);
      const number = position + 1;
      if (third === 'label') {
        return { target: contactFieldId(position, 'label'), label: t('edit.contact.rowLabel', { number }), hint: t('edit.hints.text') };
      }
      if (third === 'kind') return { target: contactFieldId(position, 'kind'), label: t('edit.contact.rowKind', { number }) };
      const hint = row.kind === 'EMAIL' ? t('edit.hints.email') : row.kind === 'MESSENGER' ? t('edit.hints.text') : t('edit.hints.phone');
      return { target: contactFieldId(position, 'value'), label: t('edit.contact.rowValue', { number }), hint };
    }
    default:
      return undefined;
  }
}
