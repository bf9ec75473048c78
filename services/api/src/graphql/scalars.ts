import { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate, GraphQLUUID } from 'graphql-scalars';

/**
 * Ids as arguments: anything that is not a UUID is refused while the request
 * is validated (BAD_USER_INPUT), before a service or the database sees it.
 * Values come out lower-case, the form the database returns, so permission
 * checks comparing ids in memory cannot be fooled by spelling.
 */
export const UUIDScalar = new GraphQLScalarType({
  ...GraphQLUUID.toConfig(),
  description: 'A record id (UUID).',
  parseValue: (value) => String(GraphQLUUID.parseValue(value)).toLowerCase(),
  parseLiteral: (ast, variables) => String(GraphQLUUID.parseLiteral(ast, variables)).toLowerCase(),
});

/** A calendar day, `YYYY-MM-DD`; impossible days such as 2026-02-30 are refused at the edge. */
export const DateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: 'Date',
  description: 'A calendar day as `YYYY-MM-DD`, e.g. `2026-03-01`.',
});
