import * as Y from 'yjs';
import { hashPassword } from '../auth/password.js';
import { tokenHash } from '../auth/tokens.js';
import type { EntityManager } from '../db/orm.js';
import { Agreement, AgreementKind, AgreementParty, AgreementStatus, AgreementStatusChange } from '../modules/agreement/agreement.entity.js';
import { Body, BodyStatusChange } from '../modules/body/body.entity.js';
import { BodyKind, BodyStatus } from '../modules/body/body.enums.js';
import { endedStatuses } from '../modules/body/body.rules.js';
import { IntegrationConcept, IntegrationGoal } from '../modules/goal/goal.entity.js';
import { Indicator, IndicatorMeasurement, Measure, MeasureStatus, MeasureStatusChange } from '../modules/measure/measure.entity.js';
import {
  AgendaItem,
  Decision,
  DecisionRecusal,
  Meeting,
  MeetingParticipant,
  MeetingStatusChange,
  MinutesAmendment,
} from '../modules/meeting/meeting.entity.js';
import { Attendance, DecisionResult, MeetingStatus } from '../modules/meeting/meeting.enums.js';
import { NOTES_TEXT } from '../modules/meeting/meeting.rules.js';
import { Membership, MembershipRole } from '../modules/membership/membership.entity.js';
import { Offer, type OfferLocationData, OfferTranslation } from '../modules/offer/offer.entity.js';
import { OfferCost, OfferKind } from '../modules/offer/offer.enums.js';
import type { ContactChannel } from '../modules/organisation/contact.types.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { ContactChannelKind, OrganisationKind, Sector, Visibility } from '../modules/organisation/organisation.enums.js';
import { OrganisationTranslation } from '../modules/organisation/organisation-translation.entity.js';
import { Affiliation, Person } from '../modules/person/person.entity.js';
import {
  District,
  FieldOfAction,
  Language,
  ReferenceKind,
  referenceEntityByKind,
  TargetGroup,
} from '../modules/reference/reference.entity.js';
import {
  type ReferralConditionData,
  ReferralOutcome,
  ReferralPath,
  type ReferralPathTranslationData,
  type ReferralQuestionData,
  type ReferralReasonTranslationData,
} from '../modules/referral/referral.entity.js';
import { Task, TaskComment, TaskStatus } from '../modules/task/task.entity.js';
import { Invitation, User, UserRole } from '../modules/user/user.entity.js';
import {
  type InterestMessage,
  InterestStatus,
  OpportunityStatus,
  TimeCommitment,
  Volunteer,
  VolunteerInterest,
  VolunteerOpportunity,
} from '../modules/volunteering/volunteering.entity.js';
import { Random } from './random.js';

export interface OrganisationOverrides {
  name?: string;
  shortName?: string | null;
  kind?: OrganisationKind;
  sector?: Sector;
  description?: string | null;
  visibility?: Visibility;
  website?: string | null;
  contactChannels?: ContactChannel[];
  address?: Partial<Organisation['address']>;
  lastConfirmedAt?: Date;
  archivedAt?: Date | null;
  fieldsOfAction?: FieldOfAction[];
  districts?: District[];
  languages?: Language[];
  targetGroups?: TargetGroup[];
}

export interface PersonOverrides {
  givenName?: string;
  familyName?: string;
  function?: string | null;
  contactChannels?: ContactChannel[];
  consentToPublishContact?: boolean;
  archivedAt?: Date | null;
}

export interface UserOverrides {
  email?: string;
  displayName?: string;
  role?: UserRole;
  password?: string;
  organisations?: Organisation[];
  person?: Person | null;
  disabledAt?: Date | null;
}

/** Hashing is deliberately slow; tests and the demo reuse one hash per password. */
const hashes = new Map<string, Promise<string>>();
const cachedHash = (password: string) => {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
};

/**
 * One factory per entity, used by the tests and by the demo city alike. Each
 * method persists a valid record with sensible defaults; callers flush.
 */
export class Factory {
  private sequence = 0;
  private currentConcept?: IntegrationConcept;
  readonly random: Random;

  constructor(
    readonly em: EntityManager,
    seed = 1,
  ) {
    this.random = new Random(seed);
  }

  private next() {
    this.sequence += 1;
    return this.sequence;
  }

