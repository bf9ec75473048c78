import type { ResultOf, VariablesOf } from '#lib/graphql/graphql.ts';
import type { ReferralPathEditQuery, UpdateReferralPathMutation } from '#lib/graphql/referral-operations.ts';
import type { MessageKey } from '#lib/i18n/i18n.ts';

export type EditablePath = NonNullable<ResultOf<typeof ReferralPathEditQuery>['referralPath']>;
export type ReferralPathInput = VariablesOf<typeof UpdateReferralPathMutation>['input'];

/** The languages a path's texts can be translated into; German is the base text. */
export const translationLocales = ['en', 'ar', 'fa', 'tr', 'uk'] as const;
export type TranslationLocale = (typeof translationLocales)[number];
type PerLocale<T> = Record<TranslationLocale, T>;

/** Languages written right to left: their inputs get `dir="rtl"`. */
export const rightToLeft: ReadonlySet<string> = new Set(['ar', 'fa']);

/** Bounds of a path, as the API has them. */
export const limits = { questions: 8, options: 12, outcomes: 60 } as const;

const keyPattern = /^[a-z][a-z0-9_-]{0,39}$/;

export interface OptionRow {
  /** Identifies the row while the form lives, also when its key is edited. */
  rowKey: number;
  key: string;
  label: string;
  translations: PerLocale<string>;
}

export interface QuestionRow {
  rowKey: number;
  key: string;
  label: string;
  hint: string;
  translations: PerLocale<{ label: string; hint: string }>;
  options: OptionRow[];
}

export interface ChosenOffer {
  id: string;
  title: string;
  organisationName: string;
}

export interface OutcomeRow {
  rowKey: number;
  offer: ChosenOffer | null;
  reason: string;
  translations: PerLocale<string>;
  fallback: boolean;
  /** The options it holds for, per question, by row: a question without any does not matter. */
  conditions: Record<number, number[]>;
}

/** What the editor holds while the office types: plain strings, never null. */
export interface ReferralFormState {
  title: string;
  intro: string;
  translations: PerLocale<{ title: string; intro: string }>;
  questions: QuestionRow[];
  outcomes: OutcomeRow[];
}

let lastRowKey = 0;
/** A key for a new row of any list of the form. */
export const nextRowKey = () => ++lastRowKey;

const perLocale = <T>(make: (locale: TranslationLocale) => T): PerLocale<T> =>
  Object.fromEntries(translationLocales.map((locale) => [locale, make(locale)])) as PerLocale<T>;

type Translated = readonly ({ locale: string } & Record<string, string | null | undefined>)[];
const translated = (list: Translated, locale: string, field: string) => list.find((t) => t.locale === locale)?.[field] ?? '';

/** The editor's state for a stored path. */
export function formFromPath(path: EditablePath): ReferralFormState {
  const questions: QuestionRow[] = path.questions.map((q) => ({
    rowKey: nextRowKey(),
    key: q.key,
    label: q.label,
    hint: q.hint ?? '',
    translations: perLocale((l) => ({ label: translated(q.translations, l, 'label'), hint: translated(q.translations, l, 'hint') })),
    options: q.options.map((o) => ({
      rowKey: nextRowKey(),
      key: o.key,
      label: o.label,
      translations: perLocale((l) => translated(o.translations, l, 'label')),
    })),
  }));
  const outcomes: OutcomeRow[] = path.outcomes.map((o) => {
    const conditions: Record<number, number[]> = {};
    for (const condition of o.conditions) {
      const question = questions.find((q) => q.key === condition.questionKey);
      if (!question) continue;
      conditions[question.rowKey] = question.options.filter((opt) => condition.optionKeys.includes(opt.key)).map((opt) => opt.rowKey);
    }
    return {
      rowKey: nextRowKey(),
      offer: { id: o.offer.id, title: o.offer.title, organisationName: o.offer.organisation.name },
      reason: o.reason,
      translations: perLocale((l) => translated(o.translations, l, 'reason')),
      fallback: o.fallback,
      conditions,
    };
  });
  return {
    title: path.title,
    intro: path.intro ?? '',
    translations: perLocale((l) => ({
      title: translated(path.translations, l, 'title'),
      intro: translated(path.translations, l, 'intro'),
    })),
    questions,
    outcomes,
  };
}

/** A key not yet used among `taken`, e.g. `frage-3`. */
export function freshKey(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) {
    const key = `${prefix}-${n}`;
    if (!taken.includes(key)) return key;
  }
}

