import type { EntityManager } from '../../src/db/orm.js';
import { Offer } from '../../src/modules/offer/offer.entity.js';
import { OfferKind } from '../../src/modules/offer/offer.enums.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Visibility } from '../../src/modules/organisation/organisation.enums.js';
import type { ReferralQuestionData } from '../../src/modules/referral/referral.entity.js';
import { Factory } from '../../src/seed/factories.js';
import type { Harness } from '../support/harness.js';

const option = (key: string, label: string, en?: string) => ({
  key,
  label,
  translations: en ? [{ locale: 'en', label: en }] : [],
});

/** The questions of the fixture's published path: legal status, age group and need. */
export const fixtureQuestions: ReferralQuestionData[] = [
  {
    key: 'status',
    label: 'Welchen Aufenthaltsstatus haben Sie?',
    hint: 'Steht auf Ihrem Ausweis.',
    translations: [{ locale: 'en', label: 'What is your residence status?', hint: null }],
    options: [
      option('asylum', 'Im Asylverfahren', 'Asylum procedure'),
      option('protected', 'Anerkannt', 'Granted protection'),
      option('eu', 'EU-Bürgerin oder EU-Bürger'),
    ],
  },
  {
    key: 'age',
    label: 'Wie alt sind Sie?',
    hint: null,
    translations: [],
    options: [option('adult', '27 Jahre oder älter'), option('young', '12 bis 26 Jahre')],
  },
  {
    key: 'need',
    label: 'Wobei brauchen Sie Hilfe?',
    hint: null,
    translations: [],
    options: [option('work', 'Arbeit'), option('procedure', 'Asylverfahren'), option('housing', 'Wohnen')],
  },
];

/**
 * The shared fixture (organisations, accounts) plus offers of every
 * visibility and two referral paths: a published one whose outcomes point at
 * public offers and at offers visitors may not see (internal, archived, of an
 * internal organisation), and a draft.
 */
export async function seedReferralFixture(h: Harness) {
  const base = await h.reset();
  const em: EntityManager = h.orm.em.fork();
  const f = new Factory(em, 17);
  const org = (id: string) => em.getReference(Organisation, id);
  const offer = (organisationId: string, title: string, data: Partial<Pick<Offer, 'visibility' | 'archivedAt'>> = {}) =>
    em.create(Offer, { organisation: org(organisationId), title, kind: OfferKind.COUNSELLING, ...data });
  const offers = {
    mbe: offer(base.orgs.caritas.id, 'Migrationsberatung für Erwachsene'),
    asylum: offer(base.orgs.caritas.id, 'Asylverfahrensberatung'),
    jmd: offer(base.orgs.cafe.id, 'Jugendmigrationsdienst'),
    jobs: offer(base.orgs.jobcenter.id, 'Team für Geflüchtete im Jobcenter'),
    internal: offer(base.orgs.caritas.id, 'Interne Fallberatung', { visibility: Visibility.INTERNAL }),
    archived: offer(base.orgs.caritas.id, 'Beendete Wohnungssprechstunde', { archivedAt: new Date('2025-01-01T00:00:00Z') }),
    ofInternalOrganisation: offer(base.orgs.internal.id, 'Sprechstunde des Sozialamts'),
  };
  const path = f.referralPath({
    title: 'Welche Beratung passt zu mir?',
    intro: 'Drei Fragen zu Ihrer Situation.',
    translations: [{ locale: 'en', title: 'Which counselling fits me?', intro: null }],
    questions: fixtureQuestions,
    published: true,
    createdAt: new Date('2026-01-01T00:00:00Z'),
  });
  const when = (conditions: Record<string, string[]>) =>
    Object.entries(conditions).map(([questionKey, optionKeys]) => ({ questionKey, optionKeys }));
  const outcomes = {
    asylum: f.referralOutcome(path, offers.asylum, {
      position: 1,
      reason: 'Bereitet Sie auf die Anhörung vor.',
      translations: [{ locale: 'en', reason: 'Prepares you for the interview.' }],
      conditions: when({ status: ['asylum'], need: ['procedure'] }),
    }),
    jmd: f.referralOutcome(path, offers.jmd, { position: 2, reason: 'Für junge Menschen bis 27.', conditions: when({ age: ['young'] }) }),
    jobs: f.referralOutcome(path, offers.jobs, {
      position: 3,
      reason: 'Arbeit und Ausbildung.',
      conditions: when({ status: ['protected', 'eu'], need: ['work'] }),
    }),
    internal: f.referralOutcome(path, offers.internal, {
      position: 4,
      reason: 'Interne Fallberatung.',
      conditions: when({ status: ['asylum'] }),
    }),
    archived: f.referralOutcome(path, offers.archived, { position: 5, reason: 'Wohnungssuche.', conditions: when({ need: ['housing'] }) }),
    mbe: f.referralOutcome(path, offers.mbe, {
      position: 6,
      reason: 'Hilft Erwachsenen bei allen Fragen.',
      conditions: when({ age: ['adult'] }),
      fallback: true,
    }),
    ofInternalOrganisation: f.referralOutcome(path, offers.ofInternalOrganisation, {
      position: 7,
      reason: 'Sozialamt.',
      fallback: true,
    }),
  };
  const draft = f.referralPath({
    title: 'Entwurf: Wohnen',
    questions: [fixtureQuestions[2] as ReferralQuestionData],
    createdAt: new Date('2026-02-01T00:00:00Z'),
  });
  const draftOutcome = f.referralOutcome(draft, offers.mbe, { position: 1, reason: 'Entwurf.', conditions: when({ need: ['housing'] }) });
  await em.flush();
  return { ...base, offers, paths: { published: path, draft }, outcomes: { ...outcomes, draft: draftOutcome } };
}

export type ReferralFixture = Awaited<ReturnType<typeof seedReferralFixture>>;
