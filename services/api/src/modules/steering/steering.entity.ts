import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Collection, type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../../db/base.entity.js';
import { AttachedDocument } from '../../db/document.entity.js';
import { StatusChange } from '../../db/status-change.entity.js';
import { Body } from '../body/body.entity.js';
import { Decision } from '../meeting/meeting.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { District, FieldOfAction, TargetGroup } from '../reference/reference.entity.js';

/** How pressing a need is, in Herne's classification of gaps. */
export enum NeedClassification {
  REQUIRED_BY_LAW = 'REQUIRED_BY_LAW',
  LOCALLY_NECESSARY = 'LOCALLY_NECESSARY',
  DESIRABLE = 'DESIRABLE',
}
registerEnumType(NeedClassification, {
  name: 'NeedClassification',
  valuesConfig: {
    REQUIRED_BY_LAW: { description: 'Required by law (gesetzlich erforderlich).' },
    LOCALLY_NECESSARY: { description: 'Necessary here (kommunal notwendig).' },
    DESIRABLE: { description: 'Desirable (wünschenswert).' },
  },
});

/** raised → assessed → prioritised → mandated → addressed, or declined with a reason. */
export enum NeedStatus {
  RAISED = 'RAISED',
  ASSESSED = 'ASSESSED',
  PRIORITISED = 'PRIORITISED',
  MANDATED = 'MANDATED',
  ADDRESSED = 'ADDRESSED',
  DECLINED = 'DECLINED',
}
registerEnumType(NeedStatus, { name: 'NeedStatus' });

/** Needs still waiting for the network to act. */
export const openNeedStatuses: readonly NeedStatus[] = [NeedStatus.RAISED, NeedStatus.ASSESSED, NeedStatus.PRIORITISED];

/** A need or gap (Handlungsbedarf, Lücke) the network has identified. */
@Entity({ tableName: 'need' })
@Index({ name: 'need_status_index', properties: ['status'] })
@Check({
  name: 'need_raised_by_one',
  expression: '(raised_by_organisation_id is null) <> (raised_by_body_id is null)',
})
@Check({ name: 'need_declined_reason', expression: "status <> 'DECLINED' or decline_reason is not null" })
export class Need extends VersionedEntity {
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne({ entity: () => FieldOfAction, nullable: true, deleteRule: 'set null' })
  fieldOfAction?: FieldOfAction | null;

  @ManyToMany({ entity: () => District, pivotTable: 'need_district', owner: true })
  districts = new Collection<District>(this);

  @ManyToMany({ entity: () => TargetGroup, pivotTable: 'need_target_group', owner: true })
  targetGroups = new Collection<TargetGroup>(this);

  @Enum({ items: () => NeedClassification, nativeEnumName: 'need_classification' })
  classification!: NeedClassification;

  @ManyToOne({ entity: () => Organisation, nullable: true, deleteRule: 'set null' })
  raisedByOrganisation?: Organisation | null;

  @ManyToOne({ entity: () => Body, nullable: true, deleteRule: 'set null' })
  raisedByBody?: Body | null;

  @Property({ type: 'date' })
  raisedOn!: string;

  /** Evidence for the need: figures, observations, sources. */
  @Property({ type: 'text', nullable: true })
  evidence?: string | null;

  @Enum({ items: () => NeedStatus, nativeEnumName: 'need_status' })
  status!: NeedStatus;

  @Property({ type: 'text', nullable: true })
  declineReason?: string | null;
}

/** One status change of a need. */
@Entity({ tableName: 'need_status_change' })
@Index({ name: 'need_status_change_need_index', properties: ['need'] })
export class NeedStatusChange extends StatusChange {
  @ManyToOne({ entity: () => Need, deleteRule: 'cascade' })
  need!: Need;

  @Enum({ items: () => NeedStatus, nativeEnumName: 'need_status', nullable: true })
  fromStatus?: NeedStatus | null;

  @Enum({ items: () => NeedStatus, nativeEnumName: 'need_status' })
  toStatus!: NeedStatus;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}

