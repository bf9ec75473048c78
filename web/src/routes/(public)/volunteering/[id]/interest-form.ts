import type { FieldTarget } from '#lib/field-errors.ts';
import { pick, timeCommitments } from '#lib/graphql/enums.ts';
import type { MessageKey } from '#lib/i18n/i18n.ts';
import { splitSkills } from '#lib/volunteering.ts';

/** What the interest form holds while the visitor fills it in. */
export interface InterestFormState {
  name: string;
  email: string;
  phone: string;
  languageIds: string[];
  districtId: string;
  /** A TimeCommitment, or empty for no answer. */
  time: string;
  skills: string;
  message: string;
  consent: boolean;
}

export const emptyInterestForm = (): InterestFormState => ({
  name: '',
  email: '',
  phone: '',
  languageIds: [],
  districtId: '',
  time: '',
  skills: '',
  message: '',
  consent: false,
});

/** The mutation's input; empty optional fields are left out. */
export function toInterestInput(opportunityId: string, form: InterestFormState) {
  return {
    opportunityId,
    name: form.name.trim(),
    email: form.email.trim(),
    phone: form.phone.trim() || null,
    languageIds: form.languageIds,
    districtId: form.districtId || null,
    timeAvailable: pick(timeCommitments, form.time) ?? null,
    skills: splitSkills(form.skills),
    message: form.message.trim() || null,
    consent: form.consent,
  };
}

type Translate = (key: MessageKey) => string;

/** The form's own checks before anything is sent: the three things the API insists on. */
export function checkInterestForm(form: InterestFormState, translate: Translate): { target: string; label: string; message: string }[] {
  const problems: { target: string; label: string; message: string }[] = [];
  if (form.name.trim().length < 2)
    problems.push({
      target: 'interest-name',
      label: translate('volunteering.form.name'),
      message: translate('volunteering.form.nameRequired'),
    });
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim()))
    problems.push({
      target: 'interest-email',
      label: translate('volunteering.form.email'),
      message: translate('volunteering.form.emailInvalid'),
    });
  if (!form.consent)
    problems.push({
      target: 'interest-consent',
      label: translate('volunteering.form.consentLabel'),
      message: translate('volunteering.form.consentRequired'),
    });
  return problems;
}

/** Where an API field path lives in the form. */
export function locateInterestField(path: string, translate: Translate): FieldTarget | undefined {
  const field = path.replace(/^input\./, '').split('.')[0];
  switch (field) {
    case 'name':
      return { target: 'interest-name', label: translate('volunteering.form.name'), hint: translate('volunteering.form.nameRequired') };
    case 'email':
      return { target: 'interest-email', label: translate('volunteering.form.email'), hint: translate('volunteering.form.emailInvalid') };
    case 'phone':
      return { target: 'interest-phone', label: translate('volunteering.form.phone'), hint: translate('volunteering.form.phoneInvalid') };
    case 'message':
      return {
        target: 'interest-message',
        label: translate('volunteering.form.message'),
        hint: translate('volunteering.form.messageTooLong'),
      };
    case 'skills':
      return { target: 'interest-skills', label: translate('volunteering.form.skills'), hint: translate('volunteering.form.skillsHint') };
    case 'consent':
      return {
        target: 'interest-consent',
        label: translate('volunteering.form.consentLabel'),
        hint: translate('volunteering.form.consentRequired'),
      };
    case 'languageIds':
      return { target: 'interest-languages', label: translate('volunteering.form.languages') };
    case 'districtId':
      return { target: 'interest-district', label: translate('volunteering.form.district') };
    default:
      return undefined;
  }
}