  reference<K extends ReferenceKind>(
    kind: K,
    data: {
      code?: string;
      labelDe?: string;
      labelEn?: string;
      labelAr?: string | null;
      labelFa?: string | null;
      labelTr?: string | null;
      labelUk?: string | null;
      /** Languages only. */
      nativeName?: string | null;
      position?: number;
    } = {},
  ) {
    const n = this.next();
    const Entity = referenceEntityByKind[kind] as typeof Language;
    return this.em.create(Entity, {
      code: data.code ?? `${kind.toLowerCase().replaceAll('_', '-').slice(0, 20)}-${n}`,
      labelDe: data.labelDe ?? `Eintrag ${n}`,
      labelEn: data.labelEn ?? `Entry ${n}`,
      labelAr: data.labelAr ?? null,
      labelFa: data.labelFa ?? null,
      labelTr: data.labelTr ?? null,
      labelUk: data.labelUk ?? null,
      ...(kind === ReferenceKind.LANGUAGE ? { nativeName: data.nativeName ?? null } : {}),
      position: data.position ?? n,
    }) as InstanceType<(typeof referenceEntityByKind)[K]>;
  }

  organisation(data: OrganisationOverrides = {}): Organisation {
    const n = this.next();
    const org = this.em.create(Organisation, {
      name: data.name ?? `Organisation ${n}`,
      shortName: data.shortName ?? null,
      kind: data.kind ?? OrganisationKind.ASSOCIATION,
      sector: data.sector ?? Sector.CIVIL_SOCIETY,
      description: data.description ?? null,
      visibility: data.visibility ?? Visibility.PUBLIC,
      website: data.website ?? null,
      contactChannels: data.contactChannels ?? [{ kind: ContactChannelKind.EMAIL, value: `kontakt${n}@verbund.example`, label: null }],
      address: { street: null, postalCode: null, city: null, latitude: null, longitude: null, ...data.address },
      lastConfirmedAt: data.lastConfirmedAt ?? new Date(),
      archivedAt: data.archivedAt ?? null,
    });
    if (data.fieldsOfAction) org.fieldsOfAction.set(data.fieldsOfAction);
    if (data.districts) org.districts.set(data.districts);
    if (data.languages) org.languages.set(data.languages);
    if (data.targetGroups) org.targetGroups.set(data.targetGroups);
    return org;
  }

  person(data: PersonOverrides = {}): Person {
    const n = this.next();
    return this.em.create(Person, {
      givenName: data.givenName ?? 'Alex',
      familyName: data.familyName ?? `Muster${n}`,
      function: data.function ?? null,
      contactChannels: data.contactChannels ?? [{ kind: ContactChannelKind.EMAIL, value: `person${n}@verbund.example`, label: null }],
      consentToPublishContact: data.consentToPublishContact ?? false,
      archivedAt: data.archivedAt ?? null,
    });
  }

  affiliation(
    person: Person,
    organisation: Organisation,
    data: { role?: string; validFrom?: string | null; validTo?: string | null } = {},
  ) {
    return this.em.create(Affiliation, {
      person,
      organisation,
      role: data.role ?? 'Ansprechperson',
      validFrom: data.validFrom ?? null,
      validTo: data.validTo ?? null,
    });
  }

  async user(data: UserOverrides = {}): Promise<User> {
    const n = this.next();
    const user = this.em.create(User, {
      email: data.email ?? `user${n}@verbund.example`,
      displayName: data.displayName ?? `User ${n}`,
      role: data.role ?? UserRole.MEMBER,
      passwordHash: await cachedHash(data.password ?? 'correct horse battery'),
      person: data.person ?? null,
      disabledAt: data.disabledAt ?? null,
    });
    if (data.organisations) user.organisations.set(data.organisations);
    return user;
  }

  invitation(data: { email?: string; role?: UserRole; token: string; expiresAt?: Date; organisations?: Organisation[] }) {
    const n = this.next();
    const invitation = this.em.create(Invitation, {
      email: data.email ?? `invitee${n}@verbund.example`,
      role: data.role ?? UserRole.MEMBER,
      tokenHash: tokenHash(data.token),
      expiresAt: data.expiresAt ?? new Date(Date.now() + 3600_000),
    });
    if (data.organisations) invitation.organisations.set(data.organisations);
    return invitation;
  }

