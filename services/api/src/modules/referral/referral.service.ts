import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { badInput, notFound, versionConflict } from '../../errors/domain-error.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { type AuditService, diffSnapshots, type Snapshot } from '../audit/audit.service.js';
import { Offer } from '../offer/offer.entity.js';
import {
  type ReferralConditionData,
  ReferralOutcome,
  ReferralPath,
  type ReferralQuestionData,
  type ReferralReasonTranslationData,
} from './referral.entity.js';
import { createReferralPathSchema, type ReferralPathInput, updateReferralPathSchema } from './referral.inputs.js';
import { unknownConditionKey } from './referral.rules.js';

/** An outcome as stored, without its row identity. */
interface OutcomeData {
  offerId: string;
  conditions: ReferralConditionData[];
  reason: string;
  translations: ReferralReasonTranslationData[];
  fallback: boolean;
}

/** The values of a path that its history records. */
export function referralPathSnapshot(path: ReferralPath, outcomes: readonly OutcomeData[]): Snapshot {
  return {
    title: path.title,
    intro: path.intro ?? null,
    translations: path.translations,
    questions: path.questions,
    outcomes,
    published: path.published,
  };
}

const outcomeData = (o: ReferralOutcome): OutcomeData => ({
  offerId: o.offer.id,
  conditions: o.conditions,
  reason: o.reason,
  translations: o.translations,
  fallback: o.fallback,
});

const refused = 'Only the coordination office maintains referral paths';

/** Referral paths: the coordination office's decision guides that lead newcomers to offers. */
export class ReferralService {
  constructor(private readonly audit: AuditService) {}

  async create(scope: Scope, input: ReferralPathInput): Promise<ReferralPath> {
    ensure(policy.manageReferralPaths(scope.actor), scope.actor, refused);
    const data = parseInput(createReferralPathSchema, input);
    checkConditions(data.questions, data.outcomes, 'input.outcomes');
    return scope.em.transactional(async (em) => {
      await checkOffers(em, data.outcomes);
      const path = em.create(ReferralPath, {
        title: data.title,
        intro: data.intro,
        translations: data.translations,
        questions: data.questions,
      });
      createOutcomes(em, path, data.outcomes);
      this.audit.record(em, scope.actor, {
        entityType: 'ReferralPath',
        entityId: path.id,
        action: 'CREATE',
        after: referralPathSnapshot(path, data.outcomes),
      });
      await em.flush();
      return path;
    });
  }

  /**
   * Changes a path if it is still at the version the editor saw; otherwise
   * CONFLICT and nothing is written. Given `questions` and `outcomes` replace
   * the old lists; the outcomes' conditions must name the path's questions
   * and options either way.
   */
  async update(scope: Scope, id: string, version: number, input: ReferralPathInput): Promise<ReferralPath> {
    ensure(policy.manageReferralPaths(scope.actor), scope.actor, refused);
    const data = parseInput(updateReferralPathSchema, input);
    return scope.em.transactional(async (em) => {
      const path = await findForChange(em, id, version);
      const stored = (await em.find(ReferralOutcome, { path }, { orderBy: { position: 'asc' } })).map(outcomeData);
      const questions = data.questions ?? path.questions;
      const outcomes = data.outcomes ?? stored;
      checkConditions(questions, outcomes, data.outcomes ? 'input.outcomes' : 'input.questions');
      if (path.published) checkPublishable(questions, outcomes, data.outcomes ? 'input.outcomes' : 'input.questions');
      const before = referralPathSnapshot(path, stored);
      if (data.title !== undefined) path.title = data.title;
      if (data.intro !== undefined) path.intro = data.intro;
      if (data.translations !== undefined) path.translations = data.translations;
      if (data.questions !== undefined) path.questions = data.questions;
      if (data.outcomes !== undefined) {
        await checkOffers(em, data.outcomes);
        // Deleted at once, before the new rows are inserted at the same positions.
        await em.nativeDelete(ReferralOutcome, { path: path.id });
        createOutcomes(em, path, data.outcomes);
      }
      const diff = diffSnapshots(before, referralPathSnapshot(path, outcomes));
      if (Object.keys(diff.after).length > 0) {
        // A change of the outcomes alone must still move the version on.
        path.updatedAt = new Date();
        this.audit.record(em, scope.actor, { entityType: 'ReferralPath', entityId: path.id, action: 'UPDATE', ...diff });
      }
      await em.flush();
      return path;
    });
  }

