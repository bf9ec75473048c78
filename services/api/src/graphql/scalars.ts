import { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate, GraphQLUUID } from 'graphql-scalars';
import { formatCents } from '../shared/money.js';

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

/**
 * An amount of euros, exact to the cent, as a decimal string with two places
 * (`"52440.30"`). Held as integer cents; never a float.
 */
export const MoneyScalar = new GraphQLScalarType<string, string>({
  name: 'Money',
  description: 'Euros exact to the cent, as a decimal string with two places, e.g. `"52440.30"`.',
  serialize: (value) => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return formatCents(value);
    throw new TypeError('Money is serialised from integer cents');
  },
  parseValue: () => {
    throw new TypeError('Money is an output type; inputs take amounts as strings');
  },
  parseLiteral: () => {
    throw new TypeError('Money is an output type; inputs take amounts as strings');
  },
});