export function newOption(taken: readonly string[]): OptionRow {
  return { rowKey: nextRowKey(), key: freshKey('antwort', taken), label: '', translations: perLocale(() => '') };
}

export function newQuestion(taken: readonly string[]): QuestionRow {
  const first = newOption([]);
  return {
    rowKey: nextRowKey(),
    key: freshKey('frage', taken),
    label: '',
    hint: '',
    translations: perLocale(() => ({ label: '', hint: '' })),
    options: [first, newOption([first.key])],
  };
}

export function newOutcome(): OutcomeRow {
  return { rowKey: nextRowKey(), offer: null, reason: '', translations: perLocale(() => ''), fallback: false, conditions: {} };
}

const text = (value: string) => value.trim();
const optional = (value: string) => value.trim() || null;

/**
 * The API input for the form: translations only where something was written,
 * conditions as question and option keys (rows removed since are left out).
 */
export function inputFromForm(form: ReferralFormState): ReferralPathInput {
  return {
    title: text(form.title),
    intro: optional(form.intro),
    translations: translationLocales
      .filter((l) => text(form.translations[l].title) || text(form.translations[l].intro))
      .map((l) => ({ locale: l, title: text(form.translations[l].title), intro: optional(form.translations[l].intro) })),
    questions: form.questions.map((q) => ({
      key: text(q.key),
      label: text(q.label),
      hint: optional(q.hint),
      translations: translationLocales
        .filter((l) => text(q.translations[l].label) || text(q.translations[l].hint))
        .map((l) => ({ locale: l, label: text(q.translations[l].label), hint: optional(q.translations[l].hint) })),
      options: q.options.map((o) => ({
        key: text(o.key),
        label: text(o.label),
        translations: translationLocales.filter((l) => text(o.translations[l])).map((l) => ({ locale: l, label: text(o.translations[l]) })),
      })),
    })),
    outcomes: form.outcomes.map((o) => ({
      offerId: o.offer?.id ?? '',
      reason: text(o.reason),
      fallback: o.fallback,
      translations: translationLocales.filter((l) => text(o.translations[l])).map((l) => ({ locale: l, reason: text(o.translations[l]) })),
      conditions: form.questions.flatMap((q) => {
        const optionKeys = q.options.filter((opt) => o.conditions[q.rowKey]?.includes(opt.rowKey)).map((opt) => text(opt.key));
        return optionKeys.length > 0 ? [{ questionKey: text(q.key), optionKeys }] : [];
      }),
    })),
  };
}

/** Ids of the editor's controls, so errors can point at them. */
export const fieldIds = {
  title: 'rp-title',
  intro: 'rp-intro',
  questions: 'rp-questions',
  outcomes: 'rp-outcomes',
  pathTranslation: (locale: string, field: 'title' | 'intro') => `rp-tr-${locale}-${field}`,
  question: (q: number, field: 'key' | 'label' | 'hint' | 'options') => `rp-q${q}-${field}`,
  questionTranslation: (q: number, locale: string, field: 'label' | 'hint') => `rp-q${q}-tr-${locale}-${field}`,
  option: (q: number, o: number, field: 'key' | 'label') => `rp-q${q}-o${o}-${field}`,
  optionTranslation: (q: number, o: number, locale: string) => `rp-q${q}-o${o}-tr-${locale}`,
  outcome: (k: number, field: 'offer' | 'reason' | 'conditions' | 'fallback') => `rp-o${k}-${field}`,
  outcomeTranslation: (k: number, locale: string) => `rp-o${k}-tr-${locale}`,
} as const;

/**
 * A part of a field's name in the error summary, translated by the page:
 * "Frage 2 – Antwort 1", or a field in a language ("Frage – العربية").
 */
export type LabelPart = { key: MessageKey; values?: Record<string, string | number> } | { field: MessageKey; locale: string };

/** Where a problem is shown: the control, its name and what it expects. */
export interface FieldRef {
  target: string;
  label: LabelPart[];
  hint: MessageKey;
}

const question = (i: number): LabelPart => ({ key: 'referralAdmin.form.question', values: { number: i + 1 } });
const option = (j: number): LabelPart => ({ key: 'referralAdmin.form.option', values: { number: j + 1 } });
const outcome = (k: number): LabelPart => ({ key: 'referralAdmin.form.outcome', values: { number: k + 1 } });
const inLanguage = (field: MessageKey, locale: string): LabelPart => ({ field, locale });

