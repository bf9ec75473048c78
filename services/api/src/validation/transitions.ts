import { DomainError, ErrorCode } from '../errors/domain-error.js';

/**
 * Refuses a status change its state machine does not allow, naming the
 * allowed next statuses (`INVALID_TRANSITION` on `input.status`).
 */
export function ensureTransition<S extends string>(transitions: Record<S, readonly S[]>, from: S, to: S, what: string): void {
  const allowed = transitions[from];
  if (allowed.includes(to)) return;
  throw new DomainError(ErrorCode.BAD_USER_INPUT, `A ${from} ${what} cannot become ${to}; allowed: ${allowed.join(', ') || 'none'}`, {
    field: 'input.status',
    reason: 'INVALID_TRANSITION',
    details: { from, to, allowed },
  });
}
