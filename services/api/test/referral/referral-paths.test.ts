import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementCounter } from '../../src/db/orm.js';
import { Offer } from '../../src/modules/offer/offer.entity.js';
import { OfferKind } from '../../src/modules/offer/offer.enums.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { ReferralPath } from '../../src/modules/referral/referral.entity.js';
import { Factory } from '../../src/seed/factories.js';
import { databaseLabel } from '../support/database.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { fixtureQuestions, type ReferralFixture, seedReferralFixture } from './referral-fixture.js';

const RESULT = `query($id: UUID!, $answers: [ReferralAnswerInput!]!) {
  referralPath(id: $id) {
    id
    result(answers: $answers) { outcomes { position reason fallback offer { id title } } fallback unansweredQuestionKeys complete }
  }
}`;

const answers = (values: Record<string, string>) => Object.entries(values).map(([questionKey, optionKey]) => ({ questionKey, optionKey }));

/**
 * A referral path as a newcomer uses it: where given answers lead, what is
 * shown when nothing fits, and that outcomes pointing at offers the reader
 * may not see are left out on every path.
 */
describe(`referral paths: outcomes and visibility (${databaseLabel})`, () => {
  let h: Harness;
  let fx: ReferralFixture;
  let visitor: GraphQLClient;
  let admin: GraphQLClient;
  let member: GraphQLClient;

  beforeAll(async () => {
    h = await startHarness();
    fx = await seedReferralFixture(h);
    visitor = h.client();
    admin = await h.client().login('admin@test.example');
    member = await h.client().login('member@test.example');
  });
  afterAll(async () => {
    await h?.close();
  });

  const result = async (client: GraphQLClient, values: Record<string, string>) =>
    (await client.ok(RESULT, { id: fx.paths.published.id, answers: answers(values) })).referralPath.result;
  const titles = (r: { outcomes: { offer: { title: string } }[] }) => r.outcomes.map((o) => o.offer.title);

  it('leads to every outcome whose conditions all hold, in the path’s order, with the reason', async () => {
    const young = await result(visitor, { status: 'protected', age: 'young', need: 'work' });
    expect(titles(young)).toEqual(['Jugendmigrationsdienst', 'Team für Geflüchtete im Jobcenter']);
    expect(young).toMatchObject({ fallback: false, complete: true, unansweredQuestionKeys: [] });
    expect(young.outcomes.map((o: { reason: string }) => o.reason)).toEqual(['Für junge Menschen bis 27.', 'Arbeit und Ausbildung.']);

    const asylum = await result(visitor, { status: 'asylum', age: 'adult', need: 'procedure' });
    expect(titles(asylum)).toEqual(['Asylverfahrensberatung']);
    // One condition failing rules an outcome out: the Jobcenter needs both the status and the need, so only the general advice is left.
    const procedure = await result(visitor, { status: 'protected', age: 'adult', need: 'procedure' });
    expect(procedure.fallback).toBe(true);
    expect(titles(procedure)).toEqual(['Migrationsberatung für Erwachsene']);
  });

  it('falls back to the path’s general advice when nothing specific matches', async () => {
    const general = await result(visitor, { status: 'eu', age: 'adult', need: 'procedure' });
    expect(general).toMatchObject({ fallback: true, complete: true });
    expect(titles(general)).toEqual(['Migrationsberatung für Erwachsene']);
  });

  it('answers with an empty, explained result when nothing matches, naming the open questions', async () => {
    const open = await result(visitor, {});
    expect(open).toEqual({ outcomes: [], fallback: true, unansweredQuestionKeys: ['status', 'age', 'need'], complete: false });
    // A shared link from before an edit: unknown questions and options are ignored, not refused.
    const stale = await result(visitor, { status: 'student', region: 'nord', age: 'young' });
    expect(stale).toMatchObject({ unansweredQuestionKeys: ['status', 'need'], complete: false });
    expect(titles(stale)).toEqual(['Jugendmigrationsdienst']);
  });

  it('leaves out outcomes whose offer the reader may not see, for visitors only', async () => {
    // Internal offer (status asylum) and the internal organisation's offer (fallback) are members' business.
    expect(titles(await result(visitor, { status: 'asylum', age: 'adult', need: 'procedure' }))).toEqual(['Asylverfahrensberatung']);
    expect(titles(await result(member, { status: 'asylum', age: 'adult', need: 'procedure' }))).toEqual([
      'Asylverfahrensberatung',
      'Interne Fallberatung',
    ]);
    // The archived offer was the only specific match: visitors get the fallback instead, members the archived offer.
    const housingVisitor = await result(visitor, { status: 'eu', age: 'adult', need: 'housing' });
    expect(housingVisitor.fallback).toBe(true);
    expect(titles(housingVisitor)).toEqual(['Migrationsberatung für Erwachsene']);
    expect(titles(await result(admin, { status: 'eu', age: 'adult', need: 'housing' }))).toEqual(['Beendete Wohnungssprechstunde']);
    expect(titles(await result(admin, { status: 'eu', age: 'adult', need: 'procedure' }))).toEqual([
      'Migrationsberatung für Erwachsene',
      'Sprechstunde des Sozialamts',
    ]);

    const list = `{ referralPaths { id title outcomes { id offer { id } } } }`;
    const seen = (await visitor.ok(list)).referralPaths;
    expect(seen.map((p: { title: string }) => p.title)).toEqual(['Welche Beratung passt zu mir?']);
    const hidden = [fx.offers.internal.id, fx.offers.archived.id, fx.offers.ofInternalOrganisation.id];
    const shown = seen[0].outcomes.map((o: { offer: { id: string } }) => o.offer.id);
    expect(shown).toHaveLength(4);
    expect(shown.filter((id: string) => hidden.includes(id))).toEqual([]);
    expect((await admin.ok(list)).referralPaths[0].outcomes).toHaveLength(7);
  });

  it('hides drafts from visitors and members (NOT_FOUND) and shows them to the coordination office', async () => {
    const one = 'query($id: UUID!) { referralPath(id: $id) { id title published } }';
    for (const client of [visitor, member]) {
      expect(errorCode(await client.request(one, { id: fx.paths.draft.id }))).toBe('NOT_FOUND');
      expect((await client.ok('{ referralPaths { id } }')).referralPaths.map((p: { id: string }) => p.id)).toEqual([fx.paths.published.id]);
    }
    expect((await admin.ok(one, { id: fx.paths.draft.id })).referralPath).toMatchObject({ title: 'Entwurf: Wohnen', published: false });
    expect((await admin.ok('{ referralPaths { title } }')).referralPaths.map((p: { title: string }) => p.title)).toEqual([
      'Welche Beratung passt zu mir?',
      'Entwurf: Wohnen',
    ]);
    expect(errorCode(await visitor.request(one, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('serves questions, options and texts with their translations; German is the base text', async () => {
    const { referralPath } = await visitor.ok(
      `query($id: UUID!) { referralPath(id: $id) { title intro translations { locale title intro } viewerCanEdit
        questions { key label hint translations { locale label hint } options { key label translations { locale label } } }
        outcomes { position reason translations { locale reason } conditions { questionKey optionKeys } fallback } } }`,
      { id: fx.paths.published.id },
    );
    expect(referralPath).toMatchObject({
      title: 'Welche Beratung passt zu mir?',
      translations: [{ locale: 'en', title: 'Which counselling fits me?', intro: null }],
      viewerCanEdit: false,
    });
    expect(referralPath.questions.map((q: { key: string }) => q.key)).toEqual(['status', 'age', 'need']);
    expect(referralPath.questions[0].options[0]).toEqual({
      key: 'asylum',
      label: 'Im Asylverfahren',
      translations: [{ locale: 'en', label: 'Asylum procedure' }],
    });
    expect(referralPath.outcomes[0]).toEqual({
      position: 1,
      reason: 'Bereitet Sie auf die Anhörung vor.',
      translations: [{ locale: 'en', reason: 'Prepares you for the interview.' }],
      conditions: [
        { questionKey: 'status', optionKeys: ['asylum'] },
        { questionKey: 'need', optionKeys: ['procedure'] },
      ],
      fallback: false,
    });
    expect(
      (await admin.ok('query($id: UUID!) { referralPath(id: $id) { viewerCanEdit } }', { id: fx.paths.published.id })).referralPath,
    ).toEqual({ viewerCanEdit: true });
  });

  it('refuses malformed answers with a typed error', async () => {
    const twice = await visitor.request(RESULT, {
      id: fx.paths.published.id,
      answers: [
        { questionKey: 'status', optionKey: 'eu' },
        { questionKey: 'status', optionKey: 'asylum' },
      ],
    });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answers.1.questionKey' });
    const many = await visitor.request(RESULT, {
      id: fx.paths.published.id,
      answers: Array.from({ length: 21 }, (_, i) => ({ questionKey: `q${i}`, optionKey: 'x' })),
    });
    expect(errorCode(many)).toBe('BAD_USER_INPUT');
  });

  it('reads a path with its outcomes and offers in one statement, and a list in the same number whatever it holds', async () => {
    const counted = async (client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) => {
      const before = statementCounter.count;
      const res = await client.request(query, variables);
      expect(res.errors).toBeUndefined();
      return { statements: statementCounter.count - before, data: res.data as any };
    };
    const one = await counted(visitor, RESULT, { id: fx.paths.published.id, answers: answers({ status: 'protected', age: 'young' }) });
    expect(titles(one.data.referralPath.result)).toEqual(['Jugendmigrationsdienst']);
    expect(one.statements).toBe(1);

    const LIST = `{ referralPaths { id title questions { key } outcomes { reason offer { title organisation { name } } } } }`;
    const small = await counted(admin, LIST);
    const em = h.orm.em.fork();
    const f = new Factory(em, 23);
    for (let n = 0; n < 12; n++) {
      const path = f.referralPath({ title: `Weg ${n}`, questions: fixtureQuestions, published: n % 2 === 0 });
      for (let k = 1; k <= 5; k++) {
        const offer = em.create(Offer, {
          organisation: em.getReference(Organisation, k % 2 ? fx.orgs.cafe.id : fx.orgs.jobcenter.id),
          title: `Angebot ${n}.${k}`,
          kind: OfferKind.OTHER,
        });
        f.referralOutcome(path, offer, { position: k });
      }
    }
    await em.flush();
    const big = await counted(admin, LIST);
    expect(big.data.referralPaths).toHaveLength(14);
    expect(big.data.referralPaths.at(-1).outcomes).toHaveLength(5);
    expect(big.statements).toBe(small.statements);
    // Clean up, so the other cases see the fixture alone.
    await em.nativeDelete(ReferralPath, { title: { $like: 'Weg %' } });
  });
});
