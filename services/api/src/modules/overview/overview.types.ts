import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import type { BodyView } from '../body/body.types.js';
import { NeedClassification } from '../steering/steering.entity.js';

/** How many measures stand in each status. */
@ObjectType('MeasureCounts', { simpleResolvers: true })
export class MeasureCountsView {
  @Field(() => Int)
  planned = 0;

  @Field(() => Int)
  inProgress = 0;

  @Field(() => Int)
  done = 0;

  @Field(() => Int)
  stalled = 0;

  @Field(() => Int)
  dropped = 0;

  @Field(() => Int, { description: 'Open and past the due date.' })
  overdue = 0;

  @Field(() => Int)
  total = 0;
}

/** Measures of one group: a body, a goal or a field of action (null: measures outside any). */
export interface MeasureGroup {
  key: string | null;
  counts: MeasureCountsView;
}

@ObjectType('BodyMeasures', { simpleResolvers: true, description: 'A body’s measures by status.' })
export class BodyMeasuresView implements MeasureGroup {
  key!: string | null;
  /** Read with the counts, under the measure's read rule (which requires the body visible). */
  body!: BodyView | null;

  @Field(() => MeasureCountsView)
  counts!: MeasureCountsView;
}

@ObjectType('GoalMeasures', { simpleResolvers: true, description: 'A goal’s measures by status; goal null for measures serving none.' })
export class GoalMeasuresView implements MeasureGroup {
  key!: string | null;

  @Field(() => MeasureCountsView)
  counts!: MeasureCountsView;
}

@ObjectType('FieldOfActionMeasures', {
  simpleResolvers: true,
  description: 'A field of action’s measures by status; null for measures in none.',
})
export class FieldOfActionMeasuresView implements MeasureGroup {
  key!: string | null;

  @Field(() => MeasureCountsView)
  counts!: MeasureCountsView;
}

/** Open needs of one classification. */
@ObjectType('NeedCounts', { simpleResolvers: true })
export class NeedCountsView {
  @Field(() => NeedClassification)
  classification!: NeedClassification;

  @Field(() => Int)
  raised = 0;

  @Field(() => Int)
  assessed = 0;

  @Field(() => Int)
  prioritised = 0;

  @Field(() => Int, { description: 'Raised, assessed or prioritised: still waiting.' })
  open = 0;

  @Field(() => Int, { description: 'Mandated to a working group.' })
  mandated = 0;
}

/** An indicator against its baseline and target, with its latest measurement. */
@ObjectType('IndicatorStanding', { simpleResolvers: true })
export class IndicatorStandingView {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => Float, { nullable: true })
  baseline!: number | null;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => Float, { nullable: true })
  latest!: number | null;

  @Field(() => DateScalar, { nullable: true })
  latestOn!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'How far the latest value has come from baseline to target: 0 at the baseline, 1 at the target; null without all three.',
  })
  attainment!: number | null;

  @Field(() => ID, { description: 'The indicator’s id.' })
  indicatorId!: string;

  measureId!: string;
}

/** Where the network stands, for the steering committee; every figure counts only what the reader may see. */
@ObjectType('SteeringOverview', { simpleResolvers: true })
export class SteeringOverviewView {
  @Field(() => DateScalar, { description: 'The day the figures are for.' })
  on!: string;

  conceptId!: string | null;
}
