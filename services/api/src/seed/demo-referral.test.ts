import { describe, expect, it } from 'vitest';
import { createReferralPathSchema } from '../modules/referral/referral.inputs.js';
import { evaluate, unknownConditionKey } from '../modules/referral/referral.rules.js';
import { demoOffers } from './demo-offers-data.js';
import { demoReferralPaths } from './demo-referral.js';

const locales = ['de', 'en', 'ar', 'fa', 'tr', 'uk'] as const;

/** Every combination of answers a visitor can give. */
function combinations(questions: { key: string; options: { key: string }[] }[]): { questionKey: string; optionKey: string }[][] {
  return questions.reduce<{ questionKey: string; optionKey: string }[][]>(
    (sets, q) => sets.flatMap((set) => q.options.map((o) => [...set, { questionKey: q.key, optionKey: o.key }])),
    [[]],
  );
}

describe('the demo referral paths', () => {
  const codes = new Set(demoOffers.map((o) => o.code));

  it('are three, and every outcome points at a demo offer visitors see', () => {
    expect(demoReferralPaths).toHaveLength(3);
    const hidden = new Set(demoOffers.filter((o) => o.internal || o.archivedDaysAgo !== undefined).map((o) => o.code));
    for (const path of demoReferralPaths) {
      for (const outcome of path.outcomes) {
        expect(codes.has(outcome.offer), outcome.offer).toBe(true);
        expect(hidden.has(outcome.offer), outcome.offer).toBe(false);
      }
    }
  });

  it('pass the API’s own validation and name only their own questions and options', () => {
    for (const path of demoReferralPaths) {
      const questions = path.questions.map((q) => ({
        key: q.key,
        label: q.label.de,
        hint: q.hint?.de ?? null,
        translations: [],
        options: q.options.map((o) => ({ key: o.key, label: o.label.de, translations: [] })),
      }));
      const outcomes = path.outcomes.map((o) => ({
        offerId: '00000000-0000-4000-8000-000000000000',
        reason: o.reason.de,
        conditions: Object.entries(o.when ?? {}).map(([questionKey, optionKeys]) => ({ questionKey, optionKeys })),
        fallback: o.fallback ?? false,
      }));
      expect(createReferralPathSchema.safeParse({ title: path.title.de, intro: path.intro.de, questions, outcomes }).error).toBeUndefined();
      expect(unknownConditionKey(questions, outcomes)).toBeUndefined();
    }
  });

  it('are written in all six languages', () => {
    for (const path of demoReferralPaths) {
      const texts = [
        path.title,
        path.intro,
        ...path.questions.flatMap((q) => [q.label, ...(q.hint ? [q.hint] : []), ...q.options.map((o) => o.label)]),
        ...path.outcomes.map((o) => o.reason),
      ];
      for (const text of texts)
        for (const locale of locales) expect(text[locale].trim().length, `${text.de} (${locale})`).toBeGreaterThan(0);
      // Arabic and Farsi texts are written in their script, Ukrainian in Cyrillic.
      expect(path.title.ar).toMatch(/[\u0600-\u06ff]/);
      expect(path.title.fa).toMatch(/[\u0600-\u06ff]/);
      expect(path.title.uk).toMatch(/[\u0400-\u04ff]/);
    }
  });

  it('lead every possible combination of answers somewhere', () => {
    for (const path of demoReferralPaths) {
      const questions = path.questions.map((q) => ({
        key: q.key,
        label: q.label.de,
        hint: null,
        translations: [],
        options: q.options.map((o) => ({ key: o.key, label: o.label.de, translations: [] })),
      }));
      const outcomes = path.outcomes.map((o) => ({
        code: o.offer,
        conditions: Object.entries(o.when ?? {}).map(([questionKey, optionKeys]) => ({ questionKey, optionKeys })),
        fallback: o.fallback ?? false,
      }));
      for (const answers of combinations(questions)) {
        expect(evaluate(questions, outcomes, answers).outcomes.length, JSON.stringify(answers)).toBeGreaterThan(0);
      }
    }
  });
});