  /** An integration concept; the first one made (or `isCurrent`) is the current one. */
  concept(
    data: { title?: string; description?: string | null; validFrom?: string | null; validTo?: string | null; isCurrent?: boolean } = {},
  ) {
    const n = this.next();
    const concept = this.em.create(IntegrationConcept, {
      title: data.title ?? `Integrationskonzept ${n}`,
      description: data.description ?? null,
      validFrom: data.validFrom ?? null,
      validTo: data.validTo ?? null,
      isCurrent: data.isCurrent ?? !this.currentConcept,
    });
    if (concept.isCurrent) this.currentConcept = concept;
    return concept;
  }

  goal(
    data: {
      number?: number;
      title?: string;
      description?: string | null;
      fieldOfAction?: FieldOfAction | null;
      concept?: IntegrationConcept;
    } = {},
  ) {
    const n = this.next();
    return this.em.create(IntegrationGoal, {
      concept: data.concept ?? this.currentConcept ?? this.concept({ title: 'Integrationskonzept', isCurrent: true }),
      number: data.number ?? n,
      title: data.title ?? `Ziel ${n}`,
      description: data.description ?? null,
      fieldOfAction: data.fieldOfAction ?? null,
    });
  }

  /** A body with its founding recorded; later steps come from `bodyStatus`. */
  body(
    data: {
      name?: string;
      shortName?: string | null;
      kind?: BodyKind;
      mandate?: string | null;
      parent?: Body | null;
      visibility?: Visibility;
      foundedOn?: string;
      allowSameOrganisationLeads?: boolean;
      meetingIntervalMinWeeks?: number | null;
      meetingIntervalMaxWeeks?: number | null;
      meetingNote?: string | null;
      fieldsOfAction?: FieldOfAction[];
      goals?: IntegrationGoal[];
    } = {},
  ): Body {
    const n = this.next();
    const body = this.em.create(Body, {
      name: data.name ?? `Arbeitsgruppe ${n}`,
      shortName: data.shortName ?? null,
      kind: data.kind ?? BodyKind.WORKING_GROUP,
      mandate: data.mandate ?? null,
      parent: data.parent ?? null,
      visibility: data.visibility ?? Visibility.PUBLIC,
      status: BodyStatus.ACTIVE,
      foundedOn: data.foundedOn ?? '2018-01-01',
      allowSameOrganisationLeads: data.allowSameOrganisationLeads ?? false,
      meetingIntervalMinWeeks: data.meetingIntervalMinWeeks ?? null,
      meetingIntervalMaxWeeks: data.meetingIntervalMaxWeeks ?? null,
      meetingNote: data.meetingNote ?? null,
    });
    if (data.fieldsOfAction) body.fieldsOfAction.set(data.fieldsOfAction);
    if (data.goals) body.goals.set(data.goals);
    this.em.create(BodyStatusChange, {
      body,
      fromStatus: null,
      toStatus: BodyStatus.ACTIVE,
      on: body.foundedOn,
      reason: 'Gegründet',
      actorName: null,
    });
    return body;
  }

  bodyStatus(body: Body, status: BodyStatus, on: string, reason: string, mergedInto?: Body) {
    this.em.create(BodyStatusChange, {
      body,
      fromStatus: body.status,
      toStatus: status,
      on,
      reason,
      mergedInto: mergedInto ?? null,
      actorName: null,
    });
    body.status = status;
    body.endedOn = endedStatuses.includes(status) ? on : null;
    body.mergedInto = mergedInto ?? null;
  }

  membership(
    body: Body,
    person: Person,
    data: {
      role?: MembershipRole;
      organisation?: Organisation | null;
      votingRight?: boolean;
      validFrom?: string;
      validTo?: string | null;
    } = {},
  ) {
    const role = data.role ?? MembershipRole.MEMBER;
    return this.em.create(Membership, {
      body,
      person,
      organisation: data.organisation ?? null,
      role,
      votingRight: data.votingRight ?? ![MembershipRole.ADVISORY, MembershipRole.GUEST, MembershipRole.SECRETARIAT].includes(role),
      validFrom: data.validFrom ?? '2019-01-01',
      validTo: data.validTo ?? null,
    });
  }

