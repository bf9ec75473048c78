import { GraphQLJSONObject } from 'graphql-scalars';
import { Extensions, Field, ID, ObjectType } from 'type-graphql';

/** One change to a tracked record: who, when, what, and the values before and after. */
@ObjectType('AuditEntry', { simpleResolvers: true, description: 'A change to a record, written in the same transaction as the change.' })
export class AuditEntryView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Organisation, Person, Affiliation, User, ReferenceEntry…' })
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => String, { description: 'CREATE, UPDATE, ARCHIVE, RESTORE, CONFIRM, DELETE…' })
  action!: string;

  @Field(() => ID, { nullable: true, description: 'The acting user; empty for system changes such as the demo seed.' })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => Date)
  at!: Date;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after!: Record<string, unknown> | null;
}

@ObjectType('HistoryPage', { simpleResolvers: true })
export class HistoryPage {
  @Field(() => [AuditEntryView])
  @Extensions({ maxItems: 200 })
  entries!: AuditEntryView[];

  @Field(() => Boolean)
  hasMore!: boolean;
}
