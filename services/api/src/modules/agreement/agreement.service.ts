import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { badInput, notFound, versionConflict } from '../../errors/domain-error.js';
import { today } from '../../shared/dates.js';
import { type DocumentKind, type DocumentService, type UploadedFile } from '../../storage/documents.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { ensureTransition } from '../../validation/transitions.js';
import { type AuditService, diffSnapshots, type Snapshot } from '../audit/audit.service.js';
import { Body } from '../body/body.entity.js';
import { actorName } from '../body/body.service.js';
import { Measure } from '../measure/measure.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Agreement, AgreementDocument, AgreementParty, AgreementStatus, AgreementStatusChange } from './agreement.entity.js';
import {
  type AgreementInput,
  type AgreementStatusInput,
  agreementStatusSchema,
  createAgreementSchema,
  updateAgreementSchema,
} from './agreement.inputs.js';
import { agreementTransitions } from './agreement.rules.js';

function agreementSnapshot(a: Agreement, parties: AgreementParty[]): Snapshot {
  return {
    title: a.title,
    kind: a.kind,
    description: a.description ?? null,
    status: a.status,
    parties: parties.map((p) => `${p.organisation.id}:${p.role}`).sort(),
    signedOn: a.signedOn ?? null,
    validFrom: a.validFrom ?? null,
    validTo: a.validTo ?? null,
    noticeOn: a.noticeOn ?? null,
    body: a.body?.id ?? null,
    measure: a.measure?.id ?? null,
  };
}

const agreementDocuments: DocumentKind<AgreementDocument> = {
  entity: AgreementDocument,
  name: 'AgreementDocument',
  readRule: 'agreementDocument',
};

/** Agreements between organisations: parties, status timeline, documents. */
export class AgreementService {
  constructor(
    private readonly audit: AuditService,
    private readonly documents: DocumentService,
  ) {}

  async create(scope: Scope, input: AgreementInput): Promise<Agreement> {
    ensure(policy.manageAgreements(scope.actor), scope.actor, 'Only the coordination office records agreements');
    const data = parseInput(createAgreementSchema, input);
    return scope.em.transactional(async (em) => {
      const agreement = em.create(Agreement, {
        title: data.title,
        kind: data.kind,
        description: data.description,
        status: AgreementStatus.DRAFT,
        signedOn: data.signedOn ?? null,
        validFrom: data.validFrom ?? null,
        validTo: data.validTo ?? null,
        noticeOn: data.noticeOn ?? null,
        body: await this.body(em, data.bodyId),
        measure: await this.measure(em, data.measureId),
      });
      const parties = await this.setParties(em, agreement, data.parties);
      em.create(AgreementStatusChange, {
        agreement,
        fromStatus: null,
        toStatus: AgreementStatus.DRAFT,
        on: today(),
        note: null,
        actorName: actorName(scope),
      });
      this.audit.record(em, scope.actor, {
        entityType: 'Agreement',
        entityId: agreement.id,
        action: 'CREATE',
        after: agreementSnapshot(agreement, parties),
        organisationIds: data.parties.map((p) => p.organisationId),
      });
      await em.flush();
      return agreement;
    });
  }

  async update(scope: Scope, id: string, version: number, input: AgreementInput): Promise<Agreement> {
    ensure(policy.manageAgreements(scope.actor), scope.actor, 'Only the coordination office records agreements');
    const data = parseInput(updateAgreementSchema, input);
    return scope.em.transactional(async (em) => {
      const agreement = await this.findForChange(em, id, version);
      let parties = await em.find(AgreementParty, { agreement }, { populate: ['organisation'] });
      const before = agreementSnapshot(agreement, parties);
      const { parties: newParties, bodyId, measureId, ...scalars } = data;
      em.assign(agreement, Object.fromEntries(Object.entries(scalars).filter(([, v]) => v !== undefined)));
      if (agreement.validFrom && agreement.validTo && agreement.validTo < agreement.validFrom)
        throw badInput('input.validTo', 'must not be before the start date', 'INVALID');
      if (bodyId !== undefined) agreement.body = await this.body(em, bodyId);
      if (measureId !== undefined) agreement.measure = await this.measure(em, measureId);
      if (newParties) {
        for (const p of parties) em.remove(p);
        parties = await this.setParties(em, agreement, newParties);
      }
      const diff = diffSnapshots(before, agreementSnapshot(agreement, parties));
      this.audit.record(em, scope.actor, {
        entityType: 'Agreement',
        entityId: id,
        action: 'UPDATE',
        ...diff,
        organisationIds: parties.map((p) => p.organisation.id),
      });
      await em.flush();
      return agreement;
    });
  }