  /** A measure with its status history (oldest first; the last entry is the current status). */
  measure(
    body: Body,
    data: {
      title?: string;
      description?: string | null;
      owners?: Organisation[];
      responsible?: Person | null;
      goals?: IntegrationGoal[];
      history?: { status: MeasureStatus; on: string; note?: string | null }[];
      startOn?: string | null;
      dueOn?: string | null;
      progress?: number;
    } = {},
  ): Measure {
    const n = this.next();
    const history = data.history?.length ? data.history : [{ status: MeasureStatus.PLANNED, on: '2024-01-01' }];
    const measure = this.em.create(Measure, {
      body,
      title: data.title ?? `Maßnahme ${n}`,
      description: data.description ?? null,
      responsible: data.responsible ?? null,
      status: history.at(-1)?.status ?? MeasureStatus.PLANNED,
      startOn: data.startOn ?? null,
      dueOn: data.dueOn ?? null,
      progress: data.progress ?? 0,
    });
    if (data.owners) measure.owners.set(data.owners);
    if (data.goals) measure.goals.set(data.goals);
    let previous: MeasureStatus | null = null;
    for (const step of history) {
      this.em.create(MeasureStatusChange, {
        measure,
        fromStatus: previous,
        toStatus: step.status,
        on: step.on,
        note: step.note ?? null,
        actorName: null,
      });
      previous = step.status;
    }
    return measure;
  }

  indicator(
    measure: Measure,
    data: {
      name?: string;
      unit?: string;
      baseline?: number | null;
      target?: number | null;
      measurements?: { on: string; value: number; note?: string }[];
    } = {},
  ) {
    const indicator = this.em.create(Indicator, {
      measure,
      name: data.name ?? 'Teilnehmende',
      unit: data.unit ?? 'Personen',
      baseline: data.baseline ?? null,
      target: data.target ?? null,
    });
    for (const m of data.measurements ?? [])
      this.em.create(IndicatorMeasurement, { indicator, on: m.on, value: m.value, note: m.note ?? null });
    return indicator;
  }

  /** An agreement with parties and its status timeline (oldest first; the last entry is current). */
  agreement(data: {
    title?: string;
    kind?: AgreementKind;
    description?: string | null;
    parties: { organisation: Organisation; role: string }[];
    history?: { status: AgreementStatus; on: string; note?: string | null }[];
    signedOn?: string | null;
    validFrom?: string | null;
    validTo?: string | null;
    noticeOn?: string | null;
    body?: Body | null;
    measure?: Measure | null;
  }): Agreement {
    const n = this.next();
    const history = data.history?.length ? data.history : [{ status: AgreementStatus.DRAFT, on: '2024-01-01' }];
    const agreement = this.em.create(Agreement, {
      title: data.title ?? `Vereinbarung ${n}`,
      kind: data.kind ?? AgreementKind.COOPERATION,
      description: data.description ?? null,
      status: history.at(-1)?.status ?? AgreementStatus.DRAFT,
      signedOn: data.signedOn ?? null,
      validFrom: data.validFrom ?? null,
      validTo: data.validTo ?? null,
      noticeOn: data.noticeOn ?? null,
      body: data.body ?? null,
      measure: data.measure ?? null,
    });
    for (const p of data.parties) this.em.create(AgreementParty, { agreement, organisation: p.organisation, role: p.role });
    let previous: AgreementStatus | null = null;
    for (const step of history) {
      this.em.create(AgreementStatusChange, {
        agreement,
        fromStatus: previous,
        toStatus: step.status,
        on: step.on,
        note: step.note ?? null,
        actorName: null,
      });
      previous = step.status;
    }
    return agreement;
  }

