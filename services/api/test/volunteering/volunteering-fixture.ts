import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { District, Language, TargetGroup } from '../../src/modules/reference/reference.entity.js';
import {
  InterestMessageAuthor,
  InterestStatus,
  OpportunityStatus,
  TimeCommitment,
} from '../../src/modules/volunteering/volunteering.entity.js';
import { Factory } from '../../src/seed/factories.js';
import { type Fixture, PASSWORD } from '../support/fixture.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import type { Harness } from '../support/harness.js';

export const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);

/**
 * The base fixture plus volunteering:
 * - open opportunities of the Caritas (Nordstadt, Arabic and German, weekly), the Sprachcafé
 *   (Südstadt, German, occasionally) and the Jobcenter (citywide, Arabic, once);
 * - a closed and an expired one of the Caritas, a filled one of the Sprachcafé, and open ones of
 *   the internal and the archived organisation (visitors see none of these);
 * - volunteers: Mona (interested in the Caritas' opportunity), Lukas (in the Sprachcafé's) and
 *   Sara (in both, with a message to each).
 */
export async function seedVolunteering(h: Harness) {
  const base = await h.reset();
  const em = h.orm.em.fork();
  const f = new Factory(em, 31);
  const org = (o: { id: string }) => em.getReference(Organisation, o.id);
  const north = em.getReference(District, base.refs.north.id);
  const south = em.getReference(District, base.refs.south.id);
  const german = em.getReference(Language, base.refs.german.id);
  const arabic = em.getReference(Language, base.refs.arabic.id);
  const youth = em.getReference(TargetGroup, base.refs.youth.id);
  const days = (n: number) => new Date(Date.now() - n * 86400_000);

  const lernpatenschaft = f.volunteerOpportunity(org(base.orgs.caritas), {
    title: 'Lernpatenschaft für Grundschulkinder',
    task: 'Einmal pro Woche mit einem Kind Hausaufgaben machen und lesen üben.',
    timeNeeded: TimeCommitment.WEEKLY,
    hoursPerMonth: 6,
    skills: ['Geduld', 'Mathematik'],
    languages: [arabic, german],
    districts: [north],
    targetGroups: [youth],
    createdAt: days(5),
    lastConfirmedAt: days(5),
  });
  const sprachcafe = f.volunteerOpportunity(org(base.orgs.cafe), {
    title: 'Sprachcafé-Moderation',
    task: 'Gesprächsrunden im Sprachcafé anleiten und neue Gäste begrüßen.',
    timeNeeded: TimeCommitment.OCCASIONAL,
    skills: ['Moderation'],
    languages: [german],
    districts: [south],
    createdAt: days(4),
    lastConfirmedAt: days(4),
  });
  const behoerden = f.volunteerOpportunity(org(base.orgs.jobcenter), {
    title: 'Begleitung zu Behörden',
    task: 'Geflüchtete zu Terminen beim Amt begleiten und beim Ausfüllen von Formularen helfen.',
    timeNeeded: TimeCommitment.ONCE,
    skills: ['Führerschein'],
    languages: [arabic],
    createdAt: days(3),
    lastConfirmedAt: days(400),
  });
  const closed = f.volunteerOpportunity(org(base.orgs.caritas), {
    title: 'Kleiderkammer sortieren',
    status: OpportunityStatus.CLOSED,
    createdAt: days(2),
  });
  const expired = f.volunteerOpportunity(org(base.orgs.caritas), {
    title: 'Sommerfest helfen',
    validUntil: inDays(-1),
    createdAt: days(2),
  });
  const filled = f.volunteerOpportunity(org(base.orgs.cafe), {
    title: 'Fahrradwerkstatt',
    status: OpportunityStatus.FILLED,
    languages: [german],
    districts: [south],
    createdAt: days(2),
  });
  const internal = f.volunteerOpportunity(org(base.orgs.internal), { title: 'Interne Aktenablage', createdAt: days(1) });
  const archived = f.volunteerOpportunity(org(base.orgs.archived), { title: 'Willkommensfest', createdAt: days(1) });

  const mona = f.volunteer({
    name: 'Mona Saleh',
    email: 'mona.saleh@mail.example',
    phone: '+49 391 555123',
    languages: [arabic, german],
    district: north,
    timeAvailable: TimeCommitment.WEEKLY,
    skills: ['Geduld', 'Kochen'],
  });
  const lukas = f.volunteer({
    name: 'Lukas Brandt',
    email: 'lukas.brandt@mail.example',
    district: south,
    timeAvailable: TimeCommitment.ONCE,
  });
  const sara = f.volunteer({ name: 'Sara Yilmaz', email: 'sara.yilmaz@mail.example', languages: [german] });
  const message = (text: string) => ({
    at: days(1).toISOString(),
    author: InterestMessageAuthor.VOLUNTEER,
    authorName: null,
    text,
    status: null,
  });
  const monaCaritas = f.volunteerInterest(lernpatenschaft, mona, { messages: [message('Ich habe dienstags Zeit.')], createdAt: days(2) });
  const lukasCafe = f.volunteerInterest(sprachcafe, lukas, { createdAt: days(2) });
  const saraCaritas = f.volunteerInterest(lernpatenschaft, sara, {
    status: InterestStatus.ANSWERED,
    messages: [message('Sara an die Caritas')],
    createdAt: days(1),
  });
  const saraCafe = f.volunteerInterest(sprachcafe, sara, { messages: [message('Sara an das Sprachcafé')], createdAt: days(1) });
  await em.flush();
  return {
    ...base,
    opportunities: { lernpatenschaft, sprachcafe, behoerden, closed, expired, filled, internal, archived },
    volunteers: { mona, lukas, sara },
    interests: { monaCaritas, lukasCafe, saraCaritas, saraCafe },
  };
}

export type VolunteeringFixture = Awaited<ReturnType<typeof seedVolunteering>>;

/** Logged-in clients per role of the base fixture. */
export function clients(h: Harness, fx: Fixture) {
  const login = (email: string) => () => h.client().login(email, PASSWORD);
  return {
    visitor: async (): Promise<GraphQLClient> => h.client(),
    member: login(fx.users.member.email),
    editorCaritas: login(fx.users.editorCaritas.email),
    editorCafe: login(fx.users.editorCafe.email),
    admin: login(fx.users.admin.email),
  };
}

export const REGISTER = `mutation($input: VolunteerInterestInput!) { registerVolunteerInterest(input: $input) }`;

/** A complete, consenting registration for an opportunity; override what a case is about. */
export const registration = (opportunityId: string, overrides: Record<string, unknown> = {}) => ({
  opportunityId,
  name: 'Hanna Weber',
  email: 'hanna.weber@mail.example',
  phone: '+49 391 777888',
  skills: ['Geduld'],
  message: 'Ich würde gern helfen.',
  consent: true,
  ...overrides,
});
