import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../src/seed/demo-city.js';
import { databaseLabel, emptyTables } from '../support/database.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';

const RESULT = `query($id: UUID!, $answers: [ReferralAnswerInput!]!) { referralPath(id: $id) {
  result(answers: $answers) { fallback outcomes { reason translations { locale reason } offer { title organisation { name } } } }
} }`;

/** The demo city's three referral paths, as a visitor walks them. */
describe(`the demo city's referral paths (${databaseLabel})`, () => {
  let h: Harness;
  let visitor: GraphQLClient;
  let paths: { id: string; title: string; translations: { locale: string; title: string }[]; questions: { key: string }[] }[];

  beforeAll(async () => {
    h = await startHarness();
    const em = h.orm.em.fork();
    await emptyTables(em);
    await seedDemoCity(em);
    visitor = h.client();
    paths = (await visitor.ok('{ referralPaths { id title published translations { locale title } questions { key } } }')).referralPaths;
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  const walk = async (index: number, answers: Record<string, string>) =>
    (
      await visitor.ok(RESULT, {
        id: paths[index]?.id,
        answers: Object.entries(answers).map(([questionKey, optionKey]) => ({ questionKey, optionKey })),
      })
    ).referralPath.result;

  it('publishes the three paths with their titles in all six languages', () => {
    expect(paths.map((p) => p.title)).toEqual([
      'Welche Beratung passt zu mir?',
      'Beratung für junge Menschen von 12 bis 27',
      'Arbeit und Anerkennung: Wer hilft mir beim Berufseinstieg?',
    ]);
    for (const path of paths) expect(path.translations.map((t) => t.locale).sort()).toEqual(['ar', 'en', 'fa', 'tr', 'uk']);
    expect(paths.map((p) => p.questions.map((q) => q.key))).toEqual([
      ['status', 'need', 'district'],
      ['age', 'situation', 'district'],
      ['qualification', 'situation', 'german'],
    ]);
  });

  it('sends an asylum seeker in Neustadt to the asylum procedure counselling and the district’s counselling centre', async () => {
    const result = await walk(0, { status: 'asylum', need: 'procedure', district: 'neustadt' });
    const organisations = result.outcomes.map((o: any) => o.offer.organisation.name);
    expect(result.outcomes[0].offer.title).toBe('Asylverfahrensberatung: Vorbereitung auf die Anhörung');
    expect(organisations).toContain('AWO – Beratungsstelle für dezentral wohnende Geflüchtete Neustadt');
    expect(result.outcomes[0].translations.find((t: any) => t.locale === 'ar').reason).toMatch(/[\u0600-\u06ff]/);
  });

  it('sends a young person from Lindenau-Nord to the youth migration service there, and an engineer to recognition advice', async () => {
    const young = await walk(1, { age: 'young-adult', situation: 'studies', district: 'nord' });
    expect(young.outcomes.map((o: any) => o.offer.title)).toEqual([
      'Studienvorbereitung für Geflüchtete',
      'Jugendmigrationsdienst Lindenau-Nord: Beratung für 12- bis 27-Jährige',
    ]);
    const engineer = await walk(2, { qualification: 'academic', situation: 'searching', german: 'advanced' });
    expect(engineer.outcomes.map((o: any) => o.offer.title)).toContain(
      'Anerkennungsberatung für ausländische Berufs- und Studienabschlüsse',
    );
    expect(engineer.fallback).toBe(false);
  });
});
