import type { ApiProblem } from './graphql/errors.ts';
import type { graphql } from './graphql/graphql.ts';
import type { MessageKey } from './i18n/i18n.ts';
import type { Tone } from './status.ts';

/*
 * Shared pieces of the steering pages (needs, review rounds, mandates): the
 * enums in the order the UI lists them with their badge tones, the ordering
 * logic of a ranking, and the messages for the steering API's error reasons.
 */

type EnumOf<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;
export type NeedStatus = EnumOf<'NeedStatus'>;
export type NeedClassification = EnumOf<'NeedClassification'>;
export type ReviewStatus = EnumOf<'ReviewStatus'>;
export type MandateStatus = EnumOf<'MandateStatus'>;

/** A need's life: raised → assessed → prioritised → mandated → addressed; or declined. Keys in that order. */
export const needStatusTone: Record<NeedStatus, Tone> = {
  RAISED: 'neutral',
  ASSESSED: 'info',
  PRIORITISED: 'warning',
  MANDATED: 'info',
  ADDRESSED: 'success',
  DECLINED: 'muted',
};

/** Herne's three classes, most pressing first. */
export const needClassificationTone: Record<NeedClassification, Tone> = {
  REQUIRED_BY_LAW: 'danger',
  LOCALLY_NECESSARY: 'warning',
  DESIRABLE: 'neutral',
};

export const reviewStatusTone: Record<ReviewStatus, Tone> = {
  OPEN: 'info',
  CLOSED: 'warning',
  DECIDED: 'success',
};

export const mandateStatusTone: Record<MandateStatus, Tone> = {
  OPEN: 'info',
  COMPLETED: 'success',
  WITHDRAWN: 'muted',
};

// The records above list every value (the type demands it), so their keys are the complete lists.
export const needStatuses = Object.keys(needStatusTone) as NeedStatus[];
export const needClassifications = Object.keys(needClassificationTone) as NeedClassification[];

/** Narrows a string from a URL or form to a value of the given list. */
export function pickOf<T extends string>(list: readonly T[], value: string | null | undefined): T | undefined {
  return list.find((item) => item === value);
}

// ─── Ranking ─────────────────────────────────────────────────────────────────

/**
 * The order a ballot starts from: the needs the member ranked before, in
 * their order, then the others in the order of the list. Ids in the earlier
 * ranking that are no longer on the list are dropped.
 */
export function initialOrder(listed: readonly string[], ranking: readonly string[]): string[] {
  const onList = new Set(listed);
  const ranked = ranking.filter((id, i) => onList.has(id) && ranking.indexOf(id) === i);
  const rankedSet = new Set(ranked);
  return [...ranked, ...listed.filter((id) => !rankedSet.has(id))];
}

/** Moves `id` to a 1-based position (clamped to the list); the others keep their order. */
export function moveTo(order: readonly string[], id: string, position: number): string[] {
  const from = order.indexOf(id);
  if (from < 0) return [...order];
  const to = Math.min(Math.max(Math.round(position), 1), order.length) - 1;
  const next = order.filter((other) => other !== id);
  next.splice(to, 0, id);
  return next;
}

/** Moves `id` up (negative) or down (positive) by `delta` places. */
export function moveBy(order: readonly string[], id: string, delta: number): string[] {
  const from = order.indexOf(id);
  return from < 0 ? [...order] : moveTo(order, id, from + 1 + delta);
}

/** Whether two orders are the same. */
export const sameOrder = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => b[i] === id);

/**
 * The needs in the order of the round's result: by position, ties and needs
 * without a tally after, by title. The decision form starts from it.
 */
export function resultOrder<I extends { need: { id: string; title: string }; tally?: { position: number } | null }>(
  items: readonly I[],
): I[] {
  return [...items].sort(
    (a, b) =>
      (a.tally?.position ?? Number.MAX_SAFE_INTEGER) - (b.tally?.position ?? Number.MAX_SAFE_INTEGER) ||
      a.need.title.localeCompare(b.need.title, 'de'),
  );
}

/** The share of the body's members who have ranked, in whole percent. */
export const turnoutPercent = (ballots: number, eligible: number): number =>
  eligible > 0 ? Math.min(100, Math.round((100 * ballots) / eligible)) : 0;

/** Whether a round still takes rankings: open, and its last day not yet past. */
export const takesRankings = (review: { status: ReviewStatus; closesOn: string }, today: string): boolean =>
  review.status === 'OPEN' && review.closesOn >= today;

// ─── Mandates ────────────────────────────────────────────────────────────────

/**
 * The review round whose decision made a need a priority: the newest decided
 * one that gave it a rank. A mandate for the need is issued by that round's
 * steering body, under that decision.
 */
export function prioritisingReview<R extends { finalRank?: number | null; review: { status: ReviewStatus; decidedAt?: string | null } }>(
  reviews: readonly R[],
): R | undefined {
  return reviews
    .filter((r) => r.review.status === 'DECIDED' && r.finalRank != null)
    .sort((a, b) => (b.review.decidedAt ?? '').localeCompare(a.review.decidedAt ?? ''))[0];
}

// ─── Errors ──────────────────────────────────────────────────────────────────

/** The reasons of the steering API that have their own message under `steering.errors`. */
const steeringReasons = [
  'NEED_FIXED',
  'NEED_NOT_ASSESSED',
  'NEED_NOT_PRIORITISED',
  'NOT_A_STEERING_BODY',
  'NOT_IN_REVIEW',
  'REVIEW_CLOSED',
  'REVIEW_NOT_CLOSED',
  'DECISION_OUTSIDE_BODY',
  'DECISION_NOT_ADOPTED',
  'VERSION_CONFLICT',
] as const;
type SteeringReason = (typeof steeringReasons)[number];
const isSteeringReason = (value: string | undefined): value is SteeringReason => steeringReasons.includes(value as SteeringReason);

/** The message for a failed steering call: the steering reason's own, else the general one. */
export function steeringMessageKey(problem: ApiProblem): MessageKey {
  return isSteeringReason(problem.reason) ? `steering.errors.${problem.reason}` : problem.messageKey;
}

/** Someone else changed the record in between (the version sent back was not the current one). */
export const isVersionConflict = (problem: ApiProblem | null | undefined): boolean => problem?.reason === 'VERSION_CONFLICT';
