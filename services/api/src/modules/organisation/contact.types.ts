import { Embeddable, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { ContactChannelKind } from './organisation.enums.js';

/** One way to reach an organisation or person (stored as JSON on the owner). */
@ObjectType({ simpleResolvers: true })
export class ContactChannel {
  @Field(() => ContactChannelKind)
  kind!: ContactChannelKind;

  @Field(() => String)
  value!: string;

  @Field(() => String, { nullable: true, description: 'Free label such as "Beratung" or "Sekretariat".' })
  label?: string | null;
}

/** A postal address with optional coordinates for the map (stored in the owner's columns). */
@Embeddable()
export class Address {
  @Property({ type: 'string', length: 200, nullable: true })
  street?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  postalCode?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  city?: string | null;

  @Property({ type: 'double', nullable: true })
  latitude?: number | null;

  @Property({ type: 'double', nullable: true })
  longitude?: number | null;
}
