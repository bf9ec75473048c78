import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '../../src/db/orm.js';
import {
  Agreement,
  AgreementDocument,
  AgreementParty,
  AgreementStatus,
  AgreementStatusChange,
} from '../../src/modules/agreement/agreement.entity.js';
import { AuditEntry } from '../../src/modules/audit/audit.entity.js';
import { Body, BodyStatusChange } from '../../src/modules/body/body.entity.js';
import { BodyKind, BodyStatus } from '../../src/modules/body/body.enums.js';
import {
  ApplicationStatus,
  Fund,
  FundApplication,
  FundApplicationAnswer,
  FundApplicationDocument,
  FundApplicationStatusChange,
  FundCriterion,
  FundRecusal,
  FundRound,
  FundVote,
  FundVoteChoice,
} from '../../src/modules/fund/fund.entity.js';
import { IntegrationConcept, IntegrationGoal } from '../../src/modules/goal/goal.entity.js';
import { Indicator, IndicatorMeasurement, Measure, MeasureStatus, MeasureStatusChange } from '../../src/modules/measure/measure.entity.js';
import {
  AgendaItem,
  Decision,
  DecisionRecusal,
  Meeting,
  MeetingParticipant,
  MeetingStatusChange,
  MinutesAmendment,
} from '../../src/modules/meeting/meeting.entity.js';
import { Attendance, DecisionResult, MeetingStatus } from '../../src/modules/meeting/meeting.enums.js';
import { Membership, MembershipRole } from '../../src/modules/membership/membership.entity.js';
import { Offer, OfferTranslation } from '../../src/modules/offer/offer.entity.js';
import { OfferKind } from '../../src/modules/offer/offer.enums.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { ContactChannelKind, OrganisationKind, Sector, Visibility } from '../../src/modules/organisation/organisation.enums.js';
import { OrganisationTranslation } from '../../src/modules/organisation/organisation-translation.entity.js';
import { Affiliation, Person } from '../../src/modules/person/person.entity.js';
import { District, FieldOfAction, Language, ReferenceKind, TargetGroup } from '../../src/modules/reference/reference.entity.js';
import { ReferralOutcome, ReferralPath } from '../../src/modules/referral/referral.entity.js';
import {
  Mandate,
  MandateStatus,
  Need,
  NeedClassification,
  NeedDocument,
  NeedStatus,
  NeedStatusChange,
  PriorityRanking,
  PriorityReview,
  PriorityReviewNeed,
  ReviewStatus,
} from '../../src/modules/steering/steering.entity.js';
import { Task, TaskComment, TaskStatus } from '../../src/modules/task/task.entity.js';
import { Invitation, User, UserRole } from '../../src/modules/user/user.entity.js';
import {
  InterestMessageAuthor,
  InterestStatus,
  OpportunityStatus,
  Volunteer,
  VolunteerInterest,
  VolunteerOpportunity,
} from '../../src/modules/volunteering/volunteering.entity.js';
import { Factory, type PersonOverrides } from '../../src/seed/factories.js';
import { today } from '../../src/shared/dates.js';
import { emptyTables } from './database.js';
import { PASSWORD } from './fixture.js';
import type { GraphQLClient } from './graphql-client.js';
import type { Harness } from './harness.js';

/** The roles the read rules distinguish. */
export type Role = 'visitor' | 'member' | 'editor' | 'lead' | 'admin';
export const roles: readonly Role[] = ['visitor', 'member', 'editor', 'lead', 'admin'];

/** A fixture record as the read rules judge it. */
export interface LeakRecord {
  /** GraphQL type name. */
  type: string;
  id: string;
  /** Fixture name and what makes it special, for failure messages. */
  label: string;
  visibleTo: ReadonlySet<Role>;
}

/**
 * A unique `LEAK-nnn` text placed in a record. `part` is `contact` for a
 * person's contact data and `minutes` for an agenda item's notes, which have
 * rules of their own; otherwise the marker is visible exactly when its
 * record is.
 */
export interface LeakMarker {
  marker: string;
  owner: LeakRecord;
  part: 'record' | 'contact' | 'minutes';
  visibleTo: ReadonlySet<Role>;
}

export interface LeakFixture {
  /** Every row of every table behind a GraphQL record type, by id. */
  records: ReadonlyMap<string, LeakRecord>;
  /** Records by GraphQL type name; every described type is a key, even without rows. */
  byType: ReadonlyMap<string, readonly LeakRecord[]>;
  /** Markers in lower case, with the record they belong to. */
  markers: ReadonlyMap<string, LeakMarker>;
  /** Change-history entries as (entityType, entityId) pairs, for `history(entityType, entityId)`. */
  auditTargets: readonly { entityType: string; entityId: string }[];
  /** Login e-mail per role (visitors have none). */
  logins: Readonly<Record<Exclude<Role, 'visitor'>, string>>;
  /** Raw invitation tokens; the open one is the credential `invitationPreview` takes. */
  invitationTokens: { open: string; openMarkers: readonly string[] };
  /** Fixture names → ids, for targeted assertions. */
  ids: Readonly<Record<string, string>>;
  forbiddenIds(role: Role): ReadonlySet<string>;
  forbiddenMarkers(role: Role): readonly string[];
}

interface Viewer {
  role: Role;
  loggedIn: boolean;
  admin: boolean;
  /** Organisations the viewer edits (EDITOR accounts only). */
  editorOf: ReadonlySet<string>;
  userId: string | null;
  /** The viewer's own person record, through which they sit in bodies and are invited to meetings. */
  personId: string | null;
}

interface RuleContext {
  viewer: Viewer;
  today: string;
  visible(type: string, id: string): boolean;
  rows<T>(type: string): T[];
}

interface ReadRule<T> {
  entity: EntityClass<T>;
  visible(row: T, c: RuleContext): boolean;
}

const rule = <T>(entity: EntityClass<T>, visible: (row: T, c: RuleContext) => boolean): ReadRule<T> => ({ entity, visible });
const everyone = () => true;

/**
 * The product's read rules, one per GraphQL record type, written against the
 * stored rows. A record type in the schema without a rule here fails the walk,
 * so a new type (meetings, tasks…) must be described before it ships.
 */
