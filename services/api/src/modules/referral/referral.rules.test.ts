import { describe, expect, it } from 'vitest';
import type { ReferralQuestionData } from './referral.entity.js';
import { evaluate, unknownConditionKey, validAnswers } from './referral.rules.js';

const option = (key: string) => ({ key, label: key, translations: [] });
const questions: ReferralQuestionData[] = [
  { key: 'status', label: 'Status', hint: null, translations: [], options: [option('asylum'), option('eu'), option('other')] },
  { key: 'need', label: 'Need', hint: null, translations: [], options: [option('work'), option('housing')] },
];
const outcome = (name: string, conditions: { questionKey: string; optionKeys: string[] }[], fallback = false) => ({
  name,
  conditions,
  fallback,
});
const outcomes = [
  outcome('asylum-any', [{ questionKey: 'status', optionKeys: ['asylum'] }]),
  outcome('work-eu', [
    { questionKey: 'status', optionKeys: ['eu', 'other'] },
    { questionKey: 'need', optionKeys: ['work'] },
  ]),
  outcome('always', []),
  outcome('general', [], true),
  outcome('housing-help', [{ questionKey: 'need', optionKeys: ['housing'] }], true),
];
const names = (answers: { questionKey: string; optionKey: string }[], list = outcomes) =>
  evaluate(questions, list, answers).outcomes.map((o) => o.name);

describe('evaluating a referral path', () => {
  it('shows every outcome whose conditions all hold, in path order', () => {
    expect(
      names([
        { questionKey: 'status', optionKey: 'eu' },
        { questionKey: 'need', optionKey: 'work' },
      ]),
    ).toEqual(['work-eu', 'always']);
    expect(names([{ questionKey: 'status', optionKey: 'asylum' }])).toEqual(['asylum-any', 'always']);
  });

  it('needs every condition: one that does not hold, or an unanswered question, rules an outcome out', () => {
    expect(names([{ questionKey: 'status', optionKey: 'eu' }])).toEqual(['always']);
    expect(
      names([
        { questionKey: 'status', optionKey: 'eu' },
        { questionKey: 'need', optionKey: 'housing' },
      ]),
    ).toEqual(['always']);
  });

  it('falls back to the fallback outcomes that hold when nothing else matches', () => {
    const specific = outcomes.filter((o) => o.name !== 'always');
    const result = evaluate(questions, specific, [
      { questionKey: 'status', optionKey: 'other' },
      { questionKey: 'need', optionKey: 'housing' },
    ]);
    expect(result.fallback).toBe(true);
    expect(result.outcomes.map((o) => o.name)).toEqual(['general', 'housing-help']);
    expect(evaluate(questions, specific, [{ questionKey: 'status', optionKey: 'asylum' }]).fallback).toBe(false);
  });

  it('answers with nothing when no outcome holds, and says which questions are open', () => {
    const result = evaluate(questions, [outcomes[1] as (typeof outcomes)[number]], [{ questionKey: 'status', optionKey: 'asylum' }]);
    expect(result).toEqual({ outcomes: [], fallback: true, unanswered: ['need'] });
  });

  it('ignores answers naming unknown questions or options, as after an edit of the path', () => {
    expect([
      ...validAnswers(questions, [
        { questionKey: 'status', optionKey: 'gone' },
        { questionKey: 'age', optionKey: 'adult' },
        { questionKey: 'need', optionKey: 'work' },
      ]),
    ]).toEqual([['need', 'work']]);
    expect(evaluate(questions, outcomes, [{ questionKey: 'status', optionKey: 'gone' }]).unanswered).toEqual(['status', 'need']);
  });
});

describe('checking conditions against the questions', () => {
  it('finds the first condition naming an unknown question or option', () => {
    expect(unknownConditionKey(questions, outcomes)).toBeUndefined();
    expect(unknownConditionKey(questions, [outcome('x', [{ questionKey: 'age', optionKeys: ['adult'] }])])).toMatchObject({
      outcome: 0,
      condition: 0,
      field: 'questionKey',
    });
    expect(
      unknownConditionKey(questions, [
        outcome('a', []),
        outcome('b', [
          { questionKey: 'need', optionKeys: ['work'] },
          { questionKey: 'status', optionKeys: ['eu', 'student'] },
        ]),
      ]),
    ).toMatchObject({ outcome: 1, condition: 1, field: 'optionKeys' });
  });
});
