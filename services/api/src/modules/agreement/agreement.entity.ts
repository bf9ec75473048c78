import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../../db/base.entity.js';
import { AttachedDocument } from '../../db/document.entity.js';
import { StatusChange } from '../../db/status-change.entity.js';
import { Body } from '../body/body.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';

export enum AgreementKind {
  COOPERATION = 'COOPERATION',
  SERVICE = 'SERVICE',
  STAFF_VOLUNTEER = 'STAFF_VOLUNTEER',
  MEMORANDUM_OF_UNDERSTANDING = 'MEMORANDUM_OF_UNDERSTANDING',
  FUNDING = 'FUNDING',
  OTHER = 'OTHER',
}

export enum AgreementStatus {
  DRAFT = 'DRAFT',
  NEGOTIATING = 'NEGOTIATING',
  SIGNED = 'SIGNED',
  IN_FORCE = 'IN_FORCE',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}

registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  valuesConfig: {
    COOPERATION: { description: 'Kooperationsvertrag / Vereinbarung zur Zusammenarbeit' },
    SERVICE: { description: 'Trägervereinbarung: service agreement with a provider' },
    STAFF_VOLUNTEER: { description: 'Agreement between staff and volunteers' },
    MEMORANDUM_OF_UNDERSTANDING: { description: 'Absichtserklärung' },
    FUNDING: { description: 'Funding agreement (Zuwendung, Verfügungsfonds)' },
  },
});
registerEnumType(AgreementStatus, { name: 'AgreementStatus' });

/** An agreement by which two or more actors bind themselves. */
@Entity({ tableName: 'agreement' })
export class Agreement extends VersionedEntity {
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Enum({ items: () => AgreementKind, nativeEnumName: 'agreement_kind' })
  kind!: AgreementKind;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Enum({ items: () => AgreementStatus, nativeEnumName: 'agreement_status' })
  status!: AgreementStatus;

  @Property({ type: 'date', nullable: true })
  signedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Property({ type: 'date', nullable: true })
  noticeOn?: string | null;

  @ManyToOne({ entity: () => Body, nullable: true, deleteRule: 'set null' })
  body?: Body | null;

  @ManyToOne({ entity: () => Measure, nullable: true, deleteRule: 'set null' })
  measure?: Measure | null;
}

/** An organisation bound by an agreement, in a role such as "Träger" or "Fördermittelgeber". */
@Entity({ tableName: 'agreement_party' })
@Index({ name: 'agreement_party_organisation_index', properties: ['organisation'] })
@Index({ name: 'agreement_party_agreement_index', properties: ['agreement'] })
export class AgreementParty {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Agreement, deleteRule: 'cascade' })
  agreement!: Agreement;

  @ManyToOne({ entity: () => Organisation })
  organisation!: Organisation;

  @Property({ type: 'string', length: 120 })
  role!: string;
}

/** One step of an agreement's status timeline. */
@Entity({ tableName: 'agreement_status_change' })
@Index({ name: 'agreement_status_change_agreement_index', properties: ['agreement'] })
export class AgreementStatusChange extends StatusChange {
  @ManyToOne({ entity: () => Agreement, deleteRule: 'cascade' })
  agreement!: Agreement;

  @Enum({ items: () => AgreementStatus, nativeEnumName: 'agreement_status', nullable: true })
  fromStatus?: AgreementStatus | null;

  @Enum({ items: () => AgreementStatus, nativeEnumName: 'agreement_status' })
  toStatus!: AgreementStatus;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}

/** A file attached to an agreement; the bytes live in the document store, addressed by id. */
@Entity({ tableName: 'agreement_document' })
@Index({ name: 'agreement_document_agreement_index', properties: ['agreement'] })
export class AgreementDocument extends AttachedDocument {
  @ManyToOne({ entity: () => Agreement, deleteRule: 'cascade' })
  agreement!: Agreement;
}
