import type { FieldTarget } from '#lib/field-errors.ts';
import { type OpportunityStatus, opportunityStatuses, pick, type TimeCommitment, timeCommitments } from '#lib/graphql/enums.ts';
import type { ResultOf, VariablesOf } from '#lib/graphql/graphql.ts';
import type { CreateVolunteerOpportunityMutation, EditableOpportunityFields } from '#lib/graphql/volunteering-operations.ts';
import type { MessageKey } from '#lib/i18n/i18n.ts';
import { splitSkills } from '#lib/volunteering.ts';

type Input = VariablesOf<typeof CreateVolunteerOpportunityMutation>['input'];

/** What the opportunity form holds while an editor fills it in (numbers and days as typed). */
export interface OpportunityFormState {
  title: string;
  task: string;
  timeNeeded: string;
  hoursPerMonth: string;
  languageIds: string[];
  districtIds: string[];
  targetGroupIds: string[];
  /** Comma-separated, as typed. */
  skills: string;
  status: string;
  validFrom: string;
  validUntil: string;
}

export const emptyOpportunityForm = (): OpportunityFormState => ({
  title: '',
  task: '',
  timeNeeded: 'OCCASIONAL',
  hoursPerMonth: '',
  languageIds: [],
  districtIds: [],
  targetGroupIds: [],
  skills: '',
  status: 'OPEN',
  validFrom: '',
  validUntil: '',
});

export function fromOpportunity(o: ResultOf<typeof EditableOpportunityFields>): OpportunityFormState {
  return {
    title: o.title,
    task: o.task,
    timeNeeded: o.timeNeeded,
    hoursPerMonth: o.hoursPerMonth ? String(o.hoursPerMonth) : '',
    languageIds: o.languages.map((l) => l.id),
    districtIds: o.districts.map((d) => d.id),
    targetGroupIds: o.targetGroups.map((g) => g.id),
    skills: o.skills.join(', '),
    status: o.status,
    validFrom: o.validFrom ?? '',
    validUntil: o.validUntil ?? '',
  };
}

/** The mutation's input; `organisationId` only when creating. */
export function toOpportunityInput(form: OpportunityFormState, organisationId?: string): Input {
  const hours = form.hoursPerMonth.trim() ? Number(form.hoursPerMonth.trim()) : null;
  return {
    ...(organisationId ? { organisationId } : {}),
    title: form.title.trim(),
    task: form.task.trim(),
    timeNeeded: pick(timeCommitments, form.timeNeeded) as TimeCommitment,
    hoursPerMonth: hours,
    languageIds: form.languageIds,
    districtIds: form.districtIds,
    targetGroupIds: form.targetGroupIds,
    skills: splitSkills(form.skills),
    status: pick(opportunityStatuses, form.status) as OpportunityStatus,
    validFrom: form.validFrom || null,
    validUntil: form.validUntil || null,
  };
}

type Translate = (key: MessageKey) => string;

const fields: Record<string, { target: string; label: MessageKey; hint?: MessageKey }> = {
  title: { target: 'opportunity-title', label: 'opportunityForm.title', hint: 'opportunityForm.titleInvalid' },
  task: { target: 'opportunity-task', label: 'opportunityForm.task', hint: 'opportunityForm.taskInvalid' },
  timeNeeded: { target: 'opportunity-time', label: 'opportunityForm.timeNeeded' },
  hoursPerMonth: { target: 'opportunity-hours', label: 'opportunityForm.hoursPerMonth', hint: 'opportunityForm.hoursInvalid' },
  languageIds: { target: 'opportunity-languages', label: 'opportunityForm.languages' },
  districtIds: { target: 'opportunity-districts', label: 'opportunityForm.districts' },
  targetGroupIds: { target: 'opportunity-groups', label: 'opportunityForm.targetGroups' },
  skills: { target: 'opportunity-skills', label: 'opportunityForm.skills', hint: 'opportunityForm.skillsHint' },
  status: { target: 'opportunity-status', label: 'opportunityForm.status' },
  validFrom: { target: 'opportunity-from', label: 'opportunityForm.validFrom' },
  validUntil: { target: 'opportunity-until', label: 'opportunityForm.validUntil', hint: 'opportunityForm.periodInvalid' },
};

/** Where an API field path (`input.validUntil`) lives in the form. */
export function locateOpportunityField(path: string, translate: Translate): FieldTarget | undefined {
  const field = fields[path.replace(/^input\./, '').split('.')[0] ?? ''];
  return field ? { target: field.target, label: translate(field.label), hint: field.hint && translate(field.hint) } : undefined;
}

/** The form's own checks before anything is sent. */
export function checkOpportunityForm(form: OpportunityFormState, translate: Translate) {
  const problems: { target: string; label: string; message: string }[] = [];
  const add = (name: keyof typeof fields) => {
    const field = fields[name];
    if (field)
      problems.push({ target: field.target, label: translate(field.label), message: translate(field.hint ?? 'errors.field.INVALID') });
  };
  if (form.title.trim().length < 3) add('title');
  if (form.task.trim().length < 10) add('task');
  const hours = form.hoursPerMonth.trim();
  if (hours && !(/^\d+$/.test(hours) && Number(hours) >= 1 && Number(hours) <= 200)) add('hoursPerMonth');
  if (form.validFrom && form.validUntil && form.validUntil < form.validFrom) add('validUntil');
  return problems;
}
