import { Extensions, Field, Int, ObjectType } from 'type-graphql';
import { PersonView } from '../person/person.types.js';
import { UserView } from '../user/user.types.js';
import { VolunteerView } from '../volunteering/volunteering.types.js';

/** Accounts shown per person. */
export const MAX_ACCOUNTS = 10;

/** A person of the directory found by name or address, with the accounts that belong to them. */
@ObjectType('PersonalDataPersonMatch', { simpleResolvers: true })
export class PersonalDataPersonMatchView {
  @Field(() => PersonView)
  person!: PersonView;

  @Field(() => [UserView], { description: 'Login accounts of this person.' })
  @Extensions({ maxItems: MAX_ACCOUNTS })
  accounts!: UserView[];

  @Field(() => Date, { nullable: true, description: 'When the person’s data were erased.' })
  erasedAt!: Date | null;
}

/** The people and volunteers a search for personal data finds. */
@ObjectType('PersonalDataSearch', { simpleResolvers: true })
export class PersonalDataSearchView {
  @Field(() => [PersonalDataPersonMatchView])
  @Extensions({ maxItems: 50 })
  people!: PersonalDataPersonMatchView[];

  @Field(() => [VolunteerView])
  @Extensions({ maxItems: 50 })
  volunteers!: VolunteerView[];
}

/** What an erasure did. */
@ObjectType('Erasure', { simpleResolvers: true })
export class ErasureView {
  @Field(() => String, { description: 'The name that now stands in the record, e.g. "Gelöschte Person 3F2A".' })
  pseudonym!: string;

  @Field(() => Int, { description: 'Login accounts disabled.' })
  accountsDisabled!: number;

  @Field(() => Int, { description: 'Sessions ended.' })
  sessionsEnded!: number;
}
