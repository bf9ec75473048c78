import { BodyKind, BodyStatus } from './body.enums.js';

/** Allowed lifecycle transitions; ended bodies stay as they are, readable with their history. */
export const bodyTransitions: Record<BodyStatus, readonly BodyStatus[]> = {
  [BodyStatus.FOUNDED]: [BodyStatus.ACTIVE, BodyStatus.DISSOLVED],
  [BodyStatus.ACTIVE]: [BodyStatus.PAUSED, BodyStatus.MERGED, BodyStatus.DISSOLVED, BodyStatus.HANDED_OVER],
  [BodyStatus.PAUSED]: [BodyStatus.ACTIVE, BodyStatus.MERGED, BodyStatus.DISSOLVED, BodyStatus.HANDED_OVER],
  [BodyStatus.MERGED]: [],
  [BodyStatus.DISSOLVED]: [],
  [BodyStatus.HANDED_OVER]: [],
};

export const endedStatuses: readonly BodyStatus[] = [BodyStatus.MERGED, BodyStatus.DISSOLVED, BodyStatus.HANDED_OVER];

/**
 * How many tandem leads a body of each kind has. Working groups are led by
 * exactly two (Bielefeld's "prozessverantwortliches Tandem"); Herne's
 * sub-projects by two or three. Bodies with max 0 are chaired, not led by a tandem.
 */
export const leadRules: Record<BodyKind, { min: number; max: number }> = {
  [BodyKind.WORKING_GROUP]: { min: 2, max: 2 },
  [BodyKind.SUB_GROUP]: { min: 1, max: 2 },
  [BodyKind.SUB_PROJECT]: { min: 2, max: 3 },
  [BodyKind.ROUND_TABLE]: { min: 0, max: 2 },
  [BodyKind.FORUM]: { min: 0, max: 2 },
  [BodyKind.STEERING_COMMITTEE]: { min: 0, max: 0 },
  [BodyKind.ADVISORY_COUNCIL]: { min: 0, max: 0 },
  [BodyKind.COORDINATION_OFFICE]: { min: 0, max: 0 },
};
