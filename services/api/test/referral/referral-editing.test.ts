import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/modules/audit/audit.entity.js';
import { ReferralOutcome, ReferralPath } from '../../src/modules/referral/referral.entity.js';
import { databaseLabel } from '../support/database.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { type MatrixCase, permissionMatrix } from '../support/permission-matrix.js';
import { fixtureQuestions, type ReferralFixture, seedReferralFixture } from './referral-fixture.js';

type Role = 'anonymous' | 'member' | 'editor' | 'admin';
const roles: Role[] = ['anonymous', 'member', 'editor', 'admin'];
const emails: Record<Exclude<Role, 'anonymous'>, string> = {
  member: 'member@test.example',
  editor: 'editor.caritas@test.example',
  admin: 'admin@test.example',
};

const PATH_FIELDS = `id version title intro published translations { locale title intro }
  questions { key label options { key label translations { locale label } } }
  outcomes { position reason fallback conditions { questionKey optionKeys } translations { locale reason } offer { id } }`;
const CREATE = `mutation($input: ReferralPathInput!) { createReferralPath(input: $input) { ${PATH_FIELDS} } }`;
const UPDATE = `mutation($id: UUID!, $version: Int!, $input: ReferralPathInput!) { updateReferralPath(id: $id, version: $version, input: $input) { ${PATH_FIELDS} } }`;
const PUBLISH = `mutation($id: UUID!, $version: Int!, $published: Boolean) { publishReferralPath(id: $id, version: $version, published: $published) { id version published } }`;
const DELETE = 'mutation($id: UUID!, $version: Int!) { deleteReferralPath(id: $id, version: $version) }';

const question = (key: string, options: string[]) => ({
  key,
  label: `Frage ${key}?`,
  options: options.map((o) => ({ key: o, label: `Antwort ${o}` })),
});

/** A complete path input for the fixture's offers. */
const pathInput = (fx: ReferralFixture) => ({
  title: 'Wohnen und Gesundheit',
  intro: 'Zwei Fragen.',
  translations: [{ locale: 'ar', title: 'السكن والصحة', intro: null }],
  questions: [
    {
      ...question('need', ['housing', 'health']),
      translations: [{ locale: 'uk', label: 'Що вам потрібно?', hint: null }],
    },
    question('age', ['adult', 'young']),
  ],
  outcomes: [
    {
      offerId: fx.offers.mbe.id,
      reason: 'Hilft bei der Wohnungssuche.',
      conditions: [{ questionKey: 'need', optionKeys: ['housing'] }],
      translations: [{ locale: 'tr', reason: 'Ev aramada yardımcı olur.' }],
    },
    { offerId: fx.offers.jmd.id, reason: 'Für junge Menschen.', conditions: [{ questionKey: 'age', optionKeys: ['young'] }] },
    { offerId: fx.offers.jobs.id, reason: 'Allgemeine Beratung.', fallback: true },
  ],
});