  /** Moves an agreement along draft → negotiating → signed → in force → expired/terminated. */
  async changeStatus(scope: Scope, id: string, version: number, input: AgreementStatusInput): Promise<Agreement> {
    ensure(policy.manageAgreements(scope.actor), scope.actor, 'Only the coordination office records agreements');
    const data = parseInput(agreementStatusSchema, input);
    return scope.em.transactional(async (em) => {
      const agreement = await this.findForChange(em, id, version);
      ensureTransition(agreementTransitions, agreement.status, data.status, 'agreement');
      const on = data.on ?? today();
      const fromStatus = agreement.status;
      agreement.status = data.status;
      if (data.status === AgreementStatus.SIGNED && !agreement.signedOn) agreement.signedOn = on;
      if (data.status === AgreementStatus.IN_FORCE && !agreement.validFrom) agreement.validFrom = on;
      em.create(AgreementStatusChange, { agreement, fromStatus, toStatus: data.status, on, note: data.note, actorName: actorName(scope) });
      const parties = await em.find(AgreementParty, { agreement });
      this.audit.record(em, scope.actor, {
        entityType: 'Agreement',
        entityId: id,
        action: 'STATUS',
        before: { status: fromStatus },
        after: { status: data.status, on, note: data.note },
        organisationIds: parties.map((p) => p.organisation.id),
      });
      await em.flush();
      return agreement;
    });
  }

  /** Stores an uploaded document: size and type are checked while it arrives; a rejected file leaves nothing behind. */
  async addDocument(scope: Scope, agreementId: string, file: UploadedFile): Promise<AgreementDocument> {
    ensure(policy.manageAgreements(scope.actor), scope.actor, 'Only the coordination office records agreements');
    const agreement = isUuid(agreementId) ? await scope.em.findOne(Agreement, { id: agreementId }) : null;
    if (!agreement) throw notFound('Agreement', agreementId);
    return this.documents.add(scope, file, async (em, stored) => {
      const created = em.create(AgreementDocument, {
        ...stored,
        agreement: em.getReference(Agreement, agreement.id),
        uploadedByName: actorName(scope),
      });
      this.audit.record(em, scope.actor, {
        entityType: 'Agreement',
        entityId: agreement.id,
        action: 'DOCUMENT_ADDED',
        after: { fileName: stored.fileName, sha256: stored.sha256, sizeBytes: stored.sizeBytes },
        organisationIds: await this.partyIds(em, agreement.id),
      });
      return created;
    });
  }

  removeDocument(scope: Scope, id: string): Promise<boolean> {
    ensure(policy.manageAgreements(scope.actor), scope.actor, 'Only the coordination office records agreements');
    return this.documents.remove(scope, agreementDocuments, id, async (em, document) => {
      this.audit.record(em, scope.actor, {
        entityType: 'Agreement',
        entityId: document.agreement.id,
        action: 'DOCUMENT_REMOVED',
        before: { fileName: document.fileName, sha256: document.sha256 },
        organisationIds: await this.partyIds(em, document.agreement.id),
      });
    });
  }

  /** A document's bytes, for those who may read its agreement; to anyone else it does not exist. */
  openDocument(scope: Scope, id: string) {
    return this.documents.open(scope, agreementDocuments, id);
  }

  /** The organisations an agreement binds: its history concerns them, so their editors may read it. */
  private async partyIds(em: EntityManager, agreementId: string): Promise<string[]> {
    const parties = await em.find(AgreementParty, { agreement: agreementId });
    return parties.map((p) => p.organisation.id);
  }

  private async findForChange(em: EntityManager, id: string, version: number) {
    const agreement = isUuid(id) ? await em.findOne(Agreement, { id }) : null;
    if (!agreement) throw notFound('Agreement', id);
    if (agreement.version !== version) throw versionConflict('Agreement', agreement.version);
    return agreement;
  }

  private async setParties(em: EntityManager, agreement: Agreement, parties: { organisationId: string; role: string }[]) {
    const organisations = await em.find(Organisation, { id: { $in: parties.map((p) => p.organisationId) } });
    if (organisations.length !== parties.length) throw badInput('input.parties', 'Unknown organisation', 'UNKNOWN_REFERENCE');
    const byId = new Map(organisations.map((o) => [o.id, o]));
    return parties.map((p) =>
      em.create(AgreementParty, { agreement, organisation: byId.get(p.organisationId) as Organisation, role: p.role }),
    );
  }

  private async body(em: EntityManager, id: string | null | undefined) {
    if (!id) return null;
    const body = await em.findOne(Body, { id });
    if (!body) throw badInput('input.bodyId', 'Unknown body', 'UNKNOWN_REFERENCE');
    return body;
  }

  private async measure(em: EntityManager, id: string | null | undefined) {
    if (!id) return null;
    const measure = await em.findOne(Measure, { id });
    if (!measure) throw badInput('input.measureId', 'Unknown measure', 'UNKNOWN_REFERENCE');
    return measure;
  }
}