  /** A meeting with its status timeline; invitees as given (none by default). */
  meeting(
    body: Body,
    data: {
      title?: string;
      startsAt: Date;
      minutes?: number;
      status?: MeetingStatus;
      visibility?: Visibility;
      location?: string | null;
      onlineUrl?: string | null;
      organiser?: Organisation | null;
      previous?: Meeting | null;
      cancelReason?: string | null;
      approvedByName?: string | null;
      invitees?: { person: Person; organisation?: Organisation | null; attendance?: Attendance | null }[];
    },
  ): Meeting {
    const status = data.status ?? MeetingStatus.PLANNED;
    const meeting = this.em.create(Meeting, {
      body,
      title: data.title ?? `Sitzung ${this.next()}`,
      startsAt: data.startsAt,
      endsAt: new Date(data.startsAt.getTime() + (data.minutes ?? 120) * 60_000),
      location: data.location ?? null,
      onlineUrl: data.onlineUrl ?? null,
      organiser: data.organiser ?? null,
      visibility: data.visibility ?? body.visibility,
      status,
      cancelReason: data.cancelReason ?? null,
      previous: data.previous ?? null,
      approvedAt: [MeetingStatus.MINUTES_APPROVED, MeetingStatus.PUBLISHED].includes(status) ? data.startsAt : null,
      approvedByName: data.approvedByName ?? null,
    });
    const day = data.startsAt.toISOString().slice(0, 10);
    const path = meetingPath(status);
    let previous: MeetingStatus | null = null;
    for (const step of path) {
      this.em.create(MeetingStatusChange, {
        meeting,
        fromStatus: previous,
        toStatus: step,
        on: day,
        note: step === MeetingStatus.CANCELLED ? (data.cancelReason ?? null) : null,
        actorName: null,
      });
      previous = step;
    }
    for (const i of data.invitees ?? [])
      this.em.create(MeetingParticipant, {
        meeting,
        person: i.person,
        organisation: i.organisation ?? null,
        invited: i.attendance !== Attendance.GUEST,
        attendance: i.attendance ?? null,
        checkedInAt: i.attendance === Attendance.PRESENT || i.attendance === Attendance.GUEST ? data.startsAt : null,
      });
    return meeting;
  }

  /** An agenda item; `notes` become its Markdown snapshot and its Yjs state alike. */
  agendaItem(
    meeting: Meeting,
    data: {
      title: string;
      position: number;
      parent?: AgendaItem | null;
      visibility?: Visibility;
      notes?: string;
      presenter?: Person | null;
      plannedMinutes?: number | null;
      carryOver?: boolean;
      measure?: Measure | null;
    },
  ): AgendaItem {
    const notes = data.notes ?? '';
    let state: Buffer | null = null;
    if (notes) {
      const doc = new Y.Doc();
      doc.getText(NOTES_TEXT).insert(0, notes);
      state = Buffer.from(Y.encodeStateAsUpdate(doc));
    }
    return this.em.create(AgendaItem, {
      meeting,
      parent: data.parent ?? null,
      position: data.position,
      title: data.title,
      presenter: data.presenter ?? null,
      plannedMinutes: data.plannedMinutes ?? null,
      visibility: data.visibility ?? Visibility.PUBLIC,
      carryOver: data.carryOver ?? false,
      measure: data.measure ?? null,
      notesText: notes,
      notesState: state,
      notesRevision: notes ? 1 : 0,
    });
  }

  decision(
    item: AgendaItem,
    data: { text: string; result?: DecisionResult; votes?: [number, number, number]; recused?: { person: Person; reason?: string }[] },
  ): Decision {
    const decision = this.em.create(Decision, {
      meeting: item.meeting,
      agendaItem: item,
      text: data.text,
      result: data.result ?? DecisionResult.ADOPTED,
      votesFor: data.votes?.[0] ?? null,
      votesAgainst: data.votes?.[1] ?? null,
      votesAbstaining: data.votes?.[2] ?? null,
    });
    for (const r of data.recused ?? []) this.em.create(DecisionRecusal, { decision, person: r.person, reason: r.reason ?? null });
    return decision;
  }

  amendment(meeting: Meeting, data: { text: string; reason: string; agendaItem?: AgendaItem | null; authorName?: string | null }) {
    return this.em.create(MinutesAmendment, {
      meeting,
      agendaItem: data.agendaItem ?? null,
      text: data.text,
      reason: data.reason,
      authorName: data.authorName ?? null,
    });
  }

