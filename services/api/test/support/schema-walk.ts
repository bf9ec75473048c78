import {
  astFromValue,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  print,
} from 'graphql';

/** An object or interface type with an `id` field: a record, as opposed to a wrapper such as a connection or `Tandem`. */
export const isRecordType = (type: GraphQLNamedType): boolean => (isObjectType(type) || isInterfaceType(type)) && 'id' in type.getFields();

/** Every concrete record type of the schema. */
export function recordTypeNames(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__') && isObjectType(t) && isRecordType(t))
    .map((t) => t.name)
    .sort();
}

/** One way to fill a root field's required arguments. */
export interface ArgumentSet {
  label: string;
  args: Record<string, unknown>;
  /** The record a direct lookup asks for. */
  target?: { type: string; id: string };
  /** Markers this operation may show to anyone, e.g. the invitee's own address to the holder of the invitation link. */
  allowedMarkers?: readonly string[];
}

export interface WalkOptions {
  /** How many record types deep a path may go; wrappers do not count. */
  maxRecordDepth: number;
  /** Fixture records of a record type, for required `id` arguments of lookups that return that type. */
  recordsOf(typeName: string): readonly { id: string; label: string }[];
  /** Argument sets for root fields with required arguments other than `id`. */
  rootArguments: Readonly<Record<string, readonly ArgumentSet[]>>;
  /** Values by argument name or `Type.field.argument`, e.g. the maximum page size for `first`. */
  argumentValues: Readonly<Record<string, unknown>>;
  /** Optional boolean arguments and input fields that widen an answer when true. */
  widening: ReadonlySet<string>;
}

export interface WalkOperation {
  /** Queries go over HTTP; subscriptions over the WebSocket, with an event the test triggers. */
  kind: 'query' | 'subscription';
  rootField: string;
  /** Root field and arguments, for messages. */
  label: string;
  query: string;
  variables: Record<string, unknown>;
  target?: ArgumentSet['target'];
  allowedMarkers: readonly string[];
  /** The same call without widening arguments, to run when the widened one is refused (e.g. "members only"). */
  fallback?: WalkOperation;
}

