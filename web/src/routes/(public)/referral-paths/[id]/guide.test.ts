import { describe, expect, it } from 'vitest';
import { answersFromUrl, currentStep, editParameter, guideHref, validAnswers } from './guide.ts';

const questions = [
  { key: 'status', options: [{ key: 'asylum' }, { key: 'eu' }] },
  { key: 'need', options: [{ key: 'work' }, { key: 'housing' }] },
  { key: 'district', options: [{ key: 'mitte' }, { key: 'ost' }] },
];

describe('the guide’s state in the address', () => {
  it('reads answers from the query string: key-shaped parameters, the first value of each, at most 20', () => {
    const params = new URLSearchParams('status=asylum&need=work&need=housing&_edit=status&Bad=x&utm_source=chat message&x=Y');
    expect(answersFromUrl(params)).toEqual([
      { questionKey: 'status', optionKey: 'asylum' },
      { questionKey: 'need', optionKey: 'work' },
    ]);
    const many = new URLSearchParams(Array.from({ length: 30 }, (_, i) => [`q${i}`, 'a']));
    expect(answersFromUrl(many)).toHaveLength(20);
  });

  it('keeps only answers the path knows', () => {
    const answers = validAnswers(questions, [
      { questionKey: 'status', optionKey: 'asylum' },
      { questionKey: 'need', optionKey: 'gone' },
      { questionKey: 'age', optionKey: 'adult' },
    ]);
    expect([...answers]).toEqual([['status', 'asylum']]);
  });

  it('shows the first open question, a question asked for again, or the result', () => {
    expect(currentStep(questions, new Map(), null)).toBe(0);
    expect(currentStep(questions, new Map([['status', 'eu']]), null)).toBe(1);
    // Answering out of order (a link built by hand) still asks what is missing.
    expect(currentStep(questions, new Map([['need', 'work']]), null)).toBe(0);
    const all = new Map([
      ['status', 'eu'],
      ['need', 'work'],
      ['district', 'ost'],
    ]);
    expect(currentStep(questions, all, null)).toBeNull();
    expect(currentStep(questions, all, 'need')).toBe(1);
    expect(currentStep(questions, all, 'unknown')).toBeNull();
  });

  it('writes answers in question order, so equal situations share one address', () => {
    const answers = new Map([
      ['district', 'ost'],
      ['status', 'eu'],
      ['age', 'adult'],
    ]);
    expect(guideHref('/referral-paths/1', questions, answers)).toBe('/referral-paths/1?status=eu&district=ost');
    expect(guideHref('/referral-paths/1', questions, answers, 'status')).toBe(
      `/referral-paths/1?status=eu&district=ost&${editParameter}=status`,
    );
    expect(guideHref('/referral-paths/1', questions, new Map())).toBe('/referral-paths/1');
  });
});