  task(
    body: Body,
    data: {
      title: string;
      description?: string | null;
      status?: TaskStatus;
      assignee?: Person | null;
      organisation?: Organisation | null;
      dueOn?: string | null;
      agendaItem?: AgendaItem | null;
      decision?: Decision | null;
      measure?: Measure | null;
      comments?: string[];
    },
  ): Task {
    const status = data.status ?? TaskStatus.OPEN;
    const task = this.em.create(Task, {
      body,
      title: data.title,
      description: data.description ?? null,
      status,
      assignee: data.assignee ?? null,
      organisation: data.organisation ?? null,
      dueOn: data.dueOn ?? null,
      completedOn: status === TaskStatus.DONE ? (data.dueOn ?? null) : null,
      meeting: data.agendaItem?.meeting ?? null,
      agendaItem: data.agendaItem ?? null,
      decision: data.decision ?? null,
      measure: data.measure ?? null,
    });
    for (const text of data.comments ?? []) this.em.create(TaskComment, { task, text, authorName: null });
    return task;
  }

  /** A referral path with its questions; a draft unless `published`. Outcomes are added with `referralOutcome`. */
  referralPath(
    data: {
      title?: string;
      intro?: string | null;
      translations?: ReferralPathTranslationData[];
      questions?: ReferralQuestionData[];
      published?: boolean;
      createdAt?: Date;
    } = {},
  ): ReferralPath {
    return this.em.create(ReferralPath, {
      title: data.title ?? `Beratungsweg ${this.next()}`,
      intro: data.intro ?? null,
      translations: data.translations ?? [],
      questions: data.questions ?? [],
      published: data.published ?? false,
      ...(data.createdAt ? { createdAt: data.createdAt, updatedAt: data.createdAt } : {}),
    });
  }

  /** Where a path leads: an offer with the reason shown, when every condition holds. */
  referralOutcome(
    path: ReferralPath,
    offer: Offer,
    data: {
      position: number;
      reason?: string;
      conditions?: ReferralConditionData[];
      translations?: ReferralReasonTranslationData[];
      fallback?: boolean;
    },
  ): ReferralOutcome {
    return this.em.create(ReferralOutcome, {
      path,
      offer,
      position: data.position,
      reason: data.reason ?? `Passt zu Ihrer Situation (${offer.title}).`,
      conditions: data.conditions ?? [],
      translations: data.translations ?? [],
      fallback: data.fallback ?? false,
    });
  }

  /** A volunteer opportunity of an organisation; open, once a month and citywide unless said otherwise. */
  volunteerOpportunity(
    organisation: Organisation,
    data: {
      title?: string;
      task?: string;
      timeNeeded?: TimeCommitment;
      hoursPerMonth?: number | null;
      skills?: string[];
      status?: OpportunityStatus;
      validFrom?: string | null;
      validUntil?: string | null;
      lastConfirmedAt?: Date;
      createdAt?: Date;
      languages?: Language[];
      districts?: District[];
      targetGroups?: TargetGroup[];
    } = {},
  ): VolunteerOpportunity {
    const n = this.next();
    const opportunity = this.em.create(VolunteerOpportunity, {
      organisation,
      title: data.title ?? `Engagement ${n}`,
      task: data.task ?? 'Unterstützung im Alltag der Einrichtung.',
      timeNeeded: data.timeNeeded ?? TimeCommitment.OCCASIONAL,
      hoursPerMonth: data.hoursPerMonth ?? null,
      skills: data.skills ?? [],
      status: data.status ?? OpportunityStatus.OPEN,
      validFrom: data.validFrom ?? null,
      validUntil: data.validUntil ?? null,
      lastConfirmedAt: data.lastConfirmedAt ?? new Date(),
      ...(data.createdAt ? { createdAt: data.createdAt, updatedAt: data.createdAt } : {}),
    });
    if (data.languages) opportunity.languages.set(data.languages);
    if (data.districts) opportunity.districts.set(data.districts);
    if (data.targetGroups) opportunity.targetGroups.set(data.targetGroups);
    return opportunity;
  }

  /** A volunteer who consented to their data being stored. */
  volunteer(
    data: {
      name?: string;
      email?: string | null;
      phone?: string | null;
      languages?: Language[];
      district?: District | null;
      timeAvailable?: TimeCommitment | null;
      skills?: string[];
      consentGivenAt?: Date;
    } = {},
  ): Volunteer {
    const n = this.next();
    const volunteer = this.em.create(Volunteer, {
      name: data.name ?? `Freiwillige ${n}`,
      email: data.email === undefined ? `freiwillig${n}@verbund.example` : data.email,
      phone: data.phone ?? null,
      district: data.district ?? null,
      timeAvailable: data.timeAvailable ?? null,
      skills: data.skills ?? [],
      consentGivenAt: data.consentGivenAt ?? new Date(),
    });
    if (data.languages) volunteer.languages.set(data.languages);
    return volunteer;
  }

