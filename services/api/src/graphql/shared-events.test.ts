import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkSharedResults, subscribeShared } from './shared-events.js';

function schemaWith(eventFields: ConstructorParameters<typeof GraphQLObjectType>[0]['fields'], calls: { n: number }, events: object[]) {
  const Event = new GraphQLObjectType({ name: 'Event', fields: eventFields });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        events: {
          type: Event,
          extensions: { sharedResult: true },
          subscribe: async function* () {
            for (const e of events) yield e;
          },
          resolve: (e: { seq: number }) => {
            calls.n += 1;
            return e;
          },
        },
      },
    }),
  });
}

describe('shared subscription results', () => {
  it('executes each event once for every subscriber of the same operation', async () => {
    const calls = { n: 0 };
    const events = [{ seq: 1 }, { seq: 2 }];
    const schema = schemaWith({ seq: { type: GraphQLInt } }, calls, events);
    const document = parse('subscription { events { seq } }');
    const seen: number[][] = [];
    for (let subscriber = 0; subscriber < 3; subscriber++) {
      const stream = (await subscribeShared({ schema, document })) as AsyncIterableIterator<{ data: { events: { seq: number } } }>;
      const got: number[] = [];
      for await (const r of stream) got.push(r.data.events.seq);
      seen.push(got);
    }
    expect(seen).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    expect(calls.n).toBe(2);
  });

  it('refuses a shared subscription whose type has objects or arguments that could be read per recipient', () => {
    const Person = new GraphQLObjectType({ name: 'Person', fields: { name: { type: GraphQLString } } });
    expect(() => checkSharedResults(schemaWith({ seq: { type: GraphQLInt } }, { n: 0 }, []))).not.toThrow();
    expect(() => checkSharedResults(schemaWith({ author: { type: Person } }, { n: 0 }, []))).toThrow(/plain fields/);
    expect(() => checkSharedResults(schemaWith({ seq: { type: GraphQLInt, args: { x: { type: GraphQLInt } } } }, { n: 0 }, []))).toThrow(
      /plain fields/,
    );
  });
});