export const readRules: Record<string, ReadRule<any>> = {
  Organisation: rule(Organisation, (o, c) => c.viewer.loggedIn || (o.visibility === Visibility.PUBLIC && !o.archivedAt)),
  OrganisationTranslation: rule(OrganisationTranslation, (t, c) => c.visible('Organisation', t.organisation.id)),
  Offer: rule(
    Offer,
    (o, c) => c.viewer.loggedIn || (o.visibility === Visibility.PUBLIC && !o.archivedAt && c.visible('Organisation', o.organisation.id)),
  ),
  OfferTranslation: rule(OfferTranslation, (t, c) => c.visible('Offer', t.offer.id)),
  ReferralPath: rule(ReferralPath, (p, c) => c.viewer.admin || p.published),
  ReferralOutcome: rule(ReferralOutcome, (o, c) => c.visible('ReferralPath', o.path.id) && c.visible('Offer', o.offer.id)),
  Person: rule(
    Person,
    (p, c) =>
      c.viewer.loggedIn ||
      (!p.archivedAt &&
        c
          .rows<Affiliation>('Affiliation')
          .some((a) => a.person.id === p.id && a.isCurrent(c.today) && c.visible('Organisation', a.organisation.id))),
  ),
  Affiliation: rule(Affiliation, (a, c) => c.visible('Organisation', a.organisation.id) && c.visible('Person', a.person.id)),
  Body: rule(Body, (b, c) => c.viewer.loggedIn || b.visibility === Visibility.PUBLIC),
  BodyStatusChange: rule(BodyStatusChange, (s, c) => c.visible('Body', s.body.id)),
  Membership: rule(Membership, (m, c) => c.visible('Body', m.body.id) && c.visible('Person', m.person.id)),
  Measure: rule(Measure, (m, c) => c.visible('Body', m.body.id)),
  MeasureStatusChange: rule(MeasureStatusChange, (s, c) => c.visible('Measure', s.measure.id)),
  Indicator: rule(Indicator, (i, c) => c.visible('Measure', i.measure.id)),
  IndicatorMeasurement: rule(IndicatorMeasurement, (m, c) => c.visible('Indicator', m.indicator.id)),
  Agreement: rule(
    Agreement,
    (a, c) =>
      c.viewer.admin ||
      c.rows<AgreementParty>('AgreementParty').some((p) => p.agreement.id === a.id && c.viewer.editorOf.has(p.organisation.id)),
  ),
  AgreementParty: rule(AgreementParty, (p, c) => c.visible('Agreement', p.agreement.id)),
  AgreementStatusChange: rule(AgreementStatusChange, (s, c) => c.visible('Agreement', s.agreement.id)),
  AgreementDocument: rule(AgreementDocument, (d, c) => c.visible('Agreement', d.agreement.id)),
  AuditEntry: rule(AuditEntry, (e, c) => c.viewer.admin || concernedOrganisations(e, c).some((id) => c.viewer.editorOf.has(id))),
  User: rule(User, (u, c) => c.viewer.admin || u.id === c.viewer.userId),
  Invitation: rule(Invitation, (_i, c) => c.viewer.admin),
  Meeting: rule(
    Meeting,
    (m, c) => c.viewer.admin || (m.visibility === Visibility.PUBLIC && c.visible('Body', m.body.id)) || meetingInsider(m, c),
  ),
  MeetingStatusChange: rule(MeetingStatusChange, (s, c) => c.visible('Meeting', s.meeting.id)),
  MeetingParticipant: rule(MeetingParticipant, (p, c) => meetingInternals(p.meeting, c) && c.visible('Person', p.person.id)),
  AgendaItem: rule(AgendaItem, (a, c) => {
    if (c.viewer.admin) return true;
    const parent = a.parent ? c.rows<AgendaItem>('AgendaItem').find((p) => p.id === a.parent?.id) : undefined;
    const open = a.visibility === Visibility.PUBLIC && parent?.visibility !== Visibility.INTERNAL;
    return c.visible('Meeting', a.meeting.id) && (open || meetingInternals(a.meeting, c));
  }),
  Decision: rule(Decision, (d, c) => minutesVisible(d.agendaItem, c)),
  DecisionRecusal: rule(DecisionRecusal, (r, c) => c.visible('Decision', r.decision.id)),
  MinutesAmendment: rule(
    MinutesAmendment,
    (a, c) => c.visible('Meeting', a.meeting.id) && (!a.agendaItem || minutesVisible(a.agendaItem, c)),
  ),
  Task: rule(
    Task,
    (t, c) => c.viewer.admin || (!!c.viewer.personId && (t.assignee?.id === c.viewer.personId || sitsIn(c.viewer.personId, t.body.id, c))),
  ),
  TaskComment: rule(TaskComment, (t, c) => c.visible('Task', t.task.id)),
  IntegrationGoal: rule(IntegrationGoal, everyone),
  IntegrationConcept: rule(IntegrationConcept, everyone),
  Need: rule(Need, (_n, c) => c.viewer.loggedIn),
  NeedStatusChange: rule(NeedStatusChange, (s, c) => c.visible('Need', s.need.id)),
  NeedDocument: rule(NeedDocument, (d, c) => c.visible('Need', d.need.id)),
  PriorityReview: rule(PriorityReview, (_r, c) => c.viewer.loggedIn),
  Mandate: rule(Mandate, (m, c) => c.visible('Body', m.body.id)),
  Fund: rule(Fund, everyone),
  FundCriterion: rule(FundCriterion, everyone),
  FundRound: rule(FundRound, everyone),
  FundApplication: rule(FundApplication, (a, c) => {
    if (c.viewer.admin || c.viewer.editorOf.has(a.applicant.id)) return true;
    const fund = c.rows<Fund>('Fund').find((f) => f.id === a.fund.id);
    return !!c.viewer.personId && !!fund && sitsIn(c.viewer.personId, fund.body.id, c);
  }),
  FundApplicationStatusChange: rule(FundApplicationStatusChange, (s, c) => c.visible('FundApplication', s.application.id)),
  FundApplicationAnswer: rule(FundApplicationAnswer, (a, c) => c.visible('FundApplication', a.application.id)),
  FundApplicationDocument: rule(FundApplicationDocument, (d, c) => c.visible('FundApplication', d.application.id)),
  FundRecusal: rule(FundRecusal, (r, c) => c.visible('FundApplication', r.application.id)),
  FundVote: rule(FundVote, (v, c) => c.visible('FundApplication', v.application.id)),
  FieldOfAction: rule(FieldOfAction, everyone),
  District: rule(District, everyone),
  Language: rule(Language, everyone),
  TargetGroup: rule(TargetGroup, everyone),
  VolunteerOpportunity: rule(
    VolunteerOpportunity,
    (o, c) =>
      c.visible('Organisation', o.organisation.id) &&
      (c.viewer.loggedIn || (o.status === OpportunityStatus.OPEN && (!o.validUntil || o.validUntil >= c.today))),
  ),
  Volunteer: rule(
    Volunteer,
    (v, c) =>
      c.viewer.admin ||
      c.rows<VolunteerInterest>('VolunteerInterest').some((i) => i.volunteer.id === v.id && editsOpportunity(i.opportunity.id, c)),
  ),
  VolunteerInterest: rule(VolunteerInterest, (i, c) => c.viewer.admin || editsOpportunity(i.opportunity.id, c)),
};

/** Whether the viewer edits the organisation offering the opportunity. */
const editsOpportunity = (opportunityId: string, c: RuleContext) => {
  const opportunity = c.rows<VolunteerOpportunity>('VolunteerOpportunity').find((o) => o.id === opportunityId);
  return !!opportunity && c.viewer.editorOf.has(opportunity.organisation.id);
};

/** Whether the person sits in the body today. */
const sitsIn = (personId: string, bodyId: string, c: RuleContext) =>
  c.rows<Membership>('Membership').some((m) => m.person.id === personId && m.body.id === bodyId && m.holdsOn(c.today));

/** A member of the meeting's body today, or one of its participants. */
function meetingInsider(meeting: Meeting, c: RuleContext): boolean {
  const personId = c.viewer.personId;
  if (!personId) return false;
  return (
    sitsIn(personId, meeting.body.id, c) ||
    c.rows<MeetingParticipant>('MeetingParticipant').some((p) => p.meeting.id === meeting.id && p.person.id === personId)
  );
}

const meetingInternals = (meeting: Meeting, c: RuleContext) => c.viewer.admin || meetingInsider(meeting, c);

/** An item's minutes (notes, decisions): insiders while they are written, everyone who sees the item once published. */
function minutesVisible(item: AgendaItem, c: RuleContext): boolean {
  if (c.viewer.admin) return true;
  const meeting = c.rows<Meeting>('Meeting').find((m) => m.id === item.meeting.id);
  return !!meeting && c.visible('AgendaItem', item.id) && (meeting.status === MeetingStatus.PUBLISHED || meetingInternals(meeting, c));
}

/**
 * The organisations a history entry concerns: those stored with it, the
 * organisation itself for its own entries, and an agreement's parties for the
 * agreement's entries (document uploads store none of their own).
 */
function concernedOrganisations(entry: AuditEntry, c: RuleContext): string[] {
  const ids = [...entry.organisationIds];
  if (entry.entityType === 'Organisation') ids.push(entry.entityId);
  if (entry.entityType === 'Agreement')
    ids.push(
      ...c
        .rows<AgreementParty>('AgreementParty')
        .filter((p) => p.agreement.id === entry.entityId)
        .map((p) => p.organisation.id),
    );
  return ids;
}