const refs = {
  title: (): FieldRef => ({ target: fieldIds.title, label: [{ key: 'referralAdmin.form.title' }], hint: 'referralAdmin.errors.title' }),
  pathTranslation: (locale: string, field: 'title' | 'intro'): FieldRef => ({
    target: fieldIds.pathTranslation(locale, field),
    label: [inLanguage(field === 'title' ? 'referralAdmin.form.fieldTitle' : 'referralAdmin.form.fieldIntro', locale)],
    hint: field === 'title' ? 'referralAdmin.errors.translationTitle' : 'referralAdmin.errors.tooShort',
  }),
  questionKey: (i: number): FieldRef => ({
    target: fieldIds.question(i, 'key'),
    label: [question(i), { key: 'referralAdmin.form.key' }],
    hint: 'referralAdmin.errors.key',
  }),
  questionLabel: (i: number): FieldRef => ({
    target: fieldIds.question(i, 'label'),
    label: [question(i), { key: 'referralAdmin.form.questionLabel' }],
    hint: 'referralAdmin.errors.questionLabel',
  }),
  questionHint: (i: number): FieldRef => ({
    target: fieldIds.question(i, 'hint'),
    label: [question(i), { key: 'referralAdmin.form.hint' }],
    hint: 'referralAdmin.errors.tooShort',
  }),
  questionTranslation: (i: number, locale: string, field: 'label' | 'hint'): FieldRef => ({
    target: fieldIds.questionTranslation(i, locale, field),
    label: [question(i), inLanguage(field === 'label' ? 'referralAdmin.form.fieldQuestion' : 'referralAdmin.form.fieldHint', locale)],
    hint: field === 'label' ? 'referralAdmin.errors.translationQuestion' : 'referralAdmin.errors.tooShort',
  }),
  options: (i: number): FieldRef => ({
    target: fieldIds.question(i, 'options'),
    label: [question(i), { key: 'referralAdmin.form.options' }],
    hint: 'referralAdmin.errors.options',
  }),
  optionKey: (i: number, j: number): FieldRef => ({
    target: fieldIds.option(i, j, 'key'),
    label: [question(i), option(j), { key: 'referralAdmin.form.key' }],
    hint: 'referralAdmin.errors.key',
  }),
  optionLabel: (i: number, j: number): FieldRef => ({
    target: fieldIds.option(i, j, 'label'),
    label: [question(i), option(j)],
    hint: 'referralAdmin.errors.label',
  }),
  optionTranslation: (i: number, j: number, locale: string): FieldRef => ({
    target: fieldIds.optionTranslation(i, j, locale),
    label: [question(i), option(j), inLanguage('referralAdmin.form.fieldOption', locale)],
    hint: 'referralAdmin.errors.label',
  }),
  offer: (k: number): FieldRef => ({
    target: fieldIds.outcome(k, 'offer'),
    label: [outcome(k), { key: 'referralAdmin.form.offer' }],
    hint: 'referralAdmin.errors.offer',
  }),
  reason: (k: number): FieldRef => ({
    target: fieldIds.outcome(k, 'reason'),
    label: [outcome(k), { key: 'referralAdmin.form.reason' }],
    hint: 'referralAdmin.errors.reason',
  }),
  reasonTranslation: (k: number, locale: string): FieldRef => ({
    target: fieldIds.outcomeTranslation(k, locale),
    label: [outcome(k), inLanguage('referralAdmin.form.fieldReason', locale)],
    hint: 'referralAdmin.errors.tooShort',
  }),
  conditions: (k: number): FieldRef => ({
    target: fieldIds.outcome(k, 'conditions'),
    label: [outcome(k), { key: 'referralAdmin.form.conditions' }],
    hint: 'referralAdmin.errors.conditions',
  }),
};

