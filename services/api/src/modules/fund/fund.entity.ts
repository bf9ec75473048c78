import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { BigIntType, Collection, type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../../db/base.entity.js';
import { AttachedDocument } from '../../db/document.entity.js';
import { StatusChange } from '../../db/status-change.entity.js';
import { Body } from '../body/body.entity.js';
import { Decision, Meeting } from '../meeting/meeting.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';

/** An integration fund (Integrationsfonds) of one year, decided by one body. Amounts are integer cents. */
@Entity({ tableName: 'fund' })
@Unique({ name: 'fund_year_unique', properties: ['year'] })
@Check({ name: 'fund_budget_positive', expression: 'budget_cents > 0' })
export class Fund extends VersionedEntity {
  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: new BigIntType('number') })
  budgetCents!: number;

  /** The body that decides the applications (the steering committee). */
  @ManyToOne({ entity: () => Body, deleteRule: 'restrict' })
  body!: Body;
}

/** A criterion every application of a fund answers (time-limited, clear goal, networked …). */
@Entity({ tableName: 'fund_criterion' })
@Unique({ name: 'fund_criterion_position_unique', properties: ['fund', 'position'] })
export class FundCriterion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Fund, deleteRule: 'cascade' })
  fund!: Fund;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;
}

/** An application round: a deadline and the meeting that decides. */
@Entity({ tableName: 'fund_round' })
@Unique({ name: 'fund_round_number_unique', properties: ['fund', 'number'] })
export class FundRound extends VersionedEntity {
  @ManyToOne({ entity: () => Fund, deleteRule: 'cascade' })
  fund!: Fund;

  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'string', length: 300 })
  title!: string;

  /** The last day applications are taken (Europe/Berlin). */
  @Property({ type: 'date' })
  deadline!: string;

  @ManyToOne({ entity: () => Meeting, nullable: true, deleteRule: 'set null' })
  decisionMeeting?: Meeting | null;
}

/** submitted → checked → approved, rejected or deferred → report due → closed. */
export enum ApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  CHECKED = 'CHECKED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  DEFERRED = 'DEFERRED',
  REPORT_DUE = 'REPORT_DUE',
  CLOSED = 'CLOSED',
}
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  valuesConfig: { DEFERRED: { description: 'Deferred to the next round, where it is decided again.' } },
});

/** Statuses in which an approved amount is spent from the budget. */
export const fundedStatuses: readonly ApplicationStatus[] = [
  ApplicationStatus.APPROVED,
  ApplicationStatus.REPORT_DUE,
  ApplicationStatus.CLOSED,
];

/** An application for money from a fund. */
@Entity({ tableName: 'fund_application' })
@Index({ name: 'fund_application_fund_index', properties: ['fund'] })
@Index({ name: 'fund_application_round_index', properties: ['round'] })
@Index({ name: 'fund_application_applicant_index', properties: ['applicant'] })
@Check({ name: 'fund_application_requested_positive', expression: 'requested_cents > 0' })
@Check({
  name: 'fund_application_approved_range',
  expression: 'approved_cents is null or (approved_cents > 0 and approved_cents <= requested_cents)',
})
@Check({ name: 'fund_application_period', expression: 'period_end >= period_start' })
export class FundApplication extends VersionedEntity {
  @ManyToOne({ entity: () => Fund, deleteRule: 'cascade' })
  fund!: Fund;

  @ManyToOne({ entity: () => FundRound, deleteRule: 'restrict' })
  round!: FundRound;

  @ManyToOne({ entity: () => Organisation, deleteRule: 'restrict' })
  applicant!: Organisation;

  @Property({ type: 'string', length: 300 })
  projectTitle!: string;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: new BigIntType('number') })
  requestedCents!: number;

  @Property({ type: new BigIntType('number'), nullable: true })
  approvedCents?: number | null;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @ManyToMany({ entity: () => Organisation, pivotTable: 'fund_application_partner', owner: true })
  partners = new Collection<Organisation>(this);

  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status' })
  status!: ApplicationStatus;

  /** Once funded, the project is listed publicly unless this is false. */
  @Property({ type: 'boolean', default: true })
  isPublic: Opt<boolean> = true;

  @ManyToOne({ entity: () => Decision, nullable: true, deleteRule: 'set null' })
  decision?: Decision | null;

  @Property({ type: 'datetime' })
  submittedAt: Opt<Date> = new Date();

  @Property({ type: 'date', nullable: true })
  reportDueOn?: string | null;
}

/** A document of an application (a budget plan, a letter of support, the report); the bytes live in the document store, addressed by id. */
@Entity({ tableName: 'fund_application_document' })
@Index({ name: 'fund_application_document_application_index', properties: ['application'] })
export class FundApplicationDocument extends AttachedDocument {
  @ManyToOne({ entity: () => FundApplication, deleteRule: 'cascade' })
  application!: FundApplication;
}

/** An application's answer to one criterion of its fund. */
@Entity({ tableName: 'fund_application_answer' })
@Unique({ name: 'fund_application_answer_unique', properties: ['application', 'criterion'] })
export class FundApplicationAnswer {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => FundApplication, deleteRule: 'cascade' })
  application!: FundApplication;

  @ManyToOne({ entity: () => FundCriterion, deleteRule: 'cascade' })
  criterion!: FundCriterion;

  @Property({ type: 'text' })
  answer!: string;
}

/** One status change of an application. */
@Entity({ tableName: 'fund_application_status_change' })
@Index({ name: 'fund_application_status_change_index', properties: ['application'] })
export class FundApplicationStatusChange extends StatusChange {
  @ManyToOne({ entity: () => FundApplication, deleteRule: 'cascade' })
  application!: FundApplication;

  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status', nullable: true })
  fromStatus?: ApplicationStatus | null;

  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status' })
  toStatus!: ApplicationStatus;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}

/** A member of the deciding body who acts for the applicant or a partner and so takes no part. */
@Entity({ tableName: 'fund_recusal' })
@Unique({ name: 'fund_recusal_unique', properties: ['application', 'personId'] })
export class FundRecusal {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => FundApplication, deleteRule: 'cascade' })
  application!: FundApplication;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'string', length: 300 })
  reason!: string;
}

export enum FundVoteChoice {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(FundVoteChoice, { name: 'FundVoteChoice' });

/** A member's vote on an application. */
@Entity({ tableName: 'fund_vote' })
@Unique({ name: 'fund_vote_unique', properties: ['application', 'personId'] })
export class FundVote {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => FundApplication, deleteRule: 'cascade' })
  application!: FundApplication;

  @Property({ type: 'uuid' })
  personId!: string;

  @Enum({ items: () => FundVoteChoice, nativeEnumName: 'fund_vote_choice' })
  choice!: FundVoteChoice;

  @Property({ type: 'datetime' })
  castAt: Opt<Date> = new Date();
}