  /** Publishes a path for visitors, or takes it back to a draft. Publishing needs a question and an outcome. */
  async setPublished(scope: Scope, id: string, version: number, published: boolean): Promise<ReferralPath> {
    ensure(policy.manageReferralPaths(scope.actor), scope.actor, refused);
    return scope.em.transactional(async (em) => {
      const path = await findForChange(em, id, version);
      if (path.published === published) return path;
      if (published) {
        const outcomes = await em.count(ReferralOutcome, { path });
        checkPublishable(path.questions, { length: outcomes }, 'id');
      }
      path.published = published;
      this.audit.record(em, scope.actor, {
        entityType: 'ReferralPath',
        entityId: path.id,
        action: published ? 'PUBLISH' : 'UNPUBLISH',
        before: { published: !published },
        after: { published },
      });
      await em.flush();
      return path;
    });
  }

  /** Removes a path with its outcomes; its history stays. */
  async remove(scope: Scope, id: string, version: number): Promise<void> {
    ensure(policy.manageReferralPaths(scope.actor), scope.actor, refused);
    await scope.em.transactional(async (em) => {
      const path = await findForChange(em, id, version);
      const stored = (await em.find(ReferralOutcome, { path }, { orderBy: { position: 'asc' } })).map(outcomeData);
      this.audit.record(em, scope.actor, {
        entityType: 'ReferralPath',
        entityId: path.id,
        action: 'DELETE',
        before: referralPathSnapshot(path, stored),
      });
      await em.nativeDelete(ReferralOutcome, { path: path.id });
      em.remove(path);
      await em.flush();
    });
  }
}

async function findForChange(em: EntityManager, id: string, version: number): Promise<ReferralPath> {
  const path = isUuid(id) ? await em.findOne(ReferralPath, { id }) : null;
  if (!path) throw notFound('ReferralPath', id);
  if (path.version !== version) throw versionConflict('ReferralPath', path.version);
  return path;
}

/** Conditions may only name the path's questions and their options. */
function checkConditions(
  questions: readonly ReferralQuestionData[],
  outcomes: readonly { conditions: readonly ReferralConditionData[] }[],
  field: 'input.outcomes' | 'input.questions',
): void {
  const problem = unknownConditionKey(questions, outcomes);
  if (!problem) return;
  const at = field === 'input.outcomes' ? `input.outcomes.${problem.outcome}.conditions.${problem.condition}.${problem.field}` : field;
  const message =
    field === 'input.outcomes'
      ? problem.message
      : `outcome ${problem.outcome + 1} still names it: ${problem.message}; change the outcomes with the questions`;
  throw badInput(at, message, problem.field === 'questionKey' ? 'UNKNOWN_QUESTION' : 'UNKNOWN_OPTION');
}

/** A published path must lead somewhere: at least one question and one outcome. */
function checkPublishable(questions: readonly unknown[], outcomes: { length: number }, field: string): void {
  if (questions.length === 0 || outcomes.length === 0)
    throw badInput(field, 'A published referral path needs at least one question and one outcome', 'INCOMPLETE_PATH');
}

/** Every outcome's offer must exist. */
async function checkOffers(em: EntityManager, outcomes: readonly OutcomeData[]): Promise<void> {
  const ids = [...new Set(outcomes.map((o) => o.offerId))];
  if (ids.length === 0) return;
  const found = new Set((await em.find(Offer, { id: { $in: ids } }, { fields: ['id'] })).map((o) => o.id));
  const missing = outcomes.findIndex((o) => !found.has(o.offerId));
  if (missing >= 0) throw badInput(`input.outcomes.${missing}.offerId`, 'Unknown offer', 'UNKNOWN_REFERENCE');
}

function createOutcomes(em: EntityManager, path: ReferralPath, outcomes: readonly OutcomeData[]): void {
  outcomes.forEach((o, i) => {
    em.create(ReferralOutcome, {
      path,
      position: i + 1,
      offer: em.getReference(Offer, o.offerId),
      conditions: o.conditions,
      reason: o.reason,
      translations: o.translations,
      fallback: o.fallback,
    });
  });
}