describe(`maintaining referral paths (${databaseLabel})`, () => {
  let h: Harness;
  let fx: ReferralFixture;
  const clients = new Map<Role, GraphQLClient>();

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await seedReferralFixture(h);
    clients.clear();
  });

  const as = async (role: Role) => {
    let client = clients.get(role);
    if (!client) {
      client = role === 'anonymous' ? h.client() : await h.client().login(emails[role]);
      clients.set(role, client);
    }
    return client;
  };
  /** Everything stored about referral paths, to prove a refused write changed nothing. */
  const stored = async () => {
    const em = h.orm.em.fork();
    const paths = await em.find(ReferralPath, {}, { orderBy: { title: 'asc' } });
    const outcomes = await em.find(ReferralOutcome, {}, { orderBy: { position: 'asc', reason: 'asc' } });
    return {
      paths: paths.map(({ title, intro, translations, questions, published, version }) => ({
        title,
        intro,
        translations,
        questions,
        published,
        version,
      })),
      outcomes: outcomes.map(({ path, position, reason, conditions, fallback }) => ({
        path: path.id,
        position,
        reason,
        conditions,
        fallback,
      })),
      history: await em.count(AuditEntry, { entityType: 'ReferralPath' }),
    };
  };

  describe('who may change paths', () => {
    const cases: MatrixCase<ReferralFixture, Role>[] = [
      {
        name: 'createReferralPath',
        allowed: ['admin'],
        run: (c, f) => c.request(CREATE, { input: pathInput(f) }),
        probe: () => stored(),
      },
      {
        name: 'updateReferralPath',
        allowed: ['admin'],
        run: (c, f) => c.request(UPDATE, { id: f.paths.published.id, version: 1, input: { title: 'Neuer Titel' } }),
        probe: () => stored(),
      },
      {
        name: 'publishReferralPath',
        allowed: ['admin'],
        run: (c, f) => c.request(PUBLISH, { id: f.paths.draft.id, version: 1 }),
        probe: () => stored(),
      },
      {
        name: 'unpublish (publishReferralPath published: false)',
        allowed: ['admin'],
        run: (c, f) => c.request(PUBLISH, { id: f.paths.published.id, version: 1, published: false }),
        probe: () => stored(),
      },
      {
        name: 'deleteReferralPath',
        allowed: ['admin'],
        run: (c, f) => c.request(DELETE, { id: f.paths.published.id, version: 1 }),
        probe: () => stored(),
      },
    ];
    permissionMatrix({ title: 'referral path mutations', roles, cases, fixture: () => fx, clientFor: as, admin: () => as('admin') });
  });

  it('creates a draft with questions, translations and outcomes, and records it in the history', async () => {
    const admin = await as('admin');
    const { createReferralPath: created } = await admin.ok(CREATE, { input: pathInput(fx) });
    expect(created).toMatchObject({ version: 1, published: false, title: 'Wohnen und Gesundheit' });
    expect(created.translations).toEqual([{ locale: 'ar', title: 'السكن والصحة', intro: null }]);
    expect(created.questions.map((q: { key: string }) => q.key)).toEqual(['need', 'age']);
    expect(created.outcomes.map((o: { position: number; offer: { id: string } }) => [o.position, o.offer.id])).toEqual([
      [1, fx.offers.mbe.id],
      [2, fx.offers.jmd.id],
      [3, fx.offers.jobs.id],
    ]);
    expect(created.outcomes[2]).toMatchObject({ fallback: true, conditions: [] });
    const history = await admin.ok(
      'query($id: UUID!) { history(entityType: "ReferralPath", entityId: $id) { entries { action actorName after } } }',
      {
        id: created.id,
      },
    );
    expect(history.history.entries[0]).toMatchObject({ action: 'CREATE', actorName: 'Admin' });
    expect(history.history.entries[0].after.outcomes).toHaveLength(3);
    // A draft is the office's: visitors do not see it until it is published.
    expect(
      (await (await as('anonymous')).request('query($id: UUID!) { referralPath(id: $id) { id } }', { id: created.id })).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('replaces questions and outcomes, moves the version on for outcome changes alone, and publishes', async () => {
    const admin = await as('admin');
    const input = pathInput(fx);
    const { createReferralPath: created } = await admin.ok(CREATE, { input });
    const { updateReferralPath: changed } = await admin.ok(UPDATE, {
      id: created.id,
      version: created.version,
      input: { outcomes: input.outcomes.slice(1) },
    });
    expect(changed.version).toBe(2);
    expect(changed.title).toBe('Wohnen und Gesundheit');
    expect(changed.outcomes.map((o: { position: number; reason: string }) => [o.position, o.reason])).toEqual([
      [1, 'Für junge Menschen.'],
      [2, 'Allgemeine Beratung.'],
    ]);
    const { publishReferralPath: published } = await admin.ok(PUBLISH, { id: created.id, version: 2 });
    expect(published).toMatchObject({ published: true, version: 3 });
    const visitor = await as('anonymous');
    const { referralPath } = await visitor.ok('query($id: UUID!) { referralPath(id: $id) { title outcomes { reason } } }', {
      id: created.id,
    });
    expect(referralPath.outcomes).toHaveLength(2);
    const { history } = await admin.ok(
      'query($id: UUID!) { history(entityType: "ReferralPath", entityId: $id) { entries { action before after } } }',
      {
        id: created.id,
      },
    );
    expect(history.entries.map((e: { action: string }) => e.action)).toEqual(['PUBLISH', 'UPDATE', 'CREATE']);
    expect(Object.keys(history.entries[1].after)).toEqual(['outcomes']);
  });

  it('refuses a stale version with CONFLICT and keeps the newer change', async () => {
    const admin = await as('admin');
    await admin.ok(UPDATE, { id: fx.paths.published.id, version: 1, input: { title: 'Erste Änderung' } });
    const before = await stored();
    const stale = await admin.request(UPDATE, { id: fx.paths.published.id, version: 1, input: { title: 'Zweite Änderung' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_CONFLICT', details: { currentVersion: 2 } });
    for (const mutation of [PUBLISH, DELETE]) {
      const res = await admin.request(mutation, { id: fx.paths.published.id, version: 1 });
      expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    }
    expect(await stored()).toEqual(before);
  });

  describe('bad input is a typed error on its field, and nothing is written', () => {
    const refusals: {
      name: string;
      input: (f: ReferralFixture) => Record<string, unknown>;
      field: string;
      reason?: string;
      update?: boolean;
    }[] = [
      {
        name: 'an unknown offer',
        input: (f) => ({ ...pathInput(f), outcomes: [{ offerId: '00000000-0000-4000-8000-000000000001', reason: 'Gibt es nicht.' }] }),
        field: 'input.outcomes.0.offerId',
        reason: 'UNKNOWN_REFERENCE',
      },
      {
        name: 'a rule naming an unknown question',
        input: (f) => ({
          ...pathInput(f),
          outcomes: [
            { offerId: f.offers.mbe.id, reason: 'Falsche Frage.', conditions: [{ questionKey: 'district', optionKeys: ['nord'] }] },
          ],
        }),
        field: 'input.outcomes.0.conditions.0.questionKey',
        reason: 'UNKNOWN_QUESTION',
      },
      {
        name: 'a rule naming an unknown option',
        input: (f) => ({
          ...pathInput(f),
          outcomes: [
            { offerId: f.offers.mbe.id, reason: 'Passt.', conditions: [] },
            { offerId: f.offers.mbe.id, reason: 'Falsche Antwort.', conditions: [{ questionKey: 'age', optionKeys: ['young', 'senior'] }] },
          ],
        }),
        field: 'input.outcomes.1.conditions.0.optionKeys',
        reason: 'UNKNOWN_OPTION',
      },
      {
        name: 'an unknown language code on the path',
        input: (f) => ({ ...pathInput(f), translations: [{ locale: 'xx', title: 'Titel' }] }),
        field: 'input.translations.0.locale',
      },
      {
        name: 'an unknown language code on an option',
        input: (f) => {
          const input = pathInput(f);
          return {
            ...input,
            questions: [
              input.questions[0],
              {
                ...question('age', ['adult', 'young']),
                options: [
                  { key: 'adult', label: 'Erwachsen', translations: [{ locale: 'de-AT', label: 'X' }] },
                  { key: 'young', label: 'Jung' },
                ],
              },
            ],
          };
        },
        field: 'input.questions.1.options.0.translations.0.locale',
      },
      {
        name: 'German given as a translation',
        input: (f) => ({ ...pathInput(f), translations: [{ locale: 'de', title: 'Doppelt' }] }),
        field: 'input.translations.0.locale',
      },
      {
        name: 'the same language twice',
        input: (f) => ({
          ...pathInput(f),
          translations: [
            { locale: 'en', title: 'One' },
            { locale: 'en', title: 'Two' },
          ],
        }),
        field: 'input.translations.1.locale',
      },
      {
        name: 'two questions with one key',
        input: (f) => ({ ...pathInput(f), questions: [question('age', ['a', 'b']), question('age', ['c', 'd'])], outcomes: [] }),
        field: 'input.questions.1.key',
      },
      {
        name: 'a question with a single option',
        input: (f) => ({ ...pathInput(f), questions: [question('age', ['a'])], outcomes: [] }),
        field: 'input.questions.0.options',
      },
      {
        name: 'a malformed key',
        input: (f) => ({ ...pathInput(f), questions: [question('Alter Frage', ['a', 'b'])], outcomes: [] }),
        field: 'input.questions.0.key',
      },
      {
        name: 'a missing title',
        input: (f) => ({ ...pathInput(f), title: ' ' }),
        field: 'input.title',
      },
      {
        name: 'removing a question an outcome still names (update)',
        input: () => ({ questions: fixtureQuestionsWithout('need') }),
        field: 'input.questions',
        reason: 'UNKNOWN_QUESTION',
        update: true,
      },
      {
        name: 'emptying a published path (update)',
        input: () => ({ outcomes: [] }),
        field: 'input.outcomes',
        reason: 'INCOMPLETE_PATH',
        update: true,
      },
    ];
    for (const refusal of refusals) {
      it(`refuses ${refusal.name}`, async () => {
        const admin = await as('admin');
        const before = await stored();
        const res = refusal.update
          ? await admin.request(UPDATE, { id: fx.paths.published.id, version: 1, input: refusal.input(fx) })
          : await admin.request(CREATE, { input: refusal.input(fx) });
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: refusal.field,
          ...(refusal.reason ? { reason: refusal.reason } : {}),
        });
        expect(await stored()).toEqual(before);
      });
    }

    it('refuses to publish a path without questions or outcomes', async () => {
      const admin = await as('admin');
      const { createReferralPath: empty } = await admin.ok(CREATE, { input: { title: 'Noch leer' } });
      const before = await stored();
      const res = await admin.request(PUBLISH, { id: empty.id, version: empty.version });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INCOMPLETE_PATH' });
      expect(await stored()).toEqual(before);
    });
  });

  it('removes a path with its outcomes and keeps its history', async () => {
    const admin = await as('admin');
    expect((await admin.ok(DELETE, { id: fx.paths.draft.id, version: 1 })).deleteReferralPath).toBe(true);
    const em = h.orm.em.fork();
    expect(await em.count(ReferralOutcome, { path: fx.paths.draft.id })).toBe(0);
    const { history } = await admin.ok(
      'query($id: UUID!) { history(entityType: "ReferralPath", entityId: $id) { entries { action before } } }',
      {
        id: fx.paths.draft.id,
      },
    );
    expect(history.entries[0]).toMatchObject({ action: 'DELETE', before: { title: 'Entwurf: Wohnen' } });
  });
});

/** The fixture's published questions without one of them. */
function fixtureQuestionsWithout(key: string) {
  return fixtureQuestions
    .filter((q) => q.key !== key)
    .map(({ key, label, options }) => ({ key, label, options: options.map(({ key, label }) => ({ key, label })) }));
}
