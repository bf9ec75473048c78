import { registerEnumType } from 'type-graphql';

/** Kinds of bodies (Gremien) in an integration network. */
export enum BodyKind {
  STEERING_COMMITTEE = 'STEERING_COMMITTEE',
  WORKING_GROUP = 'WORKING_GROUP',
  SUB_GROUP = 'SUB_GROUP',
  SUB_PROJECT = 'SUB_PROJECT',
  ADVISORY_COUNCIL = 'ADVISORY_COUNCIL',
  ROUND_TABLE = 'ROUND_TABLE',
  FORUM = 'FORUM',
  COORDINATION_OFFICE = 'COORDINATION_OFFICE',
}

/** Where a body is in its life. MERGED, DISSOLVED and HANDED_OVER end it. */
export enum BodyStatus {
  FOUNDED = 'FOUNDED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  MERGED = 'MERGED',
  DISSOLVED = 'DISSOLVED',
  HANDED_OVER = 'HANDED_OVER',
}

registerEnumType(BodyKind, { name: 'BodyKind' });
registerEnumType(BodyStatus, {
  name: 'BodyStatus',
  valuesConfig: { HANDED_OVER: { description: 'Handed over to regular structures (in Regelstrukturen überführt).' } },
});