/** Columns whose markers are not the row's own: a person's contact data has its own rule; history snapshots copy other records. */
const foreignColumns: Record<string, string[]> = {
  Person: ['contact_channels'],
  AuditEntry: ['before', 'after'],
  AgendaItem: ['notes_text', 'notes_state'],
};

const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);
const pdf = () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(600, 0x20)]);

/**
 * A small network in which every record that some role must not see is linked
 * to public records, so that a leak through any nested field shows up:
 * internal and archived organisations own public measures, sit in public bodies
 * and lead public working groups; an internal body is parent, child and merge
 * target of public ones; people act only for hidden organisations, are archived,
 * have only past or future affiliations, or gave no consent to publish their
 * contact data; agreements with documents lie between different editors'
 * organisations; needs and fund applications carry documents too; change
 * history concerns different organisations. Every such record carries a
 * unique marker `LEAK-nnn` in its text.
 */
export async function seedLeakFixture(h: Harness): Promise<LeakFixture> {
  const em = h.orm.em.fork();
  await emptyTables(em);
  const f = new Factory(em, 11);
  let counter = 0;
  const mark = () => `LEAK-${String(++counter).padStart(3, '0')}`;
  const names = new Map<string, string>();
  const named = <T extends { id: string }>(name: string, record: T): T => {
    names.set(record.id, name);
    return record;
  };
  const contact = (m = mark()) => [{ kind: ContactChannelKind.EMAIL, value: `${m.toLowerCase()}@person.example`, label: null }];

  const fieldOfAction = named('fieldOfAction', f.reference(ReferenceKind.FIELD_OF_ACTION, { code: 'sprache', labelDe: 'Sprache' }));
  const district = named('district', f.reference(ReferenceKind.DISTRICT, { code: 'nord', labelDe: 'Nordstadt' }));
  named('language', f.reference(ReferenceKind.LANGUAGE, { code: 'de', labelDe: 'Deutsch' }));
  named('targetGroup', f.reference(ReferenceKind.TARGET_GROUP, { code: 'frauen', labelDe: 'Frauen' }));
  const goal = named('goal', f.goal({ number: 1, title: 'Steigerung der Sprachkompetenz', fieldOfAction }));

  const orgA = named(
    'orgA',
    f.organisation({ name: 'Caritas Nordstadt', kind: OrganisationKind.WELFARE_ASSOCIATION, sector: Sector.WELFARE }),
  );
  const orgB = named('orgB', f.organisation({ name: 'Sprachcafé Südstadt', kind: OrganisationKind.VOLUNTEER_INITIATIVE }));
  const orgC = named('orgC', f.organisation({ name: 'Jobcenter Lindenau', sector: Sector.PUBLIC_ADMINISTRATION }));
  const hiddenOrganisation = (name: string, data: { visibility?: Visibility; archivedAt?: Date }) => {
    const m = mark();
    return named(
      name,
      f.organisation({
        name: `${m} ${name}`,
        shortName: m,
        description: `${m} vertrauliche Beschreibung`,
        website: `https://${m.toLowerCase()}.example`,
        contactChannels: [
          { kind: ContactChannelKind.EMAIL, value: `${m.toLowerCase()}@org.example`, label: m },
          { kind: ContactChannelKind.PHONE, value: `${m} 0341 0000`, label: null },
        ],
        address: { street: `${m} Hinterhof 1`, postalCode: '04109', city: 'Lindenau' },
        sector: Sector.FAITH,
        fieldsOfAction: [fieldOfAction],
        ...data,
      }),
    );
  };
  const orgInternal = hiddenOrganisation('orgInternal', { visibility: Visibility.INTERNAL });
  const orgArchived = hiddenOrganisation('orgArchived', { archivedAt: new Date('2024-01-01T00:00:00Z') });

  // Offers and translations: visitors see public, active offers of organisations they see, with their translations;
  // internal and archived offers, and public offers of internal or archived organisations, carry markers in every text.
  f.organisationTranslation(orgA, 'ar', { name: 'كاريتاس نوردشتات', description: 'استشارة ودورات لغة' });
  f.organisationTranslation(orgInternal, 'en', { name: `${mark()} Internal`, description: `${mark()} internal description` });
  f.organisationTranslation(orgArchived, 'uk', { description: `${mark()} архівний опис` });
  const offerPublicA = named(
    'offerPublicA',
    f.offer(orgA, { title: 'Migrationsberatung', kind: OfferKind.COUNSELLING, fieldsOfAction: [fieldOfAction], districts: [district] }),
  );
  f.offerTranslation(offerPublicA, 'ar', { title: 'استشارة الهجرة', description: 'كل يوم ثلاثاء' });
  const hiddenOffer = (name: string, organisation: Organisation, data: { visibility?: Visibility; archivedAt?: Date } = {}) => {
    const m = mark();
    const offer = named(
      name,
      f.offer(organisation, {
        title: `${m} ${name}`,
        description: `${m} vertrauliches Angebot`,
        costNote: m,
        contactChannels: [{ kind: ContactChannelKind.EMAIL, value: `${m.toLowerCase()}@offer.example`, label: m }],
        locations: [
          {
            name: `${m} Raum`,
            street: `${m} Weg 1`,
            openingHours: [{ weekday: 1, opens: '09:00', closes: '12:00' }],
            byAppointment: false,
          },
        ],
        fieldsOfAction: [fieldOfAction],
        districts: [district],
        ...data,
      }),
    );
    f.offerTranslation(offer, 'fa', { title: `${mark()} ترجمه`, description: `${mark()} شرح` });
    return offer;
  };
  const offerInternalA = hiddenOffer('offerInternalA', orgA, { visibility: Visibility.INTERNAL });
  hiddenOffer('offerArchivedA', orgA, { archivedAt: new Date('2024-01-01T00:00:00Z') });
  hiddenOffer('offerOfInternal', orgInternal);
  hiddenOffer('offerOfArchived', orgArchived);

  // Referral paths: published ones for everyone, with the outcomes whose offer the reader sees (the internal offer's
  // outcome only for members); a draft with its outcome only for the coordination office.
  const referralQuestion = {
    key: 'status',
    label: 'Welchen Aufenthaltsstatus haben Sie?',
    hint: null,
    translations: [],
    options: [
      { key: 'asylum', label: 'Im Asylverfahren', translations: [] },
      { key: 'eu', label: 'Aus der EU', translations: [] },
    ],
  };
  const asylum = [{ questionKey: 'status', optionKeys: ['asylum'] }];
  const pathPublished = named(
    'pathPublished',
    f.referralPath({ title: 'Welche Beratung passt zu mir?', questions: [referralQuestion], published: true }),
  );
  named(
    'outcomeVisible',
    f.referralOutcome(pathPublished, offerPublicA, { position: 1, reason: 'Berät im Asylverfahren.', conditions: asylum }),
  );
  named(
    'outcomeOfInternalOffer',
    f.referralOutcome(pathPublished, offerInternalA, {
      position: 2,
      reason: `${mark()} interne Fallberatung`,
      conditions: asylum,
      translations: [{ locale: 'ar', reason: `${mark()} استشارة داخلية` }],
    }),
  );
  const pathDraft = named(
    'pathDraft',
    f.referralPath({
      title: `${mark()} Entwurf`,
      intro: `${mark()} Einleitung`,
      translations: [{ locale: 'uk', title: `${mark()} Чернетка`, intro: null }],
      questions: [
        {
          ...referralQuestion,
          label: `${mark()} Frage`,
          options: [{ key: 'asylum', label: `${mark()} Antwort`, translations: [] }, ...referralQuestion.options.slice(1)],
        },
      ],
    }),
  );
  named(
    'outcomeOfDraft',
    f.referralOutcome(pathDraft, offerPublicA, { position: 1, reason: `${mark()} Entwurfsbegründung`, conditions: asylum }),
  );

  const person = (name: string, data: PersonOverrides & { hidden?: boolean }) => {
    const { hidden, ...rest } = data;
    const m = hidden ? mark() : undefined;
    return named(name, f.person({ givenName: m ?? name, familyName: m ? `${name} ${m}` : 'Muster', contactChannels: contact(), ...rest }));
  };
  const pLeadWelfare = person('pLeadWelfare', { consentToPublishContact: true });
  const pLeadCity = person('pLeadCity', { consentToPublishContact: false });
  const pConsenting = person('pConsenting', { consentToPublishContact: true });
  const pB = person('pB', {});
  const pInternalOnly = person('pInternalOnly', { hidden: true, consentToPublishContact: true });
  const pArchived = person('pArchived', { hidden: true, consentToPublishContact: true, archivedAt: new Date('2024-01-01T00:00:00Z') });
  const pPast = person('pPast', { hidden: true, consentToPublishContact: true });
  const pArchivedOrgOnly = person('pArchivedOrgOnly', { hidden: true, consentToPublishContact: true });
  const pFuture = person('pFuture', { hidden: true, consentToPublishContact: true });

  const affiliation = (name: string, p: Person, o: Organisation, data: { validFrom?: string; validTo?: string; hidden?: boolean } = {}) =>
    named(
      name,
      f.affiliation(p, o, { role: data.hidden ? `${mark()} Rolle` : 'Ansprechperson', validFrom: data.validFrom, validTo: data.validTo }),
    );
  affiliation('aLeadWelfare', pLeadWelfare, orgA);
  affiliation('aLeadCity', pLeadCity, orgC);
  affiliation('aConsenting', pConsenting, orgA, { validFrom: '2019-01-01' });
  affiliation('aConsentingPast', pConsenting, orgB, { validFrom: '2015-01-01', validTo: '2016-12-31' });
  affiliation('aConsentingInternal', pConsenting, orgInternal, { hidden: true });
  affiliation('aB', pB, orgB);
  affiliation('aInternalOnly', pInternalOnly, orgInternal, { hidden: true });
  affiliation('aArchived', pArchived, orgA, { hidden: true });
  affiliation('aPast', pPast, orgC, { validFrom: '2015-01-01', validTo: '2018-12-31', hidden: true });
  affiliation('aArchivedOrgOnly', pArchivedOrgOnly, orgArchived, { hidden: true });
  affiliation('aFuture', pFuture, orgA, { validFrom: inDays(30), hidden: true });

  const steering = named('bSteering', f.body({ name: 'Lenkungsgruppe', kind: BodyKind.STEERING_COMMITTEE, foundedOn: '2016-01-01' }));
  const workingGroup = named(
    'bWorkingGroup',
    f.body({ name: 'AG Sprache', parent: steering, foundedOn: '2016-05-01', fieldsOfAction: [fieldOfAction], goals: [goal] }),
  );
  const subProject = named('bSubProject', f.body({ name: 'Teilprojekt Ehrenamt', kind: BodyKind.SUB_PROJECT, parent: steering }));
  const im = mark();
  const internalBody = named(
    'bInternal',
    f.body({
      name: `${im} Interne Runde`,
      shortName: im,
      mandate: `${im} vertrauliches Mandat`,
      meetingNote: `${im} Treffpunkt`,
      kind: BodyKind.WORKING_GROUP,
      visibility: Visibility.INTERNAL,
      parent: steering,
      fieldsOfAction: [fieldOfAction],
      goals: [goal],
    }),
  );
  f.bodyStatus(internalBody, BodyStatus.PAUSED, '2020-01-01', `${mark()} Pause`);
  f.bodyStatus(internalBody, BodyStatus.ACTIVE, '2020-06-01', `${mark()} Wiederaufnahme`);
  const publicChild = named('bPublicChild', f.body({ name: 'Untergruppe Kita', kind: BodyKind.SUB_GROUP, parent: internalBody }));
  const merged = named('bMerged', f.body({ name: 'AG Ankommen', parent: steering, foundedOn: '2016-01-01' }));
  f.bodyStatus(merged, BodyStatus.MERGED, '2024-06-30', 'In die interne Runde überführt', internalBody);
  const dissolved = named('bDissolved', f.body({ name: 'Fachgruppe Unterbringung', parent: steering, foundedOn: '2015-09-01' }));
  f.bodyStatus(dissolved, BodyStatus.DISSOLVED, '2019-06-30', 'Aufgaben übernommen');

  const membership = (
    name: string,
    body: Body,
    p: Person,
    organisation: Organisation | null,
    role = MembershipRole.MEMBER,
    period: { validFrom?: string; validTo?: string } = {},
  ) =>
    named(
      name,
      f.membership(body, p, { role, organisation, validFrom: period.validFrom ?? '2019-01-01', validTo: period.validTo ?? null }),
    );
  membership('mSteeringChair', steering, pLeadCity, orgC, MembershipRole.CHAIR);
  membership('mSteeringForInternal', steering, pConsenting, orgInternal);
  membership('mSteeringArchivedPerson', steering, pArchived, orgA);
  membership('mWorkingGroupLeadWelfare', workingGroup, pLeadWelfare, orgA, MembershipRole.TANDEM_LEAD);
  membership('mWorkingGroupLeadCity', workingGroup, pLeadCity, orgC, MembershipRole.TANDEM_LEAD);
  membership('mWorkingGroupInternalPerson', workingGroup, pInternalOnly, orgInternal);
  membership('mWorkingGroupPastPerson', workingGroup, pPast, orgC, MembershipRole.MEMBER, {
    validFrom: '2016-01-01',
    validTo: '2020-12-31',
  });
  membership('mWorkingGroupForArchived', workingGroup, pB, orgArchived);
  membership('mWorkingGroupFuturePerson', workingGroup, pFuture, orgA);
  membership('mSubProjectLeadB', subProject, pB, orgB, MembershipRole.TANDEM_LEAD);
  membership('mSubProjectLeadInternal', subProject, pInternalOnly, orgInternal, MembershipRole.TANDEM_LEAD);
  membership('mSubProjectLeadForArchived', subProject, pConsenting, orgArchived, MembershipRole.TANDEM_LEAD);
  membership('mInternalBody', internalBody, pConsenting, orgA);
  membership('mInternalBodyLead', internalBody, pLeadWelfare, orgA, MembershipRole.TANDEM_LEAD);
  membership('mPublicChild', publicChild, pB, orgB);
  membership('mMergedPast', merged, pConsenting, orgA, MembershipRole.MEMBER, { validFrom: '2018-01-01', validTo: '2024-06-30' });

  const measureWithInternalOwners = named(
    'measureOwnedByHidden',
    f.measure(workingGroup, {
      title: 'Sprachkurse abstimmen',
      owners: [orgA, orgInternal, orgArchived],
      responsible: pInternalOnly,
      goals: [goal],
      history: [
        { status: MeasureStatus.PLANNED, on: '2023-01-10' },
        { status: MeasureStatus.IN_PROGRESS, on: '2023-03-01' },
      ],
    }),
  );
  named('indicatorPublic', f.indicator(measureWithInternalOwners, { name: 'Kurse', measurements: [{ on: '2024-01-31', value: 4 }] }));
  const measureArchivedResponsible = named(
    'measureArchivedResponsible',
    f.measure(workingGroup, { title: 'Lotsen gewinnen', owners: [orgC], responsible: pArchived }),
  );
  const measureOfLead = named(
    'measureOfLead',
    f.measure(subProject, { title: 'Ehrenamt vermitteln', owners: [orgB], responsible: pLeadWelfare, dueOn: inDays(90) }),
  );
  const mm = mark();
  const measureInternal = named(
    'measureInternal',
    f.measure(internalBody, {
      title: `${mm} Interne Maßnahme`,
      description: `${mm} vertraulich`,
      owners: [orgA],
      responsible: pConsenting,
      goals: [goal],
      history: [
        { status: MeasureStatus.PLANNED, on: '2024-01-01', note: `${mark()} geplant` },
        { status: MeasureStatus.IN_PROGRESS, on: '2024-02-01', note: `${mark()} begonnen` },
      ],
    }),
  );
  named(
    'indicatorInternal',
    f.indicator(measureInternal, {
      name: `${mark()} Kennzahl`,
      unit: 'Fälle',
      measurements: [{ on: '2024-03-31', value: 7, note: `${mark()} Stand` }],
    }),
  );
  named('measurePublicChild', f.measure(publicChild, { title: 'Kita-Sprechstunde', owners: [orgB, orgInternal] }));

  const agreement = (name: string, parties: Organisation[], data: { body?: Body; measure?: Measure } = {}) => {
    const m = mark();
    return named(
      name,
      f.agreement({
        title: `${m} ${name}`,
        description: `${m} Vertragsinhalt`,
        parties: parties.map((organisation) => ({ organisation, role: `${mark()} Partei` })),
        history: [{ status: AgreementStatus.DRAFT, on: '2024-01-01', note: `${mark()} Entwurf` }],
        ...data,
      }),
    );
  };
  const agreementAB = agreement('agreementAB', [orgA, orgB], { body: workingGroup, measure: measureWithInternalOwners });
  const agreementBInternal = agreement('agreementBInternal', [orgB, orgInternal], { body: internalBody, measure: measureInternal });
  agreement('agreementCArchived', [orgC, orgArchived], { body: merged });
  agreement('agreementAInternal', [orgA, orgInternal], { body: publicChild, measure: measureOfLead });

  // Meetings: a running public one with internal items and draft minutes, a published one, an internal one,
  // and a public meeting of the internal body; tasks the body's members and the assignee see.
  const at = (days: number) => new Date(Date.now() + days * 86_400_000);
  const mtRunning = named(
    'mtRunning',
    f.meeting(workingGroup, {
      title: 'Sitzung der AG Sprache',
      startsAt: at(0),
      status: MeetingStatus.RUNNING,
      organiser: orgA,
      invitees: [
        { person: pLeadWelfare, organisation: orgA, attendance: Attendance.PRESENT },
        { person: pInternalOnly, organisation: orgInternal, attendance: Attendance.EXCUSED },
        { person: pB, organisation: orgB },
      ],
    }),
  );
  const itemRunningPublic = named(
    'itemRunningPublic',
    f.agendaItem(mtRunning, { title: 'Sprachkursplanung', position: 1, notes: `${mark()} Entwurf der Notizen`, presenter: pLeadCity }),
  );
  const itemRunningInternal = named(
    'itemRunningInternal',
    f.agendaItem(mtRunning, {
      title: `${mark()} Personalangelegenheit`,
      position: 2,
      visibility: Visibility.INTERNAL,
      notes: `${mark()} vertraulich`,
    }),
  );
  named(
    'itemRunningSub',
    f.agendaItem(mtRunning, {
      title: `${mark()} Unterpunkt`,
      position: 1,
      parent: itemRunningInternal,
      visibility: Visibility.INTERNAL,
      presenter: pInternalOnly,
    }),
  );
  const draftDecision = named(
    'decisionDraft',
    f.decision(itemRunningPublic, {
      text: `${mark()} Entwurf eines Beschlusses`,
      votes: [4, 1, 0],
      recused: [{ person: pInternalOnly, reason: `${mark()} befangen` }],
    }),
  );
  const mtPublished = named(
    'mtPublished',
    f.meeting(workingGroup, { title: 'Sitzung im Frühjahr', startsAt: at(-60), status: MeetingStatus.PUBLISHED, previous: null }),
  );
  const itemPublished = named(
    'itemPublished',
    f.agendaItem(mtPublished, {
      title: 'Rückblick',
      position: 1,
      notes: `${mark()} veröffentlichtes Protokoll`,
      measure: measureWithInternalOwners,
    }),
  );
  named(
    'itemPublishedInternal',
    f.agendaItem(mtPublished, { title: `${mark()} Interna`, position: 2, visibility: Visibility.INTERNAL, notes: `${mark()} intern` }),
  );
  named('decisionPublished', f.decision(itemPublished, { text: `${mark()} Beschluss`, result: DecisionResult.ADOPTED }));
  named('amendmentPublished', f.amendment(mtPublished, { text: `${mark()} Korrektur`, reason: 'Tippfehler', agendaItem: itemPublished }));
  named('amendmentMeeting', f.amendment(mtPublished, { text: `${mark()} Ergänzung`, reason: 'Nachtrag' }));
  const mtInternal = named(
    'mtInternal',
    f.meeting(workingGroup, {
      title: `${mark()} Klausur`,
      startsAt: at(14),
      status: MeetingStatus.PLANNED,
      visibility: Visibility.INTERNAL,
      location: `${mark()} Hinterzimmer`,
      invitees: [{ person: pB, organisation: orgB }],
    }),
  );
  named('itemInternalMeeting', f.agendaItem(mtInternal, { title: 'Haushalt', position: 1 }));
  named(
    'mtInternalBody',
    f.meeting(internalBody, { title: `${mark()} Runde`, startsAt: at(21), status: MeetingStatus.INVITED, visibility: Visibility.PUBLIC }),
  );
  named(
    'mtPublicChild',
    f.meeting(publicChild, { title: 'Kita-Runde', startsAt: at(30), status: MeetingStatus.CANCELLED, cancelReason: 'Krankheit' }),
  );
  const taskOfGroup = named(
    'taskOfGroup',
    f.task(workingGroup, {
      title: `${mark()} Kursliste erstellen`,
      assignee: pInternalOnly,
      organisation: orgInternal,
      dueOn: '2024-01-31',
      agendaItem: itemRunningPublic,
      decision: draftDecision,
      comments: [`${mark()} Kommentar`],
    }),
  );
  named('taskInternalBody', f.task(internalBody, { title: `${mark()} Interne Aufgabe`, status: TaskStatus.IN_PROGRESS }));
  named(
    'taskAssignedToLead',
    f.task(subProject, { title: `${mark()} Ehrenamtliche anfragen`, assignee: pLeadWelfare, measure: measureOfLead }),
  );
  names.set(mtPublished.id, 'mtPublished');

  // Steering: needs and review rounds are for members; a mandate shows with its working group, its need only to members.
  const nm = mark();
  const needInternal = named(
    'needInternal',
    em.create(Need, {
      title: `${nm} Bedarf`,
      evidence: `${nm} Belege`,
      classification: NeedClassification.LOCALLY_NECESSARY,
      raisedByOrganisation: orgInternal,
      raisedOn: '2026-01-10',
      status: NeedStatus.MANDATED,
    }),
  );
  needInternal.districts.set([district]);
  named(
    'needInternalRaised',
    em.create(NeedStatusChange, {
      need: needInternal,
      fromStatus: null,
      toStatus: NeedStatus.RAISED,
      on: '2026-01-10',
      note: `${mark()} gemeldet`,
    }),
  );
  const needOfGroup = named(
    'needOfGroup',
    em.create(Need, {
      title: `${mark()} Sprachmittlung`,
      classification: NeedClassification.REQUIRED_BY_LAW,
      raisedByBody: internalBody,
      raisedOn: '2026-02-01',
      status: NeedStatus.PRIORITISED,
    }),
  );
  const review = named(
    'reviewDecided',
    em.create(PriorityReview, {
      body: steering,
      title: `${mark()} Prioritätenrunde`,
      status: ReviewStatus.DECIDED,
      closesOn: '2026-03-01',
      decision: draftDecision,
    }),
  );
  em.create(PriorityReviewNeed, { review, need: needInternal, finalRank: 1 });
  em.create(PriorityReviewNeed, { review, need: needOfGroup, finalRank: 2 });
  em.create(PriorityRanking, { review, need: needInternal, personId: pLeadWelfare.id, rank: 1 });
  em.create(PriorityRanking, { review, need: needOfGroup, personId: pConsenting.id, rank: 1 });
  named(
    'reviewOpen',
    em.create(PriorityReview, { body: steering, title: 'Offene Runde', status: ReviewStatus.OPEN, closesOn: inDays(20) }),
  );
  const mandatePublic = named(
    'mandatePublic',
    em.create(Mandate, {
      title: 'Sprachmittlerpool aufbauen',
      need: needInternal,
      body: workingGroup,
      issuedBy: steering,
      issuedOn: '2026-03-05',
      status: MandateStatus.OPEN,
    }),
  );
  const mandateInternal = named(
    'mandateInternal',
    em.create(Mandate, {
      title: `${mark()} Interner Auftrag`,
      need: needOfGroup,
      body: internalBody,
      issuedBy: steering,
      decisionId: draftDecision.id,
      issuedOn: '2026-03-05',
      dueOn: '2026-06-30',
      status: MandateStatus.OPEN,
    }),
  );
  // A public measure carries the hidden body's mandate; the hidden body's measure carries the public one.
  measureWithInternalOwners.mandate = mandateInternal;
  measureInternal.mandate = mandatePublic;

  // The fund: applications for their applicant's editors, the deciding body and the office; funded public projects for all.
  const fundSteering = named(
    'fundSteering',
    em.create(Fund, { year: 2026, title: 'Integrationsfonds 2026', budgetCents: 20_000_000, body: steering }),
  );
  const criterion = named('criterion', em.create(FundCriterion, { fund: fundSteering, position: 1, title: 'Vernetzt' }));
  const roundSteering = named(
    'roundSteering',
    em.create(FundRound, { fund: fundSteering, number: 1, title: '1. Runde', deadline: inDays(20) }),
  );
  const application = (
    name: string,
    data: { applicant: Organisation; title: string; status: ApplicationStatus; isPublic?: boolean; approved?: number },
    fund = fundSteering,
    round = roundSteering,
  ) =>
    named(
      name,
      em.create(FundApplication, {
        fund,
        round,
        applicant: data.applicant,
        projectTitle: data.title,
        summary: `${mark()} Projektbeschreibung`,
        requestedCents: 500_000,
        approvedCents: data.approved ?? null,
        periodStart: '2026-03-01',
        periodEnd: '2026-09-30',
        status: data.status,
        isPublic: data.isPublic ?? true,
      }),
    );
  const appFundedA = application('appFundedA', {
    applicant: orgA,
    title: 'Sprachcafé im Hafen',
    status: ApplicationStatus.APPROVED,
    approved: 400_000,
  });
  appFundedA.decision = draftDecision;
  em.create(FundApplicationAnswer, { application: appFundedA, criterion, answer: `${mark()} mit dem Jobcenter` });
  const appInternal = application('appInternal', {
    applicant: orgInternal,
    title: `${mark()} Interner Antrag`,
    status: ApplicationStatus.CHECKED,
  });
  appInternal.partners.add(orgA);
  em.create(FundApplicationAnswer, { application: appInternal, criterion, answer: `${mark()} Antwort` });
  named(
    'appInternalChecked',
    em.create(FundApplicationStatusChange, {
      application: appInternal,
      fromStatus: ApplicationStatus.SUBMITTED,
      toStatus: ApplicationStatus.CHECKED,
      on: '2026-02-01',
      note: `${mark()} geprüft`,
    }),
  );
  named('recusalInternal', em.create(FundRecusal, { application: appInternal, personId: pConsenting.id, reason: `${mark()} befangen` }));
  named('voteInternal', em.create(FundVote, { application: appInternal, personId: pLeadCity.id, choice: FundVoteChoice.FOR }));
  application('appHiddenFunded', {
    applicant: orgB,
    title: `${mark()} Vertrauliches Projekt`,
    status: ApplicationStatus.CLOSED,
    isPublic: false,
    approved: 250_000,
  });
  // A second fund decided by the working group: its tandem lead (the lead role) sees all of its applications.
  const fundGroup = named(
    'fundGroup',
    em.create(Fund, { year: 2025, title: 'Quartiersfonds 2025', budgetCents: 1_000_000, body: workingGroup }),
  );
  const roundGroup = named(
    'roundGroup',
    em.create(FundRound, { fund: fundGroup, number: 1, title: 'Runde', deadline: '2025-06-30', decisionMeeting: mtRunning }),
  );
  application(
    'appOfGroup',
    { applicant: orgB, title: `${mark()} Nachbarschaftsfest`, status: ApplicationStatus.SUBMITTED },
    fundGroup,
    roundGroup,
  );

  // Volunteering: visitors see opportunities only while open and public; a volunteer's data only the coordination office
  // and the editors of the organisations they applied to (A's editor sees the volunteers of A, and of their interests only A's).
  const oppOpenA = named('oppOpenA', f.volunteerOpportunity(orgA, { title: 'Lernpatenschaft', districts: [district], skills: ['Geduld'] }));
  const oppClosedA = named(
    'oppClosedA',
    f.volunteerOpportunity(orgA, { title: `${mark()} Kleiderkammer`, status: OpportunityStatus.CLOSED }),
  );
  const oppExpiredB = named('oppExpiredB', f.volunteerOpportunity(orgB, { title: `${mark()} Sommerfest`, validUntil: '2024-06-30' }));
  const oppOpenC = named('oppOpenC', f.volunteerOpportunity(orgC, { title: 'Begleitung zu Behörden' }));
  named(
    'oppFilledB',
    f.volunteerOpportunity(orgB, { title: 'Fahrradwerkstatt', task: `${mark()} Reparaturen`, status: OpportunityStatus.FILLED }),
  );
  named('oppOfInternal', f.volunteerOpportunity(orgInternal, { title: `${mark()} Aktenablage` }));
  named('oppOfArchived', f.volunteerOpportunity(orgArchived, { title: `${mark()} Willkommensfest` }));
  const volunteer = (name: string) => {
    const m = mark();
    return named(
      name,
      f.volunteer({
        name: `${m} ${name}`,
        email: `${m.toLowerCase()}@volunteer.example`,
        phone: '+49 391 000000',
        skills: [`${m} Geduld`],
        district,
      }),
    );
  };
  const said = (text: string) => [
    { at: '2026-01-10T10:00:00.000Z', author: InterestMessageAuthor.VOLUNTEER, authorName: null, text, status: null },
  ];
  const volunteerA = volunteer('volunteerA');
  const volunteerB = volunteer('volunteerB');
  const volunteerAB = volunteer('volunteerAB');
  const volunteerC = volunteer('volunteerC');
  named('interestA', f.volunteerInterest(oppOpenA, volunteerA, { messages: said(`${mark()} Dienstags habe ich Zeit`) }));
  named('interestB', f.volunteerInterest(oppExpiredB, volunteerB, { messages: said(`${mark()} Gern im Sommer`) }));
  named(
    'interestABinA',
    f.volunteerInterest(oppClosedA, volunteerAB, { status: InterestStatus.ACCEPTED, messages: said(`${mark()} an die Caritas`) }),
  );
  named('interestABinB', f.volunteerInterest(oppExpiredB, volunteerAB, { messages: said(`${mark()} an das Sprachcafé`) }));
  named('interestC', f.volunteerInterest(oppOpenC, volunteerC, { status: InterestStatus.DECLINED }));

  const userEmail = (name: string) => `${name}.${mark().toLowerCase()}@test.example`;
  const logins = {
    admin: userEmail('admin'),
    editor: userEmail('editor.a'),
    member: userEmail('member'),
    lead: userEmail('lead'),
  };
  const editorBEmail = userEmail('editor.b');
  named('userAdmin', await f.user({ email: logins.admin, displayName: 'Koordination', role: UserRole.ADMIN, password: PASSWORD }));
  named(
    'userEditor',
    await f.user({ email: logins.editor, displayName: 'Redaktion A', role: UserRole.EDITOR, password: PASSWORD, organisations: [orgA] }),
  );
  named(
    'userEditorB',
    await f.user({ email: editorBEmail, displayName: 'Redaktion B', role: UserRole.EDITOR, password: PASSWORD, organisations: [orgB] }),
  );
  named('userMember', await f.user({ email: logins.member, displayName: 'Mitglied', role: UserRole.MEMBER, password: PASSWORD }));
  named(
    'userLead',
    await f.user({ email: logins.lead, displayName: 'Tandem', role: UserRole.MEMBER, password: PASSWORD, person: pLeadWelfare }),
  );
  named(
    'userDisabled',
    await f.user({
      email: userEmail('disabled'),
      displayName: 'Ehemalig',
      role: UserRole.EDITOR,
      organisations: [orgInternal],
      disabledAt: new Date('2024-01-01T00:00:00Z'),
    }),
  );
  const openToken = 'open-invitation-token';
  const openEmail = `invitee.${mark().toLowerCase()}@test.example`;
  named('invitationOpen', f.invitation({ email: openEmail, token: openToken, role: UserRole.EDITOR, organisations: [orgInternal] }));
  const revoked = named(
    'invitationRevoked',
    f.invitation({ email: `revoked.${mark().toLowerCase()}@test.example`, token: 'revoked-token' }),
  );
  revoked.revokedAt = new Date();
  named(
    'invitationExpired',
    f.invitation({
      email: `expired.${mark().toLowerCase()}@test.example`,
      token: 'expired-token',
      expiresAt: new Date('2024-01-01T00:00:00Z'),
    }),
  );
  await em.flush();
  em.clear();

  // History and documents come from edits through the API, as in production.
  const login = (email: string) => h.client().login(email, PASSWORD);
  const [admin, editorA, editorB, lead] = await Promise.all([
    login(logins.admin),
    login(logins.editor),
    login(editorBEmail),
    login(logins.lead),
  ]);
  const UPDATE_ORG =
    'mutation($id: UUID!, $v: Int!, $d: String!) { updateOrganisation(id: $id, version: $v, input: { description: $d }) { id } }';
  await editorA.ok(UPDATE_ORG, { id: orgA.id, v: 1, d: 'Beratung und Sprachkurse' });
  await editorB.ok(UPDATE_ORG, { id: orgB.id, v: 1, d: 'Gesprächsrunden' });
  await editorA.ok('mutation($id: UUID!, $t: String!) { updateOffer(id: $id, version: 1, input: { costNote: $t }) { id } }', {
    id: offerPublicA.id,
    t: 'kostenlos',
  });
  await admin.ok(UPDATE_ORG, { id: orgInternal.id, v: 1, d: `${orgInternal.shortName} überarbeitet` });
  const PROGRESS = `mutation($id: UUID!, $v: Int!, $i: MeasureProgressInput!) { reportMeasureProgress(id: $id, version: $v, input: $i) { version } }`;
  await lead.ok(PROGRESS, { id: measureWithInternalOwners.id, v: 1, i: { progress: 50 } });
  const progressed = await lead.ok(PROGRESS, { id: measureArchivedResponsible.id, v: 1, i: { status: 'IN_PROGRESS', note: 'Start' } });
  // A record whose history concerns organisation C first and C and A later: editors of A see only the later entry.
  await admin.ok(
    'mutation($id: UUID!, $v: Int!, $o: [UUID!]) { updateMeasure(id: $id, version: $v, input: { ownerOrganisationIds: $o }) { id } }',
    {
      id: measureArchivedResponsible.id,
      v: progressed.reportMeasureProgress.version,
      o: [orgC.id, orgA.id],
    },
  );
  await admin.ok(
    'mutation($id: UUID!, $n: String!) { changeAgreementStatus(id: $id, version: 1, input: { status: NEGOTIATING, note: $n }) { id } }',
    { id: agreementAB.id, n: `${mark()} Verhandlung` },
  );
  await upload(h, admin, 'agreements', agreementAB.id, `${mark()} Vertrag.pdf`);
  await upload(h, admin, 'agreements', agreementBInternal.id, `${mark()} Anlage.pdf`);
  // Evidence of a need (members only), documents of an application hidden from the partner's editor and of one the applicant's editor sees.
  await upload(h, admin, 'needs', needInternal.id, `${mark()} Belegstatistik.pdf`);
  await upload(h, admin, 'fund-applications', appInternal.id, `${mark()} Kostenplan.pdf`);
  await upload(h, admin, 'fund-applications', appFundedA.id, `${mark()} Verwendungsnachweis.pdf`);
  await admin.ok('mutation($id: UUID!, $fn: String!) { updatePerson(id: $id, version: 1, input: { function: $fn }) { id } }', {
    id: pInternalOnly.id,
    fn: `${mark()} Sachbearbeitung`,
  });
  const added = await lead.ok(
    'mutation($b: UUID!, $p: UUID!, $o: UUID!) { addMembership(input: { bodyId: $b, personId: $p, organisationId: $o, role: GUEST }) { id } }',
    { b: workingGroup.id, p: pArchivedOrgOnly.id, o: orgArchived.id },
  );
  names.set(added.addMembership.id, 'mWorkingGroupGuestByLead');
  const { body } = await admin.ok('query($id: UUID!) { body(id: $id) { version } }', { id: internalBody.id });
  await admin.ok('mutation($id: UUID!, $v: Int!, $n: String!) { updateBody(id: $id, version: $v, input: { meetingNote: $n }) { id } }', {
    id: internalBody.id,
    v: body.version,
    n: `${im} neuer Treffpunkt`,
  });

  const { meeting: running } = await admin.ok('query($id: UUID!) { meeting(id: $id) { version } }', { id: mtRunning.id });
  await admin.ok('mutation($id: UUID!, $v: Int!, $t: String!) { updateMeeting(id: $id, version: $v, input: { title: $t }) { id } }', {
    id: mtRunning.id,
    v: running.version,
    t: 'Sitzung der AG Sprache (Oktober)',
  });
  await lead.ok('mutation($id: UUID!) { updateTask(id: $id, version: 1, input: { status: IN_PROGRESS }) { id } }', { id: taskOfGroup.id });

  return describeFixture(h.orm.em.fork(), names, counter, { logins, openToken, openEmail });
}