  /** A volunteer's interest in an opportunity, with its messages (oldest first). */
  volunteerInterest(
    opportunity: VolunteerOpportunity,
    volunteer: Volunteer,
    data: { status?: InterestStatus; messages?: InterestMessage[]; createdAt?: Date } = {},
  ): VolunteerInterest {
    return this.em.create(VolunteerInterest, {
      opportunity,
      volunteer,
      status: data.status ?? InterestStatus.NEW,
      messages: data.messages ?? [],
      ...(data.createdAt ? { createdAt: data.createdAt, updatedAt: data.createdAt } : {}),
    });
  }

  /** An offer of an organisation; free, without registration, public and confirmed now unless said otherwise. */
  offer(
    organisation: Organisation,
    data: {
      title?: string;
      description?: string | null;
      kind?: OfferKind;
      locations?: OfferLocationData[];
      cost?: OfferCost;
      costNote?: string | null;
      registrationRequired?: boolean;
      contactChannels?: ContactChannel[];
      validFrom?: string | null;
      validUntil?: string | null;
      visibility?: Visibility;
      archivedAt?: Date | null;
      lastConfirmedAt?: Date;
      /** Backdates the record; its last change is then the last confirmation. */
      createdAt?: Date;
      fieldsOfAction?: FieldOfAction[];
      districts?: District[];
      languages?: Language[];
      targetGroups?: TargetGroup[];
    } = {},
  ): Offer {
    const n = this.next();
    const offer = this.em.create(Offer, {
      organisation,
      title: data.title ?? `Angebot ${n}`,
      description: data.description ?? null,
      kind: data.kind ?? OfferKind.COUNSELLING,
      locations: data.locations ?? [],
      cost: data.cost ?? OfferCost.FREE,
      costNote: data.costNote ?? null,
      registrationRequired: data.registrationRequired ?? false,
      contactChannels: data.contactChannels ?? [],
      validFrom: data.validFrom ?? null,
      validUntil: data.validUntil ?? null,
      visibility: data.visibility ?? Visibility.PUBLIC,
      archivedAt: data.archivedAt ?? null,
      lastConfirmedAt: data.lastConfirmedAt ?? new Date(),
      ...(data.createdAt ? { createdAt: data.createdAt, updatedAt: data.lastConfirmedAt ?? data.createdAt } : {}),
    });
    if (data.fieldsOfAction) offer.fieldsOfAction.set(data.fieldsOfAction);
    if (data.districts) offer.districts.set(data.districts);
    if (data.languages) offer.languages.set(data.languages);
    if (data.targetGroups) offer.targetGroups.set(data.targetGroups);
    return offer;
  }

  /** An offer's title and description in another language. */
  offerTranslation(offer: Offer, locale: string, text: { title: string; description?: string | null }): OfferTranslation {
    const translation = this.em.create(OfferTranslation, { offer, locale, title: text.title, description: text.description ?? null });
    offer.translations.add(translation);
    return translation;
  }

  /** An organisation's name (optional) and description in another language. */
  organisationTranslation(
    organisation: Organisation,
    locale: string,
    text: { name?: string | null; description?: string | null },
  ): OrganisationTranslation {
    return this.em.create(OrganisationTranslation, {
      organisation,
      locale,
      name: text.name ?? null,
      description: text.description ?? null,
    });
  }
}

/** The statuses a meeting passed through to reach `status`. */
function meetingPath(status: MeetingStatus): MeetingStatus[] {
  if (status === MeetingStatus.CANCELLED) return [MeetingStatus.PLANNED, MeetingStatus.INVITED, MeetingStatus.CANCELLED];
  const order = [
    MeetingStatus.PLANNED,
    MeetingStatus.INVITED,
    MeetingStatus.RUNNING,
    MeetingStatus.MINUTES_DRAFT,
    MeetingStatus.MINUTES_APPROVED,
    MeetingStatus.PUBLISHED,
  ];
  return order.slice(0, order.indexOf(status) + 1);
}
