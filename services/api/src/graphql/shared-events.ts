import {
  createSourceEventStream,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isLeafType,
  isObjectType,
  subscribe,
} from 'graphql';

/**
 * Extensions for a subscription field whose answer to an event depends on
 * the event and the operation only, never on who receives it: the live
 * events of meetings and task boards, which carry plain data. Who may
 * receive an event at all is decided before (the read rules, per
 * recipient, in the live events). `@Extensions(sharedResult)`.
 */
export const sharedResult = { sharedResult: true } as const;

/** Results per event and operation text: every subscriber of the same operation gets the one result. */
const results = new WeakMap<object, Map<string, Promise<ExecutionResult> | ExecutionResult>>();

/**
 * graphql-ws's `subscribe`: for `sharedResult` fields, each event is
 * executed once per distinct operation (text, variables) instead of once per
 * subscriber; a thousand people following a meeting cost one execution per
 * event. Other subscriptions run as graphql-js runs them.
 */
export async function subscribeShared(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  if (!isShared(args)) return subscribe(args);
  const source = await createSourceEventStream(args);
  if (!isAsyncIterator(source)) return source as ExecutionResult;
  const key = `${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}\u0000${operationText(args)}`;
  const shared: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const step = await source.next();
      if (step.done) return step;
      const event = step.value as object;
      let perEvent = results.get(event);
      if (!perEvent) {
        perEvent = new Map();
        results.set(event, perEvent);
      }
      let result = perEvent.get(key);
      if (!result) {
        result = execute({ ...args, rootValue: event });
        perEvent.set(key, result);
      }
      return { value: await result, done: false };
    },
    // Ending the subscription ends the source at once, even while it waits for the next event.
    async return() {
      await source.return?.();
      return { value: undefined, done: true as const };
    },
    async throw(error?: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return shared;
    },
  };
  return shared;
}

/** The operation's source text, parsed once per subscription: the key of its shared results. */
const texts = new WeakMap<object, string>();
function operationText(args: ExecutionArgs): string {
  let text = texts.get(args.document);
  if (!text) {
    text = args.document.loc?.source.body ?? JSON.stringify(args.document);
    texts.set(args.document, text);
  }
  return text;
}

function isShared(args: ExecutionArgs): boolean {
  const operation = getOperationAST(args.document, args.operationName);
  const root = args.schema.getSubscriptionType();
  if (operation?.operation !== 'subscription' || !root) return false;
  const selections = operation.selectionSet.selections;
  if (selections.length !== 1 || selections[0]?.kind !== 'Field') return false;
  return !!root.getFields()[selections[0].name.value]?.extensions.sharedResult;
}

function isAsyncIterator(value: unknown): value is AsyncIterator<unknown> {
  return typeof (value as AsyncIterator<unknown> | null)?.next === 'function';
}

/**
 * Refuses a schema in which a `sharedResult` subscription returns anything
 * but plain values: every field of its type must be a scalar or enum
 * without arguments. A nested object or an argument could be read per
 * recipient, and a shared result would hand one person's answer to everyone.
 */
export function checkSharedResults(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    if (!field.extensions.sharedResult) continue;
    const type = getNamedType(field.type);
    const plain =
      isObjectType(type) && Object.values(type.getFields()).every((f) => f.args.length === 0 && isLeafType(getNamedType(f.type)));
    if (!plain) throw new Error(`Subscription.${field.name} shares its results, so ${type.name} may only have plain fields`);
  }
  return schema;
}
