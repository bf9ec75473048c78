import { describe, expect, it } from 'vitest';
import {
  checkForm,
  type EditablePath,
  fieldIds,
  formFromPath,
  inputFromForm,
  locateField,
  move,
  newOutcome,
  newQuestion,
} from './referral-form.ts';

const stored: EditablePath = {
  id: 'p1',
  version: 3,
  title: 'Welche Beratung passt zu mir?',
  intro: null,
  published: true,
  viewerCanEdit: true,
  translations: [{ locale: 'ar', title: 'ما هي الاستشارة المناسبة لي؟', intro: null }],
  questions: [
    {
      key: 'status',
      label: 'Welchen Aufenthaltsstatus haben Sie?',
      hint: null,
      translations: [{ locale: 'en', label: 'What is your status?', hint: null }],
      options: [
        { key: 'asylum', label: 'Asylverfahren', translations: [{ locale: 'uk', label: 'Притулок' }] },
        { key: 'eu', label: 'EU', translations: [] },
      ],
    },
  ],
  outcomes: [
    {
      id: 'o1',
      reason: 'Berät im Asylverfahren.',
      fallback: false,
      translations: [{ locale: 'tr', reason: 'İltica sürecinde danışmanlık.' }],
      conditions: [{ questionKey: 'status', optionKeys: ['asylum'] }],
      offer: { id: 'f1', title: 'Asylberatung', organisation: { id: 'g1', name: 'Caritas' } },
    },
  ],
};

describe('the referral path editor’s model', () => {
  it('round-trips a stored path into the same input', () => {
    expect(inputFromForm(formFromPath(stored))).toEqual({
      title: 'Welche Beratung passt zu mir?',
      intro: null,
      translations: [{ locale: 'ar', title: 'ما هي الاستشارة المناسبة لي؟', intro: null }],
      questions: [
        {
          key: 'status',
          label: 'Welchen Aufenthaltsstatus haben Sie?',
          hint: null,
          translations: [{ locale: 'en', label: 'What is your status?', hint: null }],
          options: [
            { key: 'asylum', label: 'Asylverfahren', translations: [{ locale: 'uk', label: 'Притулок' }] },
            { key: 'eu', label: 'EU', translations: [] },
          ],
        },
      ],
      outcomes: [
        {
          offerId: 'f1',
          reason: 'Berät im Asylverfahren.',
          fallback: false,
          translations: [{ locale: 'tr', reason: 'İltica sürecinde danışmanlık.' }],
          conditions: [{ questionKey: 'status', optionKeys: ['asylum'] }],
        },
      ],
    });
  });

  it('keeps conditions when keys are renamed, and drops those of removed options', () => {
    const form = formFromPath(stored);
    const status = form.questions[0];
    if (!status) throw new Error('no question');
    status.key = 'aufenthalt';
    (status.options[0] as { key: string }).key = 'asyl';
    expect(inputFromForm(form).outcomes?.[0]?.conditions).toEqual([{ questionKey: 'aufenthalt', optionKeys: ['asyl'] }]);
    status.options.splice(0, 1);
    expect(inputFromForm(form).outcomes?.[0]?.conditions).toEqual([]);
  });

  it('finds what the API would refuse, with the control to jump to', () => {
    const form = formFromPath(stored);
    form.title = 'x';
    form.translations.fa.intro = 'مقدمه';
    form.questions.push(newQuestion(['status']));
    form.outcomes.push(newOutcome());
    const extra = form.questions[1];
    if (!extra) throw new Error('no question');
    extra.key = 'status';
    expect(checkForm(form).map((p) => [p.target, p.hint])).toEqual([
      [fieldIds.title, 'referralAdmin.errors.title'],
      [fieldIds.pathTranslation('fa', 'title'), 'referralAdmin.errors.translationTitle'],
      [fieldIds.question(1, 'key'), 'referralAdmin.errors.duplicateKey'],
      [fieldIds.question(1, 'label'), 'referralAdmin.errors.questionLabel'],
      [fieldIds.option(1, 0, 'label'), 'referralAdmin.errors.label'],
      [fieldIds.option(1, 1, 'label'), 'referralAdmin.errors.label'],
      [fieldIds.outcome(1, 'offer'), 'referralAdmin.errors.offer'],
      [fieldIds.outcome(1, 'reason'), 'referralAdmin.errors.reason'],
    ]);
    expect(checkForm(formFromPath(stored))).toEqual([]);
  });

  it('maps the API’s field paths onto the editor’s controls, translations by their language', () => {
    const input = inputFromForm(formFromPath(stored));
    expect(locateField('input.translations.0.title', input)?.target).toBe(fieldIds.pathTranslation('ar', 'title'));
    expect(locateField('input.questions.0.options.0.translations.0.locale', input)?.target).toBe(fieldIds.optionTranslation(0, 0, 'uk'));
    expect(locateField('input.questions.0.translations.0.label', input)?.target).toBe(fieldIds.questionTranslation(0, 'en', 'label'));
    expect(locateField('input.outcomes.0.offerId', input)?.target).toBe(fieldIds.outcome(0, 'offer'));
    expect(locateField('input.outcomes.0.conditions.0.optionKeys', input)?.target).toBe(fieldIds.outcome(0, 'conditions'));
    expect(locateField('input.outcomes.0.translations.0.reason', input)?.target).toBe(fieldIds.outcomeTranslation(0, 'tr'));
    expect(locateField('input.questions', input)?.target).toBe(fieldIds.questions);
    expect(locateField('id', input)).toBeUndefined();
  });

  it('moves rows within their list', () => {
    const list = ['a', 'b', 'c'];
    move(list, 0, 1);
    expect(list).toEqual(['b', 'a', 'c']);
    move(list, 0, -1);
    move(list, 2, 1);
    expect(list).toEqual(['b', 'a', 'c']);
  });
});
