import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import { notFound, versionConflict } from '../../errors/domain-error.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import type { AuditService } from '../audit/audit.service.js';
import { ReferenceKind } from '../reference/reference.entity.js';
import type { ReferenceService } from '../reference/reference.service.js';
import { IntegrationGoal } from './goal.entity.js';
import { type GoalInput, goalSchema } from './goal.inputs.js';

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
        };
        em.assign(goal, { number: data.number, title: data.title, description: data.description, fieldOfAction: fieldOfAction ?? null });
        this.audit.record(em, scope.actor, {
          entityType: 'IntegrationGoal',
          entityId: goal.id,
          action: 'UPDATE',
          before,
          after: { ...data },
        });
      } else {
        goal = em.create(IntegrationGoal, {
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
}
