import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { badInput, notFound, versionConflict } from '../../errors/domain-error.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import type { AuditService } from '../audit/audit.service.js';
import { ReferenceKind } from '../reference/reference.entity.js';
import type { ReferenceService } from '../reference/reference.service.js';
import { IntegrationConcept, IntegrationGoal } from './goal.entity.js';
import { type ConceptInput, conceptSchema, type GoalInput, goalSchema } from './goal.inputs.js';

/** The numbered goals of the city's integration concept. Public; kept by admins. */
export class GoalService {
  constructor(
    private readonly audit: AuditService,
    private readonly references: ReferenceService,
  ) {}

  async save(scope: Scope, id: string | null, version: number | null, input: GoalInput): Promise<IntegrationGoal> {
    ensure(policy.manageGoals(scope.actor), scope.actor, 'Only the coordination office maintains the integration concept');
    const data = parseInput(goalSchema, input);
    return scope.em.transactional(async (em) => {
      const [fieldOfAction] = data.fieldOfActionId
        ? await this.references.resolveIds({ ...scope, em }, ReferenceKind.FIELD_OF_ACTION, [data.fieldOfActionId], 'input.fieldOfActionId')
        : [null];
      const concept = await this.conceptFor(em, data.conceptId);
      let goal: IntegrationGoal;
      if (id) {
        const found = isUuid(id) ? await em.findOne(IntegrationGoal, { id }) : null;
        if (!found) throw notFound('IntegrationGoal', id);
        if (found.version !== version) throw versionConflict('IntegrationGoal', found.version);
        goal = found;
        const before = {
          number: goal.number,
          title: goal.title,
          description: goal.description ?? null,
          fieldOfAction: goal.fieldOfAction?.id ?? null,
          concept: goal.concept.id,
        };
        em.assign(goal, {
          concept,
          number: data.number,
          title: data.title,
          description: data.description,
          fieldOfAction: fieldOfAction ?? null,
        });
        this.audit.record(em, scope.actor, {
          entityType: 'IntegrationGoal',
          entityId: goal.id,
          action: 'UPDATE',
          before,
          after: { ...data },
        });
      } else {
        goal = em.create(IntegrationGoal, {
          concept,
          number: data.number,
          title: data.title,
          description: data.description,
          fieldOfAction: fieldOfAction ?? null,
        });
        this.audit.record(em, scope.actor, { entityType: 'IntegrationGoal', entityId: goal.id, action: 'CREATE', after: { ...data } });
      }
      await em.flush();
      return goal;
    });
  }

  /** Creates or changes a concept; making one current makes the others previous. */
  async saveConcept(scope: Scope, id: string | null, version: number | null, input: ConceptInput): Promise<IntegrationConcept> {
    ensure(policy.manageGoals(scope.actor), scope.actor, 'Only the coordination office maintains the integration concept');
    const data = parseInput(conceptSchema, input);
    return scope.em.transactional(async (em) => {
      const fields = { title: data.title, description: data.description, validFrom: data.validFrom ?? null, validTo: data.validTo ?? null };
      let concept: IntegrationConcept;
      if (id) {
        const found = isUuid(id) ? await em.findOne(IntegrationConcept, { id }) : null;
        if (!found) throw notFound('IntegrationConcept', id);
        if (found.version !== version) throw versionConflict('IntegrationConcept', found.version);
        concept = found;
        em.assign(concept, fields);
      } else {
        const hasCurrent = (await em.count(IntegrationConcept, { isCurrent: true })) > 0;
        concept = em.create(IntegrationConcept, { ...fields, isCurrent: !hasCurrent });
      }
      if (data.isCurrent && !concept.isCurrent) {
        await em.nativeUpdate(IntegrationConcept, { isCurrent: true }, { isCurrent: false });
        concept.isCurrent = true;
      }
      this.audit.record(em, scope.actor, {
        entityType: 'IntegrationConcept',
        entityId: concept.id,
        action: id ? 'UPDATE' : 'CREATE',
        after: { ...data },
      });
      await em.flush();
      return concept;
    });
  }

  /** The named concept, or the current one. */
  private async conceptFor(em: EntityManager, conceptId: string | null | undefined): Promise<IntegrationConcept> {
    const concept = conceptId
      ? await em.findOne(IntegrationConcept, { id: conceptId })
      : await em.findOne(IntegrationConcept, { isCurrent: true });
    if (!concept)
      throw conceptId
        ? badInput('input.conceptId', 'Unknown integration concept', 'UNKNOWN_REFERENCE')
        : badInput('input.conceptId', 'There is no current integration concept; create one first', 'NO_CURRENT_CONCEPT');
    return concept;
  }
}