/** Uploads a PDF to a record through the HTTP route, as the web does: `owners` is `agreements`, `needs` or `fund-applications`. */
async function upload(h: Harness, admin: GraphQLClient, owners: string, ownerId: string, fileName: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(pdf())], { type: 'application/pdf' }), fileName);
  const res = await fetch(`${h.url}/api/${owners}/${ownerId}/documents`, {
    method: 'POST',
    body: form,
    headers: { cookie: admin.cookie ?? '' },
  });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
}

/** Reads every row back and applies the read rules per role. */
async function describeFixture(
  em: EntityManager,
  names: ReadonlyMap<string, string>,
  markerCount: number,
  accounts: { logins: LeakFixture['logins']; openToken: string; openEmail: string },
): Promise<LeakFixture> {
  const day = today();
  const rows = new Map<string, any[]>();
  const rawRows = new Map<string, Record<string, unknown>[]>();
  for (const [type, r] of Object.entries(readRules)) {
    rows.set(type, await em.find(r.entity, {}));
    rawRows.set(type, await em.execute<Record<string, unknown>[]>(`select * from "${em.getMetadata(r.entity).tableName}"`));
  }
  const users = rows.get('User') as User[];
  const userOf = (email: string) => users.find((u) => u.email === email) ?? null;
  const viewers: Record<Role, Viewer> = {
    visitor: { role: 'visitor', loggedIn: false, admin: false, editorOf: new Set(), userId: null, personId: null },
    member: {
      role: 'member',
      loggedIn: true,
      admin: false,
      editorOf: new Set(),
      userId: userOf(accounts.logins.member)?.id ?? null,
      personId: null,
    },
    lead: {
      role: 'lead',
      loggedIn: true,
      admin: false,
      editorOf: new Set(),
      userId: userOf(accounts.logins.lead)?.id ?? null,
      personId: userOf(accounts.logins.lead)?.person?.id ?? null,
    },
    editor: {
      role: 'editor',
      loggedIn: true,
      admin: false,
      editorOf: new Set([...names].filter(([, n]) => n === 'orgA').map(([id]) => id)),
      userId: userOf(accounts.logins.editor)?.id ?? null,
      personId: null,
    },
    admin: {
      role: 'admin',
      loggedIn: true,
      admin: true,
      editorOf: new Set(),
      userId: userOf(accounts.logins.admin)?.id ?? null,
      personId: null,
    },
  };

  const visibleTo = new Map<string, Set<Role>>();
  const minutesVisibleTo = new Map<string, Set<Role>>();
  for (const role of roles) {
    const memo = new Map<string, boolean>();
    const context: RuleContext = {
      viewer: viewers[role],
      today: day,
      rows: <T>(type: string) => (rows.get(type) ?? []) as T[],
      visible(type, id) {
        const key = `${type}:${id}`;
        let known = memo.get(key);
        if (known === undefined) {
          const row = rows.get(type)?.find((r) => r.id === id);
          known = row ? (readRules[type] as ReadRule<unknown>).visible(row, context) : false;
          memo.set(key, known);
        }
        return known;
      },
    };
    for (const [type, list] of rows) {
      for (const row of list) {
        if (!context.visible(type, row.id)) continue;
        visibleTo.set(row.id, new Set([...(visibleTo.get(row.id) ?? []), role]));
      }
    }
    for (const item of rows.get('AgendaItem') as AgendaItem[])
      if (minutesVisible(item, context)) minutesVisibleTo.set(item.id, new Set([...(minutesVisibleTo.get(item.id) ?? []), role]));
  }

  const records = new Map<string, LeakRecord>();
  const byType = new Map<string, LeakRecord[]>();
  for (const [type, list] of rows) {
    byType.set(type, []);
    for (const row of list) {
      const record: LeakRecord = { type, id: row.id, label: labelOf(type, row, names), visibleTo: visibleTo.get(row.id) ?? new Set() };
      records.set(row.id, record);
      byType.get(type)?.push(record);
    }
  }

  const markers = new Map<string, LeakMarker>();
  const claim = (text: string, owner: LeakRecord, part: LeakMarker['part'], visible: ReadonlySet<Role>) => {
    for (const found of text.toLowerCase().match(/leak-\d{3}/g) ?? []) {
      const existing = markers.get(found);
      if (existing && existing.owner.id !== owner.id) throw new Error(`${found} is used by ${existing.owner.label} and ${owner.label}`);
      markers.set(found, { marker: found, owner, part, visibleTo: visible });
    }
  };
  const persons = new Map((rows.get('Person') as Person[]).map((p) => [p.id, p]));
  for (const [type, list] of rawRows) {
    for (const raw of list) {
      const owner = records.get(String(raw.id));
      if (!owner) throw new Error(`${type} row ${String(raw.id)} was not read back`);
      const foreign = foreignColumns[type] ?? [];
      claim(JSON.stringify(Object.entries(raw).filter(([column]) => !foreign.includes(column))), owner, 'record', owner.visibleTo);
      if (type === 'Person') {
        const consented = persons.get(owner.id)?.consentToPublishContact ?? false;
        const contactVisible = new Set([...owner.visibleTo].filter((role) => consented || viewers[role].loggedIn));
        claim(JSON.stringify(raw.contact_channels), owner, 'contact', contactVisible);
      }
      if (type === 'AgendaItem') claim(String(raw.notes_text), owner, 'minutes', minutesVisibleTo.get(owner.id) ?? new Set());
    }
  }
  for (let n = 1; n <= markerCount; n++) {
    const marker = `leak-${String(n).padStart(3, '0')}`;
    if (!markers.has(marker)) throw new Error(`${marker} was placed but no stored row carries it`);
  }

  const openInvitation = records.get((rows.get('Invitation') as Invitation[]).find((i) => i.email === accounts.openEmail)?.id ?? '');
  const ids = Object.fromEntries([...names].map(([id, name]) => [name, id]));
  const forbiddenIds = new Map(
    roles.map((role) => [role, new Set([...records.values()].filter((r) => !r.visibleTo.has(role)).map((r) => r.id))]),
  );
  const forbiddenMarkers = new Map(
    roles.map((role) => [role, [...markers.values()].filter((m) => !m.visibleTo.has(role)).map((m) => m.marker)]),
  );
  return {
    records,
    byType,
    markers,
    auditTargets: [...new Map((rows.get('AuditEntry') as AuditEntry[]).map((e) => [`${e.entityType}:${e.entityId}`, e])).values()].map(
      (e) => ({ entityType: e.entityType, entityId: e.entityId }),
    ),
    logins: accounts.logins,
    invitationTokens: {
      open: accounts.openToken,
      openMarkers: openInvitation ? [...markers.values()].filter((m) => m.owner === openInvitation).map((m) => m.marker) : [],
    },
    ids,
    forbiddenIds: (role) => forbiddenIds.get(role) ?? new Set(),
    forbiddenMarkers: (role) => forbiddenMarkers.get(role) ?? [],
  };
}

