import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import { badInput, DomainError, ErrorCode, notFound } from '../../errors/domain-error.js';
import { parseInput } from '../../validation/parse-input.js';
import { AuditService } from '../audit/audit.service.js';
import { type AnyReferenceEntity, ReferenceKind, referenceEntityByKind } from './reference.entity.js';
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
      const entry = em.create(referenceEntityByKind[kind] as ReferenceClass, data);
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
      const before = { code: entry.code, labelDe: entry.labelDe, labelEn: entry.labelEn, position: entry.position };
      em.assign(entry, data);
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
      const [usage] = await em.execute<{ n: number }[]>(`select count(*)::int as n from ${pivot.table} where ${pivot.column} = ?`, [id]);
      if ((usage?.n ?? 0) > 0) {
        throw new DomainError(ErrorCode.CONFLICT, `Still used by ${usage?.n} organisations`, {
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
    return data;
  }
}

/** The join table that records which organisations use an entry of each vocabulary. */
const pivotOf: Record<ReferenceKind, { table: string; column: string }> = {
  [ReferenceKind.FIELD_OF_ACTION]: { table: 'organisation_field_of_action', column: 'field_of_action_id' },
  [ReferenceKind.DISTRICT]: { table: 'organisation_district', column: 'district_id' },
  [ReferenceKind.LANGUAGE]: { table: 'organisation_language', column: 'language_id' },
  [ReferenceKind.TARGET_GROUP]: { table: 'organisation_target_group', column: 'target_group_id' },
};