/** What the form checks before sending, as the API would: the problems, first to last. */
export function checkForm(form: ReferralFormState): FieldRef[] {
  const problems: FieldRef[] = [];
  if (text(form.title).length < 3) problems.push(refs.title());
  for (const locale of translationLocales) {
    const t = form.translations[locale];
    if ((text(t.title) || text(t.intro)) && text(t.title).length < 3) problems.push(refs.pathTranslation(locale, 'title'));
  }
  const questionKeys = new Set<string>();
  form.questions.forEach((q, i) => {
    if (!keyPattern.test(text(q.key)) || questionKeys.has(text(q.key))) {
      problems.push({
        ...refs.questionKey(i),
        hint: questionKeys.has(text(q.key)) ? 'referralAdmin.errors.duplicateKey' : 'referralAdmin.errors.key',
      });
    }
    questionKeys.add(text(q.key));
    if (text(q.label).length < 3) problems.push(refs.questionLabel(i));
    for (const locale of translationLocales) {
      const t = q.translations[locale];
      if ((text(t.label) || text(t.hint)) && text(t.label).length < 3) problems.push(refs.questionTranslation(i, locale, 'label'));
    }
    if (q.options.length < 2) problems.push(refs.options(i));
    const optionKeys = new Set<string>();
    q.options.forEach((o, j) => {
      if (!keyPattern.test(text(o.key)) || optionKeys.has(text(o.key))) {
        problems.push({
          ...refs.optionKey(i, j),
          hint: optionKeys.has(text(o.key)) ? 'referralAdmin.errors.duplicateKey' : 'referralAdmin.errors.key',
        });
      }
      optionKeys.add(text(o.key));
      if (!text(o.label)) problems.push(refs.optionLabel(i, j));
    });
  });
  form.outcomes.forEach((o, k) => {
    if (!o.offer) problems.push(refs.offer(k));
    if (text(o.reason).length < 3) problems.push(refs.reason(k));
    for (const locale of translationLocales) {
      if (text(o.translations[locale]) && text(o.translations[locale]).length < 3) problems.push(refs.reasonTranslation(k, locale));
    }
  });
  return problems;
}

/** Where an API field path (`input.questions.1.options.0.translations.0.label`) is in the form; the input is the one sent. */
export function locateField(path: string, input: ReferralPathInput): FieldRef | undefined {
  const parts = path.split('.');
  if (parts[0] !== 'input') return undefined;
  const [, area, a, b, c, d, e] = parts;
  const index = (value: string | undefined) => (value !== undefined && /^\d+$/.test(value) ? Number(value) : -1);
  if (area === 'title') return refs.title();
  if (area === 'intro')
    return { target: fieldIds.intro, label: [{ key: 'referralAdmin.form.intro' }], hint: 'referralAdmin.errors.tooShort' };
  if (area === 'translations') {
    const locale = input.translations?.[index(a)]?.locale;
    return locale ? refs.pathTranslation(locale, b === 'intro' ? 'intro' : 'title') : undefined;
  }
  if (area === 'questions') {
    const i = index(a);
    const q = input.questions?.[i];
    if (!q)
      return { target: fieldIds.questions, label: [{ key: 'referralAdmin.form.questions' }], hint: 'referralAdmin.errors.conditions' };
    if (b === 'key') return refs.questionKey(i);
    if (b === 'label') return refs.questionLabel(i);
    if (b === 'hint') return refs.questionHint(i);
    if (b === 'translations') {
      const locale = q.translations?.[index(c)]?.locale;
      return locale ? refs.questionTranslation(i, locale, d === 'hint' ? 'hint' : 'label') : refs.questionLabel(i);
    }
    if (b === 'options') {
      const j = index(c);
      const o = q.options[j];
      if (!o) return refs.options(i);
      if (d === 'key') return refs.optionKey(i, j);
      if (d === 'translations') {
        const locale = o.translations?.[index(e)]?.locale;
        return locale ? refs.optionTranslation(i, j, locale) : refs.optionLabel(i, j);
      }
      return refs.optionLabel(i, j);
    }
    return refs.questionLabel(i);
  }
  if (area === 'outcomes') {
    const k = index(a);
    const o = input.outcomes?.[k];
    if (!o) return { target: fieldIds.outcomes, label: [{ key: 'referralAdmin.form.outcomes' }], hint: 'referralAdmin.errors.reason' };
    if (b === 'offerId') return refs.offer(k);
    if (b === 'conditions') return refs.conditions(k);
    if (b === 'translations') {
      const locale = o.translations?.[index(c)]?.locale;
      return locale ? refs.reasonTranslation(k, locale) : refs.reason(k);
    }
    return refs.reason(k);
  }
  return undefined;
}

/** Moves a row one place up (-1) or down (+1) within its list; nothing happens at the ends. */
export function move<T>(list: T[], index: number, by: -1 | 1): void {
  const target = index + by;
  if (target < 0 || target >= list.length) return;
  const [row] = list.splice(index, 1);
  list.splice(target, 0, row as T);
}
