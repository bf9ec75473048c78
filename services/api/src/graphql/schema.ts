import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver.js';
import { AffiliationResolver, PersonResolver } from '../modules/person/person.resolver.js';
import { District, FieldOfAction, Language, TargetGroup } from '../modules/reference/reference.entity.js';
import { ReferenceResolver } from '../modules/reference/reference.resolver.js';
import { InvitationResolver, UserResolver } from '../modules/user/user.resolver.js';

export const resolvers = [
  OrganisationResolver,
  PersonResolver,
  AffiliationResolver,
  ReferenceResolver,
  UserResolver,
  InvitationResolver,
  AuditResolver,
] as const;

/** Builds the executable schema from the resolvers; the contract in `schema/schema.graphql` is printed from it. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    orphanedTypes: [FieldOfAction, District, Language, TargetGroup],
    validate: false,
  });
}