/** A document of evidence for a need (figures, a report, a letter); the bytes live in the document store, addressed by id. */
@Entity({ tableName: 'need_document' })
@Index({ name: 'need_document_need_index', properties: ['need'] })
export class NeedDocument extends AttachedDocument {
  @ManyToOne({ entity: () => Need, deleteRule: 'cascade' })
  need!: Need;
}

/** open (members rank) → closed (the result stands) → decided (a decision fixed the priorities). */
export enum ReviewStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  DECIDED = 'DECIDED',
}
registerEnumType(ReviewStatus, { name: 'ReviewStatus' });

/** A priority review round of a steering body: its members rank a set of needs. */
@Entity({ tableName: 'priority_review' })
@Index({ name: 'priority_review_body_index', properties: ['body'] })
export class PriorityReview extends VersionedEntity {
  @ManyToOne({ entity: () => Body, deleteRule: 'cascade' })
  body!: Body;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Enum({ items: () => ReviewStatus, nativeEnumName: 'review_status' })
  status!: ReviewStatus;

  /** The last day members may rank. */
  @Property({ type: 'date' })
  closesOn!: string;

  /** The meeting's decision that fixed the priorities. */
  @ManyToOne({ entity: () => Decision, nullable: true, deleteRule: 'set null' })
  decision?: Decision | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;
}

/** A need on a review's list, and the rank the decision gave it. */
@Entity({ tableName: 'priority_review_need' })
@Unique({ name: 'priority_review_need_unique', properties: ['review', 'need'] })
export class PriorityReviewNeed {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => PriorityReview, deleteRule: 'cascade' })
  review!: PriorityReview;

  @ManyToOne({ entity: () => Need, deleteRule: 'cascade' })
  need!: Need;

  /** Its rank among the needs the decision prioritised; null when not prioritised. */
  @Property({ type: 'integer', nullable: true })
  finalRank?: number | null;
}

/** One member's rank for one need in a review (1 = most pressing). */
@Entity({ tableName: 'priority_ranking' })
@Unique({ name: 'priority_ranking_need_unique', properties: ['review', 'personId', 'need'] })
@Unique({ name: 'priority_ranking_rank_unique', properties: ['review', 'personId', 'rank'] })
@Check({ name: 'priority_ranking_rank_positive', expression: 'rank >= 1' })
export class PriorityRanking {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => PriorityReview, deleteRule: 'cascade' })
  review!: PriorityReview;

  @ManyToOne({ entity: () => Need, deleteRule: 'cascade' })
  need!: Need;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'integer' })
  rank!: number;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}

/** Where a mandate stands; its progress comes from its measures. */
export enum MandateStatus {
  OPEN = 'OPEN',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(MandateStatus, { name: 'MandateStatus' });

/** A work order (Arbeitsauftrag) from the steering committee to a working group. */
@Entity({ tableName: 'mandate' })
@Index({ name: 'mandate_body_index', properties: ['body'] })
@Index({ name: 'mandate_need_index', properties: ['need'] })
export class Mandate extends VersionedEntity {
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** The need it answers. */
  @ManyToOne({ entity: () => Need, nullable: true, deleteRule: 'set null' })
  need?: Need | null;

  /** The working group that carries it out. */
  @ManyToOne({ entity: () => Body, deleteRule: 'cascade' })
  body!: Body;

  /** The body that issued it. */
  @ManyToOne({ entity: () => Body, deleteRule: 'cascade' })
  issuedBy!: Body;

  /**
   * The issuing body's decision that gave the mandate. A plain id, not a
   * foreign key: decisions reach measures through agenda items, and measures
   * carry mandates, so a key here would make a cycle no backup could restore.
   */
  @Property({ type: 'uuid', nullable: true })
  decisionId?: string | null;

  @Property({ type: 'date' })
  issuedOn!: string;

  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  @Enum({ items: () => MandateStatus, nativeEnumName: 'mandate_status' })
  status!: MandateStatus;
}
