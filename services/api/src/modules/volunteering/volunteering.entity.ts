import 'reflect-metadata';
import { Collection } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToMany, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../../db/base.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { District, Language, TargetGroup } from '../reference/reference.entity.js';

/** How much time a task needs, or a volunteer has: from a single occasion to several times a week. */
export enum TimeCommitment {
  ONCE = 'ONCE',
  OCCASIONAL = 'OCCASIONAL',
  WEEKLY = 'WEEKLY',
  SEVERAL_TIMES_A_WEEK = 'SEVERAL_TIMES_A_WEEK',
}
registerEnumType(TimeCommitment, {
  name: 'TimeCommitment',
  description: 'Time a task needs or a volunteer has, from least to most.',
  valuesConfig: {
    ONCE: { description: 'Once, e.g. one event.' },
    OCCASIONAL: { description: 'Now and then, a few times a year.' },
    WEEKLY: { description: 'About once a week.' },
    SEVERAL_TIMES_A_WEEK: { description: 'Several times a week.' },
  },
});

/** Whether an opportunity takes volunteers. */
export enum OpportunityStatus {
  OPEN = 'OPEN',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}
registerEnumType(OpportunityStatus, {
  name: 'OpportunityStatus',
  valuesConfig: {
    OPEN: { description: 'Looking for volunteers; shown in the public directory.' },
    FILLED: { description: 'Enough volunteers for now.' },
    CLOSED: { description: 'No longer offered.' },
  },
});

/** Where a volunteer's interest in an opportunity stands. */
export enum InterestStatus {
  NEW = 'NEW',
  ANSWERED = 'ANSWERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(InterestStatus, {
  name: 'InterestStatus',
  valuesConfig: {
    NEW: { description: 'Registered, not answered yet.' },
    ANSWERED: { description: 'The organisation has written back.' },
    ACCEPTED: { description: 'The volunteer takes on the task.' },
    DECLINED: { description: 'It does not fit this time.' },
    WITHDRAWN: { description: 'The volunteer no longer wants it.' },
  },
});

/** Who wrote a message of an interest. */
export enum InterestMessageAuthor {
  VOLUNTEER = 'VOLUNTEER',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(InterestMessageAuthor, { name: 'InterestMessageAuthor' });

/** One message of an interest: the volunteer's note when registering, the organisation's answers. */
export interface InterestMessage {
  at: string;
  author: InterestMessageAuthor;
  /** The answering editor's display name; null for the volunteer's own messages. */
  authorName: string | null;
  /** Null once the volunteer's data were erased. */
  text: string | null;
  /** The status the answer set, if it set one. */
  status: InterestStatus | null;
}

/** An Engagementprofil: a task an organisation looks for volunteers for (Halle lists 40+ of them). */
@Entity({ tableName: 'volunteer_opportunity' })
@Index({ name: 'volunteer_opportunity_organisation_index', properties: ['organisation'] })
@Index({ name: 'volunteer_opportunity_status_index', properties: ['status', 'createdAt'] })
export class VolunteerOpportunity extends VersionedEntity {
  @ManyToOne({ entity: () => Organisation, deleteRule: 'cascade' })
  organisation!: Organisation;

  @Property({ type: 'string', length: 200 })
  title!: string;

  /** What the volunteer does, in plain text. */
  @Property({ type: 'text' })
  task!: string;

  @Enum({ items: () => TimeCommitment, nativeEnumName: 'time_commitment' })
  timeNeeded!: TimeCommitment;

  @Property({ type: 'integer', nullable: true })
  hoursPerMonth?: number | null;

  @ManyToMany({ entity: () => Language, pivotTable: 'volunteer_opportunity_language', owner: true })
  languages = new Collection<Language>(this);

  @ManyToMany({ entity: () => District, pivotTable: 'volunteer_opportunity_district', owner: true })
  districts = new Collection<District>(this);

  @ManyToMany({ entity: () => TargetGroup, pivotTable: 'volunteer_opportunity_target_group', owner: true })
  targetGroups = new Collection<TargetGroup>(this);

  /** Short free words such as "Geduld" or "Führerschein"; matched case-insensitively. */
  @Property({ type: 'json', defaultRaw: "'[]'" })
  skills: string[] = [];

  @Enum({ items: () => OpportunityStatus, nativeEnumName: 'opportunity_status', default: OpportunityStatus.OPEN })
  status: OpportunityStatus = OpportunityStatus.OPEN;

  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  /** The last day it is offered; visitors no longer see it after that. */
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;

  @Property({ type: 'datetime' })
  lastConfirmedAt: Date = new Date();
}

/**
 * Someone who registered interest without an account, with consent to store
 * their data. One record per e-mail address; erased on request (name
 * pseudonymised, contact and profile cleared).
 */
@Entity({ tableName: 'volunteer' })
@Unique({ name: 'volunteer_email_unique', properties: ['email'] })
export class Volunteer extends VersionedEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** Lower case; null once erased. */
  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  phone?: string | null;

  @ManyToMany({ entity: () => Language, pivotTable: 'volunteer_language', owner: true })
  languages = new Collection<Language>(this);

  @ManyToOne({ entity: () => District, nullable: true, deleteRule: 'set null' })
  district?: District | null;

  @Enum({ items: () => TimeCommitment, nativeEnumName: 'time_commitment', nullable: true })
  timeAvailable?: TimeCommitment | null;

  @Property({ type: 'json', defaultRaw: "'[]'" })
  skills: string[] = [];

  /** When the volunteer last consented to their data being stored (every registration asks again). */
  @Property({ type: 'datetime' })
  consentGivenAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  erasedAt?: Date | null;
}

/** A volunteer's interest in one opportunity, with the messages between them and the organisation. */
@Entity({ tableName: 'volunteer_interest' })
@Unique({ name: 'volunteer_interest_unique', properties: ['opportunity', 'volunteer'] })
@Index({ name: 'volunteer_interest_volunteer_index', properties: ['volunteer'] })
export class VolunteerInterest extends VersionedEntity {
  @ManyToOne({ entity: () => VolunteerOpportunity, deleteRule: 'cascade' })
  opportunity!: VolunteerOpportunity;

  @ManyToOne({ entity: () => Volunteer, deleteRule: 'cascade' })
  volunteer!: Volunteer;

  @Enum({ items: () => InterestStatus, nativeEnumName: 'interest_status', default: InterestStatus.NEW })
  status: InterestStatus = InterestStatus.NEW;

  /** Oldest first; at most `MAX_INTEREST_MESSAGES`. */
  @Property({ type: 'json', defaultRaw: "'[]'" })
  messages: InterestMessage[] = [];
}
