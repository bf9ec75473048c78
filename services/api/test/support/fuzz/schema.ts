import { createRequire } from 'node:module';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { createSchema } from '../../../src/graphql/schema.js';

const require = createRequire(import.meta.url);

/**
 * The server's schema, rebuilt in this module's copy of graphql. type-graphql
 * builds it with graphql's CommonJS entry while Vitest gives test code the ESM
 * one, and graphql's type checks refuse types from the other copy; printing to
 * SDL and parsing it back crosses over without losing a field or its order.
 */
export async function liveSchema(): Promise<GraphQLSchema> {
  const { printSchema } = require('graphql') as typeof import('graphql');
  return buildSchema(printSchema(await createSchema()));
}
