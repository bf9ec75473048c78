import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { StatusChangeView, VersionedView } from '../../graphql/record.types.js';
import { DateScalar } from '../../graphql/scalars.js';
import { MeasureStatus } from './measure.entity.js';

/** A measure (Maßnahme) a body tracks, as a reader sees it. */
@ObjectType('Measure', { simpleResolvers: true, description: 'A measure (Maßnahme) of a body, with owners, status and progress.' })
export class MeasureView extends VersionedView {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => MeasureStatus)
  status!: MeasureStatus;

  @Field(() => DateScalar, { nullable: true })
  startOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueOn!: string | null;

  @Field(() => Int, { description: 'Progress in percent, 0-100.' })
  progress!: number;

  bodyId!: string;
  responsibleId!: string | null;
  mandateId!: string | null;
}

/** One status change of a measure. */
@ObjectType('MeasureStatusChange', { simpleResolvers: true })
export class MeasureStatusChangeView extends StatusChangeView {
  @Field(() => MeasureStatus, { nullable: true })
  fromStatus!: MeasureStatus | null;

  @Field(() => MeasureStatus)
  toStatus!: MeasureStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

/** A key figure of a measure (Kennzahl), with baseline, target and dated measurements. */
@ObjectType('Indicator', { simpleResolvers: true })
export class IndicatorView extends VersionedView {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => Float, { nullable: true })
  baseline!: number | null;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  measureId!: string;
}

/** A dated value of an indicator. */
@ObjectType('IndicatorMeasurement', { simpleResolvers: true })
export class IndicatorMeasurementView {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar)
  on!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  indicatorId!: string;
}

@ObjectType('MeasurePermissions', { simpleResolvers: true })
export class MeasurePermissions {
  @Field(() => Boolean, { description: 'May change every field, indicators, or delete (admins, chairs, tandem leads).' })
  manage!: boolean;

  @Field(() => Boolean, { description: 'May report status, progress and measurements (also owners and the responsible person).' })
  progress!: boolean;
}
