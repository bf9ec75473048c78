import { getNamedType, getNullableType, isInterfaceType, isListType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from './schema.js';

describe('list fields of the schema', () => {
  it('each has a page size (a `first` argument with a default) or a declared bound, or is a connection', async () => {
    const schema = await createSchema();
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        const nullable = getNullableType(field.type);
        const connection = getNamedType(field.type).name.endsWith('Connection');
        if (!isListType(nullable) && !connection) continue;
        // A connection's edges are its page: bounded by the `first` of the field that returned the connection.
        if (type.name.endsWith('Connection') && field.name === 'edges') continue;
        const first = field.args.find((a) => a.name === 'first');
        const paged = typeof first?.defaultValue === 'number';
        const bounded = typeof field.extensions?.maxItems === 'number';
        if (!paged && !bounded) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
  });
});