/** A short description of a row for failure messages: its fixture name, or what it belongs to. */
function labelOf(type: string, row: any, names: ReadonlyMap<string, string>): string {
  const name = (id: string | undefined) => (id ? (names.get(id) ?? id.slice(0, 8)) : '?');
  const own = names.get(row.id);
  const state = [
    row.visibility && row.visibility !== Visibility.PUBLIC ? row.visibility : null,
    row.archivedAt ? 'archived' : null,
    row.disabledAt ? 'disabled' : null,
    row.revokedAt ? 'revoked' : null,
  ].filter(Boolean);
  const suffix = state.length ? ` (${state.join(', ')})` : '';
  switch (type) {
    case 'BodyStatusChange':
      return `${type} ${row.toStatus} of ${name(row.body?.id)}${row.mergedInto ? ` into ${name(row.mergedInto.id)}` : ''}`;
    case 'MeasureStatusChange':
      return `${type} ${row.toStatus} of ${name(row.measure?.id)}`;
    case 'IndicatorMeasurement':
      return `${type} ${row.on} of ${name(row.indicator?.id)}`;
    case 'AgreementParty':
      return `${type} ${name(row.organisation?.id)} in ${name(row.agreement?.id)}`;
    case 'AgreementStatusChange':
      return `${type} ${row.toStatus} of ${name(row.agreement?.id)}`;
    case 'AgreementDocument':
      return `${type} "${row.fileName}" of ${name(row.agreement?.id)}`;
    case 'MeetingStatusChange':
      return `${type} ${row.toStatus} of ${name(row.meeting?.id)}`;
    case 'MeetingParticipant':
      return `${type} ${name(row.person?.id)} at ${name(row.meeting?.id)}`;
    case 'DecisionRecusal':
      return `${type} ${name(row.person?.id)} in ${name(row.decision?.id)}`;
    case 'NeedStatusChange':
      return `${type} ${row.toStatus} of ${name(row.need?.id)}`;
    case 'NeedDocument':
      return `${type} "${row.fileName}" of ${name(row.need?.id)}`;
    case 'FundApplicationDocument':
      return `${type} "${row.fileName}" of ${name(row.application?.id)}`;
    case 'OfferTranslation':
      return `${type} ${row.locale} of ${name(row.offer?.id)}`;
    case 'OrganisationTranslation':
      return `${type} ${row.locale} of ${name(row.organisation?.id)}`;
    case 'TaskComment':
      return `${type} on ${name(row.task?.id)}`;
    case 'AuditEntry':
      return `${type} ${row.action} ${row.entityType} ${name(row.entityId)} concerning [${(row.organisationIds as string[]).map(name).join(', ')}]`;
    default:
      return `${type} ${own ?? row.id.slice(0, 8)}${suffix}`;
  }
}
