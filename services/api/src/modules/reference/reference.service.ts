import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import { badInput, DomainError, ErrorCode, notFound } from '../../errors/domain-error.js';
import { parseInput } from '../../validation/parse-input.js';
import { AuditService } from '../audit/audit.service.js';
import { type AnyReferenceEntity, Language, ReferenceKind, referenceEntityByKind } from './reference.entity.js';
import { languageCodeSchema, type ReferenceEntryInput, referenceEntrySchema } from './reference.inputs.js';

type ReferenceClass = (typeof referenceEntityByKind)[ReferenceKind];

/** Fields of action, districts, languages and target groups: read by all, kept by admins. */
export class ReferenceService {
  constructor(private readonly audit: AuditService) {}

  list(scope: Scope, kind: ReferenceKind): Promise<AnyReferenceEntity[]> {
    return scope.em.find(referenceEntityByKind[kind] as ReferenceClass, {}, { orderBy: { position: 'asc', labelDe: 'asc' } });
  }

  /** Loads the entries with these ids, failing with the field named when one does not exist. */
  async resolveIds<K extends ReferenceKind>(
    scope: Scope,
    kind: K,
    ids: readonly string[],
    field: string,
  ): Promise<InstanceType<(typeof referenceEntityByKind)[K]>[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found = await scope.em.find(referenceEntityByKind[kind] as ReferenceClass, { id: { $in: unique } });
    if (found.length !== unique.length) {
      const missing = unique.filter((id) => !found.some((f) => f.id === id));
      throw badInput(field, `Unknown ${kind.toLowerCase().replaceAll('_', ' ')}: ${missing.join(', ')}`, 'UNKNOWN_REFERENCE');
    }
    return found as InstanceType<(typeof referenceEntityByKind)[K]>[];
  }

  async create(scope: Scope, kind: ReferenceKind, input: ReferenceEntryInput): Promise<AnyReferenceEntity> {
    ensure(policy.manageReferenceData(scope.actor), scope.actor);
    const data = this.validate(kind, input);
    return scope.em.transactional(async (em) => {
      // Only languages carry a native name; `validate` removed it for the others.
      const entry = em.create(referenceEntityByKind[kind] as typeof Language, data);
      this.audit.record(em, scope.actor, { entityType: 'ReferenceEntry', entityId: entry.id, action: 'CREATE', after: { kind, ...data } });
      await em.flush();
      return entry;
    });
  }

  async update(scope: Scope, kind: ReferenceKind, id: string, input: ReferenceEntryInput): Promise<AnyReferenceEntity> {
    ensure(policy.manageReferenceData(scope.actor), scope.actor);
    const data = this.validate(kind, input);
    return scope.em.transactional(async (em) => {
      const entry = await em.findOne(referenceEntityByKind[kind] as ReferenceClass, { id });
      if (!entry) throw notFound('ReferenceEntry', id);
      const before = labelsOf(entry);
      em.assign(entry, Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)));
      this.audit.record(em, scope.actor, {
        entityType: 'ReferenceEntry',
        entityId: id,
        action: 'UPDATE',
        before,
        after: { kind, ...data },
      });
      await em.flush();
      return entry;
    });
  }

  /** Deletes an entry that no organisation uses; used entries must be kept for the history. */
  async delete(scope: Scope, kind: ReferenceKind, id: string): Promise<boolean> {
    ensure(policy.manageReferenceData(scope.actor), scope.actor);
    return scope.em.transactional(async (em) => {
      const entry = await em.findOne(referenceEntityByKind[kind] as ReferenceClass, { id });
      if (!entry) throw notFound('ReferenceEntry', id);
      const pivot = pivotOf[kind];
      const [usage] = await em.execute<{ n: number }[]>(
        `select (select count(*) from organisation_${pivot.table} where ${pivot.column} = ?)::int
              + (select count(*) from offer_${pivot.table} where ${pivot.column} = ?)::int as n`,
        [id, id],
      );
      if ((usage?.n ?? 0) > 0) {
        throw new DomainError(ErrorCode.CONFLICT, `Still used by ${usage?.n} organisations or offers`, {
          reason: 'REFERENCE_IN_USE',
          details: { usage: usage?.n },
        });
      }
      this.audit.record(em, scope.actor, {
        entityType: 'ReferenceEntry',
        entityId: id,
        action: 'DELETE',
        before: { kind, code: entry.code, labelDe: entry.labelDe },
      });
      em.remove(entry);
      await em.flush();
      return true;
    });
  }

  private validate(kind: ReferenceKind, input: ReferenceEntryInput) {
    const data = parseInput(referenceEntrySchema, input);
    if (kind === ReferenceKind.LANGUAGE) parseInput(languageCodeSchema, data.code, 'input.code');
    else if (data.nativeName) throw badInput('input.nativeName', 'Only languages have a name of their own', 'NOT_A_LANGUAGE');
    else delete data.nativeName;
    return data;
  }
}

/** The values of an entry that its history records. */
function labelsOf(entry: AnyReferenceEntity) {
  return {
    code: entry.code,
    labelDe: entry.labelDe,
    labelEn: entry.labelEn,
    labelAr: entry.labelAr ?? null,
    labelFa: entry.labelFa ?? null,
    labelTr: entry.labelTr ?? null,
    labelUk: entry.labelUk ?? null,
    ...(entry instanceof Language ? { nativeName: entry.nativeName ?? null } : {}),
    position: entry.position,
  };
}

/** The join tables (`organisation_…`, `offer_…`) that record which organisations and offers use an entry of each vocabulary. */
const pivotOf: Record<ReferenceKind, { table: string; column: string }> = {
  [ReferenceKind.FIELD_OF_ACTION]: { table: 'field_of_action', column: 'field_of_action_id' },
  [ReferenceKind.DISTRICT]: { table: 'district', column: 'district_id' },
  [ReferenceKind.LANGUAGE]: { table: 'language', column: 'language_id' },
  [ReferenceKind.TARGET_GROUP]: { table: 'target_group', column: 'target_group_id' },
};