const isRequired = (arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined;

/**
 * Builds, from the schema alone, one operation per root query field and
 * argument value that selects every field of the returned type and follows
 * every object field down to `maxRecordDepth` record types. `problems` lists
 * what the walk cannot cover (a required argument nobody can fill, a subscription root).
 */
export function buildWalk(schema: GraphQLSchema, options: WalkOptions): { operations: WalkOperation[]; problems: string[] } {
  const problems = new Set<string>();
  const memo = new Map<string, string>();

  const valueFor = (parent: string, field: string, arg: GraphQLArgument): unknown =>
    options.argumentValues[`${parent}.${field}.${arg.name}`] ?? options.argumentValues[arg.name];

  /** Input object with every widening boolean set, or undefined when it has none. */
  const widenInput = (type: GraphQLInputType, seen = new Set<string>()): unknown => {
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return undefined;
    seen.add(named.name);
    const value: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      const inner = getNamedType(field.type);
      if (inner.name === 'Boolean' && options.widening.has(field.name)) value[field.name] = true;
      else if (isInputObjectType(inner)) {
        const nested = widenInput(field.type, seen);
        if (nested !== undefined) value[field.name] = nested;
      }
    }
    return Object.keys(value).length ? value : undefined;
  };

  /** Optional arguments: listed values (page sizes) always, widening ones when `widen`. */
  const optionalArguments = (parent: string, field: GraphQLField<unknown, unknown>, widen: boolean) => {
    const values: Record<string, unknown> = {};
    for (const arg of field.args) {
      if (isRequired(arg)) continue;
      const listed = valueFor(parent, field.name, arg);
      if (listed !== undefined) values[arg.name] = listed;
      else if (!widen) continue;
      else if (getNamedType(arg.type).name === 'Boolean' && options.widening.has(arg.name)) values[arg.name] = true;
      else {
        const input = widenInput(arg.type);
        if (input !== undefined) values[arg.name] = input;
      }
    }
    return values;
  };

  const literalArguments = (parent: string, field: GraphQLField<unknown, unknown>) => {
    const values = optionalArguments(parent, field, true);
    for (const arg of field.args.filter(isRequired)) {
      const value = valueFor(parent, field.name, arg);
      if (value === undefined)
        problems.add(`${parent}.${field.name}(${arg.name}: ${arg.type}) is required and the argument table has no value for it`);
      else values[arg.name] = value;
    }
    const printed = field.args
      .filter((arg) => arg.name in values)
      .map((arg) => {
        const ast = astFromValue(values[arg.name], arg.type);
        return ast ? `${arg.name}: ${print(ast)}` : '';
      })
      .filter(Boolean);
    return printed.length ? `(${printed.join(', ')})` : '';
  };

  const fieldSelection = (parent: GraphQLObjectType | GraphQLInterfaceType, field: GraphQLField<unknown, unknown>, depth: number) => {
    const named = getNamedType(field.type);
    const args = literalArguments(parent.name, field);
    if (isLeafType(named)) return `${field.name}${args}`;
    const sub = selectionOf(named, depth);
    return sub ? `${field.name}${args} { ${sub} }` : null;
  };

  /** The selection for a value of `type` under a parent at `depth` record types; null when it would go too deep. */
  const selectionOf = (type: GraphQLNamedType, parentDepth: number): string | null => {
    if (isUnionType(type)) {
      const members = type
        .getTypes()
        .map((member) => [member, selectionOf(member, parentDepth)] as const)
        .filter(([, s]) => s);
      return members.length ? `__typename ${members.map(([member, s]) => `... on ${member.name} { ${s} }`).join(' ')}` : null;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return null;
    const depth = parentDepth + (isRecordType(type) ? 1 : 0);
    if (depth > options.maxRecordDepth) return null;
    const key = `${type.name}@${depth}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const own = type.getFields();
    const parts = ['__typename', ...Object.values(own).map((field) => fieldSelection(type, field, depth))];
    if (isInterfaceType(type)) {
      for (const impl of schema.getPossibleTypes(type)) {
        const extra = Object.values(impl.getFields())
          .filter((field) => !(field.name in own))
          .map((field) => fieldSelection(impl, field, depth));
        parts.push(`... on ${impl.name} { __typename ${extra.filter(Boolean).join(' ')} }`);
      }
    }
    const selection = parts.filter(Boolean).join(' ');
    memo.set(key, selection);
    return selection;
  };

  const operations: WalkOperation[] = [];
  const query = schema.getQueryType();
  if (!query) return { operations, problems: ['The schema has no query type'] };
  const roots = [
    { kind: 'query' as const, type: query },
    ...(schema.getSubscriptionType() ? [{ kind: 'subscription' as const, type: schema.getSubscriptionType() as GraphQLObjectType }] : []),
  ];
  for (const { kind, type: root } of roots)
    for (const field of Object.values(root.getFields())) {
      const returned = getNamedType(field.type);
      const required = field.args.filter(isRequired);
      let sets: readonly ArgumentSet[];
      if (options.rootArguments[field.name]) sets = options.rootArguments[field.name] ?? [];
      else if (required.length === 0) sets = [{ label: '', args: {} }];
      else if (required.length === 1 && required[0]?.name === 'id' && isRecordType(returned)) {
        const types = isInterfaceType(returned) ? schema.getPossibleTypes(returned).map((t) => t.name) : [returned.name];
        sets = types.flatMap((type) =>
          options.recordsOf(type).map((r) => ({ label: r.label, args: { id: r.id }, target: { type, id: r.id } })),
        );
        if (sets.length === 0)
          problems.add(`${root.name}.${field.name}(id) returns ${returned.name}, and the fixture has no ${returned.name} to ask for`);
      } else {
        for (const arg of required)
          problems.add(`${root.name}.${field.name}(${arg.name}: ${arg.type}) is required and the argument table has no values for it`);
        continue;
      }
      for (const set of sets) {
        const missing = required.filter((arg) => !(arg.name in set.args));
        if (missing.length) {
          problems.add(`${root.name}.${field.name}: the argument table leaves ${missing.map((a) => a.name).join(', ')} empty`);
          continue;
        }
        const widened = optionalArguments(root.name, field, true);
        const plain = optionalArguments(root.name, field, false);
        const sub = isLeafType(returned) ? '' : selectionOf(returned, 0);
        if (sub === null) continue;
        const operation = (optional: Record<string, unknown>): WalkOperation => {
          const variables = { ...optional, ...set.args };
          const used = field.args.filter((arg) => arg.name in variables);
          const definitions = used.map((arg) => `$${arg.name}: ${arg.type}`).join(', ');
          const call = used.length ? `(${used.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
          const optionalLabel = Object.keys(optional).length ? ` ${JSON.stringify(optional)}` : '';
          return {
            kind,
            rootField: field.name,
            label: `${kind === 'subscription' ? 'subscription ' : ''}${field.name}${set.label ? `(${set.label})` : ''}${optionalLabel}`,
            query: `${kind} Walk${definitions ? `(${definitions})` : ''} { ${field.name}${call}${sub ? ` { ${sub} }` : ''} }`,
            variables,
            target: set.target,
            allowedMarkers: set.allowedMarkers ?? [],
          };
        };
        const widest = operation(widened);
        if (JSON.stringify(widened) !== JSON.stringify(plain)) widest.fallback = operation(plain);
        operations.push(widest);
      }
    }
  return { operations, problems: [...problems] };
}

/** What a response showed that its reader must not see. */
export interface Finding {
  kind: 'record' | 'marker' | 'id';
  /** JSON path from `data`. */
  path: string;
  /** The field that let it through: the nearest record type above it (or Query) and the fields below that record, e.g. `Measure.owners`. */
  edge: string;
  /** The forbidden record id, or the marker. */
  value: string;
}

export interface ScanRules {
  forbiddenIds: ReadonlySet<string>;
  /** Lower case. */
  forbiddenMarkers: readonly string[];
  /** `Type.field` whose values may name records without showing them, e.g. who made a change. */
  referenceFields: ReadonlySet<string>;
}

export interface ScanResult {
  findings: Finding[];
  /** Ids of every record object in the answer. */
  seenIds: Set<string>;
  /** Markers (lower case) found in any text. */
  seenMarkers: Set<string>;
  /** Record objects whose id the rules did not know. */
  unknown: { path: string; type: string; id: string }[];
}

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const markerPattern = /leak-\d{3}/g;

/**
 * Walks an answer's `data`. A forbidden record is reported once, at the field
 * that let it through; what lies inside it is not reported again. Markers and
 * ids in any text are reported where they appear outside forbidden records.
 */
export function scanData(rootField: string, data: unknown, rules: ScanRules, isKnown: (id: string) => boolean): ScanResult {
  const result: ScanResult = { findings: [], seenIds: new Set(), seenMarkers: new Set(), unknown: [] };
  const visit = (value: unknown, path: string, owner: string, rel: string, inside: boolean) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, `${path}[${i}]`, owner, rel, inside);
      });
      return;
    }
    if (typeof value === 'string') {
      const lower = value.toLowerCase();
      for (const marker of lower.match(markerPattern) ?? []) {
        result.seenMarkers.add(marker);
        if (!inside && rules.forbiddenMarkers.includes(marker))
          result.findings.push({ kind: 'marker', path, edge: `${owner}.${rel}`, value: marker });
      }
      if (!inside && !rules.referenceFields.has(`${owner}.${rel}`)) {
        for (const id of lower.match(uuid) ?? []) {
          if (rules.forbiddenIds.has(id)) result.findings.push({ kind: 'id', path, edge: `${owner}.${rel}`, value: id });
        }
      }
      return;
    }
    if (!value || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    const typename = typeof object.__typename === 'string' ? object.__typename : undefined;
    const isRecord = typename !== undefined && typeof object.id === 'string';
    let childOwner = owner;
    let childInside = inside;
    if (isRecord) {
      const id = object.id as string;
      result.seenIds.add(id);
      if (!isKnown(id)) result.unknown.push({ path, type: typename, id });
      if (!inside && rules.forbiddenIds.has(id)) {
        result.findings.push({ kind: 'record', path, edge: `${owner}.${rel}`, value: id });
        childInside = true;
      }
      childOwner = typename;
    }
    for (const [key, child] of Object.entries(object)) {
      if (key === '__typename' || (isRecord && key === 'id')) continue;
      visit(child, `${path}.${key}`, childOwner, isRecord || !rel ? key : `${rel}.${key}`, childInside);
    }
  };
  visit(data, rootField, 'Query', rootField, false);
  return result;
}

/** Runs tasks with at most `limit` at a time, keeping their order. */
export async function inBatches<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await run(items[index] as T);
      }
    }),
  );
  return results;
}
