import type { EntityManager } from '../../src/db/orm.js';
import { AgreementKind, AgreementStatus } from '../../src/modules/agreement/agreement.entity.js';
import { BodyKind, BodyStatus } from '../../src/modules/body/body.enums.js';
import { MeasureStatus } from '../../src/modules/measure/measure.entity.js';
import { MembershipRole } from '../../src/modules/membership/membership.entity.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Visibility } from '../../src/modules/organisation/organisation.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { FieldOfAction } from '../../src/modules/reference/reference.entity.js';
import { UserRole } from '../../src/modules/user/user.entity.js';
import { Factory } from '../../src/seed/factories.js';
import { today } from '../../src/shared/dates.js';
import { type Fixture, PASSWORD, seedFixture } from './fixture.js';

const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);

/**
 * The directory fixture plus a small network structure: a steering committee,
 * a working group led by a welfare/administration tandem, a sub-project, an
 * internal body, measures with owners, agreements, and accounts for a tandem
 * lead and a steering-committee chair.
 */
export async function seedStructureFixture(em: EntityManager) {
  const base: Fixture = await seedFixture(em);
  const f = new Factory(em, 7);
  const org = (o: { id: string }) => em.getReference(Organisation, o.id);
  const person = (p: { id: string }) => em.getReference(Person, p.id);
  const caritas = org(base.orgs.caritas);
  const jobcenter = org(base.orgs.jobcenter);
  const cafe = org(base.orgs.cafe);

  const leadWelfare = f.person({
    givenName: 'Miriam',
    familyName: 'Okafor',
    function: 'Fachbereichsleitung Migration',
    consentToPublishContact: true,
  });
  const leadCity = f.person({ givenName: 'Tobias', familyName: 'Lindner', function: 'Integrationsbeauftragter' });
  const chair = f.person({ givenName: 'Renate', familyName: 'Vogel', function: 'Sozialdezernentin' });
  const thirdLead = f.person({ givenName: 'Aylin', familyName: 'Demir', function: 'Ehrenamtskoordination' });
  f.affiliation(leadWelfare, caritas, { role: 'Leitung Migrationsdienste' });
  f.affiliation(leadCity, jobcenter, { role: 'Stabsstelle' });
  f.affiliation(chair, jobcenter, { role: 'Dezernat' });
  f.affiliation(thirdLead, cafe, { role: 'Koordination' });

  const language = em.getReference(FieldOfAction, base.refs.language.id);
  const goalLanguage = f.goal({ number: 1, title: 'Steigerung der Sprachkompetenz', fieldOfAction: language });
  const goalWork = f.goal({
    number: 5,
    title: 'Erfolgreicher Übergang Schule – Ausbildung – Arbeit',
    fieldOfAction: em.getReference(FieldOfAction, base.refs.work.id),
  });

  const steering = f.body({
    name: 'Lenkungsgruppe Lindenau integriert',
    kind: BodyKind.STEERING_COMMITTEE,
    foundedOn: '2016-03-01',
    meetingIntervalMinWeeks: 6,
    meetingIntervalMaxWeeks: 8,
  });
  const workingGroup = f.body({
    name: 'AG Arbeit und Sprache',
    kind: BodyKind.WORKING_GROUP,
    parent: steering,
    foundedOn: '2016-05-01',
    mandate: 'Sprachkursangebote abstimmen und Übergänge in Arbeit verbessern.',
    fieldsOfAction: [language],
    goals: [goalLanguage, goalWork],
    meetingIntervalMinWeeks: 4,
    meetingIntervalMaxWeeks: 8,
  });
  const subProject = f.body({
    name: 'Teilprojekt Zivilgesellschaftliches Engagement',
    kind: BodyKind.SUB_PROJECT,
    parent: steering,
    foundedOn: '2017-01-01',
  });
  const internal = f.body({
    name: 'Interne Steuerungsrunde Dezernat',
    kind: BodyKind.ROUND_TABLE,
    visibility: Visibility.INTERNAL,
    foundedOn: '2019-01-01',
  });
  const dissolved = f.body({ name: 'Fachgruppe Unterbringung', kind: BodyKind.WORKING_GROUP, parent: steering, foundedOn: '2015-09-01' });
  f.bodyStatus(dissolved, BodyStatus.DISSOLVED, '2019-06-30', 'Aufgaben in Regelstrukturen übernommen');

  f.membership(steering, chair, { role: MembershipRole.CHAIR, organisation: jobcenter, validFrom: '2016-03-01' });
  f.membership(steering, person(base.people.consenting), { role: MembershipRole.MEMBER, organisation: caritas, validFrom: '2016-03-01' });
  f.membership(workingGroup, leadWelfare, { role: MembershipRole.TANDEM_LEAD, organisation: caritas, validFrom: '2019-01-01' });
  f.membership(workingGroup, leadCity, { role: MembershipRole.TANDEM_LEAD, organisation: jobcenter, validFrom: '2019-01-01' });
  f.membership(workingGroup, person(base.people.volunteer), { role: MembershipRole.MEMBER, organisation: cafe, validFrom: '2019-01-01' });
  f.membership(workingGroup, person(base.people.private), {
    role: MembershipRole.MEMBER,
    organisation: caritas,
    validFrom: '2017-01-01',
    validTo: '2020-12-31',
  });
  f.membership(subProject, thirdLead, { role: MembershipRole.TANDEM_LEAD, organisation: cafe, validFrom: '2020-01-01' });
  f.membership(internal, person(base.people.official), { role: MembershipRole.MEMBER, validFrom: '2019-01-01' });

  const overdue = f.measure(workingGroup, {
    title: 'Sprachkursangebote abstimmen',
    owners: [caritas],
    responsible: leadWelfare,
    goals: [goalLanguage],
    history: [
      { status: MeasureStatus.PLANNED, on: '2023-01-10' },
      { status: MeasureStatus.IN_PROGRESS, on: '2023-03-01', note: 'Bestandsaufnahme begonnen' },
    ],
    startOn: '2023-01-10',
    dueOn: '2024-12-31',
    progress: 40,
  });
  const planned = f.measure(workingGroup, {
    title: 'Sprachcafé für Berufseinsteiger',
    owners: [cafe],
    responsible: person(base.people.volunteer),
    goals: [goalWork],
    history: [{ status: MeasureStatus.PLANNED, on: '2025-06-01' }],
    dueOn: inDays(200),
  });
  const indicator = f.indicator(overdue, {
    name: 'Abgestimmte Kursangebote',
    unit: 'Kurse',
    baseline: 2,
    target: 12,
    measurements: [{ on: '2024-01-31', value: 4 }],
  });

  const expiring = f.agreement({
    title: 'Kooperationsvereinbarung Erstberatung',
    kind: AgreementKind.COOPERATION,
    parties: [
      { organisation: caritas, role: 'Träger' },
      { organisation: jobcenter, role: 'Kooperationspartner' },
    ],
    history: [
      { status: AgreementStatus.DRAFT, on: '2024-01-01' },
      { status: AgreementStatus.NEGOTIATING, on: '2024-02-01' },
      { status: AgreementStatus.SIGNED, on: '2024-03-01' },
      { status: AgreementStatus.IN_FORCE, on: '2024-04-01' },
    ],
    signedOn: '2024-03-01',
    validFrom: '2024-04-01',
    validTo: inDays(30),
    body: workingGroup,
  });
  const draft = f.agreement({
    title: 'Vereinbarung Sprachcafé',
    parties: [
      { organisation: cafe, role: 'Träger' },
      { organisation: caritas, role: 'Partner' },
    ],
  });

  const lead = await f.user({
    email: 'lead@test.example',
    displayName: 'Miriam Okafor',
    role: UserRole.MEMBER,
    password: PASSWORD,
    person: leadWelfare,
  });
  const chairUser = await f.user({
    email: 'chair@test.example',
    displayName: 'Renate Vogel',
    role: UserRole.MEMBER,
    password: PASSWORD,
    person: chair,
  });
  await em.flush();
  em.clear();
  return {
    ...base,
    structure: {
      people: { leadWelfare, leadCity, chair, thirdLead },
      goals: { goalLanguage, goalWork },
      bodies: { steering, workingGroup, subProject, internal, dissolved },
      measures: { overdue, planned },
      indicator,
      agreements: { expiring, draft },
      users: { lead, chair: chairUser },
    },
    today: today(),
  };
}

export type StructureFixture = Awaited<ReturnType<typeof seedStructureFixture>>;
