import 'reflect-metadata';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from './scalars.js';

/** Fields every record shows: its id and when it was created and last changed. */
@ObjectType({ simpleResolvers: true })
export abstract class RecordView {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

/** A record users edit concurrently: updates send back the version they saw. */
@ObjectType({ simpleResolvers: true })
export abstract class VersionedView extends RecordView {
  @Field(() => Int, { description: 'Optimistic-lock version; send it back with every update.' })
  version!: number;
}

/** One step of a status timeline (bodies, measures, agreements). */
@ObjectType({ simpleResolvers: true })
export abstract class StatusChangeView {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar, { description: 'The day the step took effect.' })
  on!: string;

  @Field(() => String, { nullable: true, description: 'Who recorded the step; shown to members only.' })
  actorName!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

/** A file attached to a record (an agreement, a need, a fund application). */
@ObjectType({ simpleResolvers: true })
export abstract class DocumentView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  contentType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field(() => String, { description: 'SHA-256 of the content, hex.' })
  sha256!: string;

  @Field(() => String, { nullable: true, description: 'Who uploaded it; shown to members only.' })
  uploadedByName!: string | null;

  @Field(() => Date, { description: 'When it was uploaded.' })
  createdAt!: Date;

  @Field(() => String, { description: 'Where the file is downloaded (same origin, with the session cookie).' })
  downloadUrl!: string;
}
