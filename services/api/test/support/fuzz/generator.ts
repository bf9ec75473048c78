import {
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import type { Random } from '../../../src/seed/random.js';
import {
  EnumValue,
  type FuzzValue,
  hostileDates,
  hostileFloats,
  hostileIds,
  hostileInts,
  hostileStrings,
  invalidInts,
  isJsonSafe,
  printLiteral,
  toJson,
  validDates,
  wrongTyped,
} from './values.js';
import type { FuzzWorld, PoolRecord } from './world.js';

export type RootKind = 'query' | 'mutation' | 'subscription';

/** One generated operation, ready to send. */
export interface FuzzOperation {
  kind: RootKind;
  /** The root field it calls, as `Type.field`. */
  field: string;
  text: string;
  variables: Record<string, unknown>;
  /** The root field's named type, e.g. `Agreement`. */
  returns?: string;
  /** The existing record the operation acts on, when it names one. */
  recordId?: string;
}

export interface GeneratorOptions {
  /** The fixture accounts' password, so that some logins and password changes are valid. */
  password: string;
}

/** Where a value goes: the argument or input field's name, the field it belongs to, and whether that is a root field. */
interface Hint {
  name: string;
  field: string;
  atRoot: boolean;
}

/** Words of names that point at another table than their own. */
const tableAliases: Record<string, string | readonly string[]> = {
  goal: 'integration_goal',
  user: 'app_user',
  parent: 'body',
  merged_into: 'body',
  reference_entry: ['field_of_action', 'district', 'language', 'target_group'],
};

const entityTypes = ['Organisation', 'Person', 'Body', 'Measure', 'Agreement', 'User', 'IntegrationGoal', 'Membership', 'Invitation', 'x'];

/** Arguments that name the record an operation acts on. */
const isRecordId = (name: string) => name === 'id' || name === 'userId';

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Generates operations from a schema with a seeded random source: a root field
 * of `Query`, `Mutation` or `Subscription` (weighted by its arguments), and a
 * selection of random depth and breadth with aliases, named and inline
 * fragments (on every type an interface has), `__typename` and duplicated
 * fields. Each operation has a mode:
 *
 * - clean: ids of real records of the right table, enum values, complete input
 *   objects, real dates;
 * - one: the same, with exactly one hostile value that GraphQL still accepts
 *   (a non-UUID id, a NUL byte, an impossible date, a 32-bit edge, a list of
 *   10,000 items), which is where most server bugs show;
 * - hostile: many such values;
 * - broken: a document GraphQL itself must refuse (wrong types, nulls, missing
 *   or unknown arguments and fields, wrongly declared or missing variables,
 *   cut-off text).
 *
 * Values go in as literals or as variables. Every choice comes from `random`,
 * and ids are picked by position from the world's pools, so one seed yields
 * the same sequence on every run.
 */
export class OperationGenerator {
  private readonly roots: { kind: RootKind; type: GraphQLObjectType; weight: number }[];

  // State of the operation being built.
  /** How often values are hostile but of the right GraphQL type (so they reach the resolvers). */
  private hostility = 0;
  /** How often the document itself is wrong: wrong types, missing or unknown arguments, bad variables. */
  private brokenness = 0;
  /** At most one hostile value in this operation. */
  private singleHarm = false;
  private maxDepth = 3;
  private maxBreadth = 3;
  private wide = false;
  private variables: { name: string; type: string; value: FuzzValue; provided: boolean }[] = [];
  private fragments: string[] = [];
  private aliases = 0;
  private chosen: { table: string; record: PoolRecord } | undefined;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly world: FuzzWorld,
    private readonly options: GeneratorOptions,
  ) {
    const roots: { kind: RootKind; type: GraphQLObjectType | null | undefined; weight: number }[] = [
      { kind: 'query', type: schema.getQueryType(), weight: 0.5 },
      { kind: 'mutation', type: schema.getMutationType(), weight: 0.45 },
      { kind: 'subscription', type: schema.getSubscriptionType(), weight: 0.15 },
    ];
    this.roots = roots.filter((r): r is { kind: RootKind; type: GraphQLObjectType; weight: number } => !!r.type);
  }

  /** The next operation of the sequence. */
  next(): FuzzOperation {
    const r = this.random;
    // Most bugs hide behind valid input with one bad value in it, so that mode is the most common.
    const mode = r.pick(['clean', 'clean', 'clean', 'one', 'one', 'one', 'one', 'hostile', 'broken', 'broken'] as const);
    this.hostility = mode === 'clean' ? 0 : mode === 'one' ? 0.5 : r.pick([0.35, 0.7, 1]);
    this.singleHarm = mode === 'one';
    this.brokenness = mode === 'broken' ? r.pick([0.5, 1]) : 0;
    // Wide selections take every field (and most nested objects) to a small depth, reaching every resolver there.
    this.wide = r.chance(0.2);
    this.maxDepth = this.wide ? r.int(2, 4) : r.int(1, 6);
    this.maxBreadth = r.int(1, 6);
    this.startOperation();

    const root = this.pickRoot();
    const field = this.pickField(root.type);
    const rootFields = [this.fieldText(field, 1, true)];
    // Queries may ask for several things at once; mutations stay single so a refusal is unambiguous.
    if (root.kind === 'query' && r.chance(0.1))
      rootFields.push(r.chance(0.5) ? '__typename' : this.fieldText(this.pickField(root.type), 1, true));
    const operation = this.assemble(root.kind, `${root.type.name}.${field.name}`, rootFields);
    operation.text = this.breakDocument(operation.text, root.kind, operation.variables);
    operation.returns = getNamedType(field.type).name;
    operation.recordId = this.chosen?.record.id;
    return operation;
  }

  /**
   * Sometimes (for half the calls) a clean, wide read of a record just written,
   * through the query field that loads that type by id: fresh state is where
   * resolvers meet relations they have not loaded.
   */
  readBack(typeName: string, id: string): FuzzOperation | undefined {
    const query = this.schema.getQueryType();
    if (!query || !this.random.chance(0.5)) return undefined;
    const field = Object.values(query.getFields()).find(
      (f) => getNamedType(f.type).name === typeName && f.args.length === 1 && f.args[0]?.name === 'id',
    );
    if (!field) return undefined;
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) return undefined;
    this.hostility = this.brokenness = 0;
    this.singleHarm = false;
    this.wide = true;
    this.maxDepth = this.random.int(3, 4);
    this.maxBreadth = 6;
    this.startOperation();
    const text = `${field.name}(id: ${this.place(id, field.args[0]!.type)}) ${this.selectionSet(named, 2)}`;
    return this.assemble('query', `Query.${field.name}`, [text]);
  }

  private startOperation() {
    this.variables = [];
    this.fragments = [];
    this.aliases = 0;
    this.chosen = undefined;
  }

  /** The document around the root fields: operation type, name, variable definitions, fragments. */
  private assemble(kind: RootKind, field: string, rootFields: string[]): FuzzOperation {
    const r = this.random;
    const definitions = this.variables.map((v) => `$${v.name}: ${v.type}`).join(', ');
    const name = r.chance(0.4) ? ` Fuzz${r.int(1, 9999)}` : '';
    const body = `{ ${rootFields.join(' ')} }`;
    const shorthand = kind === 'query' && !definitions && !name && r.chance(0.5);
    let text = shorthand ? body : `${kind}${name}${definitions ? `(${definitions})` : ''} ${body}`;
    if (this.fragments.length) text += `\n${this.fragments.join('\n')}`;
    const variables: Record<string, unknown> = {};
    for (const v of this.variables) if (v.provided) variables[v.name] = toJson(v.value);
    return { kind, field, text, variables };
  }

  private pickRoot() {
    const total = this.roots.reduce((sum, r) => sum + r.weight, 0);
    let x = this.random.next() * total;
    for (const root of this.roots) {
      x -= root.weight;
      if (x < 0) return root;
    }
    return this.roots[0]!;
  }

  /** A root field, weighted by its number of arguments: that is where most input reaches the server. */
  private pickField(type: GraphQLObjectType): GraphQLField<unknown, unknown> {
    const fields = Object.values(type.getFields());
    const total = fields.reduce((sum, f) => sum + 1 + f.args.length, 0);
    let x = this.random.next() * total;
    for (const field of fields) {
      x -= 1 + field.args.length;
      if (x < 0) return field;
    }
    return fields[0]!;
  }

  /** Whether to use a hostile value that GraphQL still accepts; `weight` scales the operation's hostility. */
  private harm(weight: number): boolean {
    const yes = this.random.next() < this.hostility * weight;
    if (yes && this.singleHarm) this.hostility = 0;
    return yes;
  }

  /** Whether to break the document (GraphQL itself must refuse it); `weight` scales the operation's brokenness. */
  private breakage(weight: number): boolean {
    return this.random.next() < this.brokenness * weight;
  }

  /** Rarely, a document that is not valid GraphQL or not a valid operation at all. */
  private breakDocument(text: string, kind: RootKind, variables: Record<string, unknown>): string {
    if (!this.breakage(0.1)) return text;
    switch (this.random.int(0, 4)) {
      case 0:
        return text.slice(0, this.random.int(0, text.length - 1));
      case 1:
        return text.replace(/^(query|mutation|subscription)?/, kind === 'query' ? 'mutation' : 'query');
      case 2:
        variables.unused = 1;
        return text.replace(/\{/, '{ __typename @include(if: $undeclared) ');
      case 3:
        return `${text}\nquery Second { __typename }`;
      default:
        return text.replace(/\{/, '{ __typename @skip(if: true) @skip(if: false) ');
    }
  }

  // Selections

  private fieldText(field: GraphQLField<unknown, unknown>, depth: number, atRoot: boolean): string {
    const r = this.random;
    const named = getNamedType(field.type);
    const alias = r.chance(0.12) ? `a${this.aliases++}: ` : '';
    const args = this.argumentsText(field.args, { field: field.name, atRoot });
    let selection = '';
    if (isCompositeType(named)) {
      selection = this.breakage(0.03) ? '' : ` ${this.selectionSet(named, depth + 1)}`;
    } else if (this.breakage(0.02)) {
      selection = ' { id }';
    }
    return `${alias}${field.name}${args}${selection}`;
  }

  private selectionSet(type: GraphQLCompositeType, depth: number): string {
    const r = this.random;
    const items: string[] = [];
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = Object.values(type.getFields());
      const candidates = depth < this.maxDepth ? fields : fields.filter((f) => isLeafType(getNamedType(f.type)));
      const chosen = this.wide
        ? candidates.filter((f) => isLeafType(getNamedType(f.type)) || r.chance(0.6))
        : r.sample(candidates, r.int(1, Math.min(candidates.length, this.maxBreadth)));
      if (candidates.length) {
        for (const field of chosen) {
          const text = this.fieldText(field, depth, false);
          items.push(text);
          if (r.chance(0.05)) items.push(text);
        }
      }
    }
    if (isInterfaceType(type) || isUnionType(type)) {
      for (const possible of this.schema.getPossibleTypes(type)) {
        if (r.chance(0.5)) items.push(`... on ${possible.name} ${this.selectionSet(possible, depth)}`);
      }
    }
    if (isObjectType(type) && r.chance(0.05)) items.push(`... on ${type.name} ${this.selectionSet(type, depth)}`);
    if (r.chance(0.07)) {
      const name = `F${this.fragments.length}_${type.name}`;
      this.fragments.push('');
      const index = this.fragments.length - 1;
      this.fragments[index] = `fragment ${name} on ${type.name} ${this.selectionSet(type, depth)}`;
      items.push(`...${name}`);
    }
    if (r.chance(0.15) || items.length === 0) items.push('__typename');
    return `{ ${items.join(' ')} }`;
  }

  // Arguments and values

  private argumentsText(args: readonly GraphQLArgument[], where: { field: string; atRoot: boolean }): string {
    const parts: string[] = [];
    // The record's id first, so that its `version` and a matching `kind` can follow; GraphQL does not mind the order.
    const ordered = [...args].sort((a, b) => Number(isRecordId(b.name)) - Number(isRecordId(a.name)));
    for (const arg of ordered) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (required ? this.breakage(0.08) : !this.random.chance(0.7)) continue;
      const value = this.inputValue(arg.type, { name: arg.name, ...where });
      parts.push(`${arg.name}: ${this.place(value, arg.type)}`);
    }
    if (this.breakage(0.03)) parts.push('nope: 1');
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  /** Writes a value as a literal or as a variable of the argument's type (sometimes declared wrongly, sometimes not sent). */
  private place(value: FuzzValue, type: GraphQLInputType): string {
    const r = this.random;
    if (!isJsonSafe(value) || r.chance(0.5)) return printLiteral(value);
    const name = `v${this.variables.length}`;
    let declared = String(type);
    if (this.breakage(0.06)) declared = r.pick(['String', 'Int!', 'ID', '[String]', 'Boolean!', declared.replace(/!$/, '')]);
    this.variables.push({ name, type: declared, value, provided: !this.breakage(0.04) });
    return `$${name}`;
  }

  private inputValue(type: GraphQLInputType, hint: Hint): FuzzValue {
    const r = this.random;
    if (isNonNullType(type)) {
      if (this.breakage(0.05)) return null;
      return this.inputValue(type.ofType, hint);
    }
    if (this.breakage(0.05)) return r.pick(wrongTyped);
    if (isListType(type)) {
      if (this.harm(0.06)) {
        // One plain item, repeated: the size is the attack, not the item.
        const [hostility, brokenness] = [this.hostility, this.brokenness];
        this.hostility = this.brokenness = 0;
        const item = this.inputValue(type.ofType, hint);
        [this.hostility, this.brokenness] = [hostility, brokenness];
        return Array.from({ length: 10_000 }, () => item);
      }
      if (this.breakage(0.05)) return [null];
      // Lists of input objects are mostly parties or channels, where one is rarely enough.
      const min = isInputObjectType(getNamedType(type.ofType)) ? 1 : 0;
      return Array.from({ length: r.int(min, 3) }, () => this.inputValue(type.ofType, hint));
    }
    if (isInputObjectType(type)) return this.inputObject(type, hint);
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      if (this.breakage(0.1)) return r.pick([new EnumValue('NOPE'), r.pick(values), new EnumValue(r.pick(values).toLowerCase())]);
      const matching = this.chosen && values.find((v) => v === this.chosen?.table.toUpperCase());
      if (matching && r.chance(0.8)) return new EnumValue(matching);
      return new EnumValue(r.pick(values));
    }
    switch (type.name) {
      case 'ID':
        return this.idValue(hint);
      case 'String':
        return this.stringValue(hint);
      case 'Int':
        return this.intValue(hint);
      case 'Float':
        return this.floatValue(hint);
      case 'Boolean':
        return this.breakage(0.2) ? r.pick<FuzzValue>(['true', 1, 0]) : r.chance(0.5);
      case 'DateTimeISO':
        return this.breakage(0.4)
          ? r.pick<FuzzValue>(['2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', 'now', '', 1])
          : new Date(Date.UTC(2025, r.int(0, 11), r.int(1, 28))).toISOString();
      case 'JSONObject':
        return this.breakage(0.4) ? r.pick<FuzzValue>([[1], 'x', 1]) : {};
      default:
        return this.breakage(0.4) ? r.pick(hostileStrings) : 'x';
    }
  }

  private inputObject(type: GraphQLInputObjectType, hint: Hint): FuzzValue {
    const out: Record<string, FuzzValue> = {};
    // Inputs are shared by create and update; creating needs most of the optional fields.
    const creating = /^(create|add|invite)/.test(hint.field);
    for (const field of Object.values(type.getFields())) {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      if (required ? this.breakage(0.1) : !this.random.chance(creating ? 0.8 : 0.5)) continue;
      out[field.name] = this.inputValue(field.type, { ...hint, name: field.name, atRoot: false });
    }
    if (this.breakage(0.04)) out.nope = 'x';
    return out;
  }

  private idValue(hint: Hint): FuzzValue {
    const r = this.random;
    const table = this.tableFor(hint);
    const pool = table ? this.world.records(table) : this.world.tables.flatMap((t) => this.world.records(t));
    if (pool.length === 0 && !this.harm(0.5)) return this.randomUuid();
    if (pool.length === 0 || this.harm(0.5)) {
      const any = this.world.tables.flatMap((t) => this.world.records(t));
      const valid = any.length ? r.pick(any).id : '00000000-0000-4000-8000-000000000000';
      return r.pick<FuzzValue>([...hostileIds, valid.toUpperCase(), ` ${valid}`, `${valid}\u0000`, `${valid}x`, valid]);
    }
    const record = r.pick(pool);
    if (table && hint.atRoot && isRecordId(hint.name)) this.chosen = { table, record };
    return record.id;
  }

  /** A well-formed id that names nothing. */
  private randomUuid(): string {
    const hex = (n: number) => Array.from({ length: n }, () => this.random.pick([...'0123456789abcdef'])).join('');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
  }

  /** The table an id argument points at, from its name (`bodyId`, `goalIds`) or, for `id`, the root field (`updateMembership`). */
  private tableFor(hint: Hint): string | undefined {
    const base = hint.name === 'id' ? hint.field.replace(/^[a-z]+(?=[A-Z])/, '') : hint.name.replace(/Ids?$/, '');
    const words = snake(base).split('_');
    const tables = new Set(this.world.tables);
    for (let length = words.length; length > 0; length--) {
      for (let start = 0; start + length <= words.length; start++) {
        const candidate = words.slice(start, start + length).join('_');
        const alias = tableAliases[candidate];
        if (typeof alias === 'string') return alias;
        if (alias) return this.random.pick(alias);
        if (tables.has(candidate)) return candidate;
      }
    }
    return undefined;
  }

  private stringValue(hint: Hint): FuzzValue {
    const r = this.random;
    const name = hint.name;
    const dateish = /^(on|at)$|On$|From$|To$|Date$/.test(name);
    if (this.harm(0.5)) return dateish && r.chance(0.7) ? r.pick(hostileDates) : r.pick(hostileStrings);
    if (dateish) {
      // Starts before ends, so that most valid periods are valid as a whole.
      const half = Math.ceil(validDates.length / 2);
      if (/From$|^(signed|start|founded)On$/.test(name)) return r.pick(validDates.slice(0, half));
      if (/To$|^(due|notice|ended)On$/.test(name)) return r.pick(validDates.slice(half - 1));
      return r.pick(validDates);
    }
    const taken = this.world.taken;
    if (/email/i.test(name)) return taken.emails.length && r.chance(0.5) ? r.pick(taken.emails) : `fuzz${r.int(1, 999)}@test.example`;
    if (/password/i.test(name)) return r.chance(0.7) ? this.options.password : `another password ${r.int(1, 99)}`;
    if (name === 'token') return this.randomUuid().replaceAll('-', '');
    if (/website|url/i.test(name)) return `https://example.org/${r.int(1, 99)}`;
    if (name === 'search') return r.pick(['Sprach', 'Caritas', 'a', 'ü', 'Beratung Frauen']);
    if (name === 'after') return r.pick(['', 'MA==', 'eyJpZCI6MX0=', 'bm90IGEgY3Vyc29y']);
    if (name === 'entityType') return r.pick(entityTypes);
    if (name === 'code') return taken.codes.length && r.chance(0.4) ? r.pick(taken.codes) : `c${r.int(1, 9999)}`;
    if (/^(name|title|displayName|shortName)$/.test(name)) {
      return taken.names.length && r.chance(0.3) ? r.pick(taken.names) : `Fuzz ${r.int(1, 99_999)}`;
    }
    if (name === 'postalCode') return '04109';
    if (name === 'value') return r.pick(['info@example.org', '+49 341 123456']);
    return r.pick(['Koordination', 'Fuzz text', 'Beratung für Geflüchtete', 'Träger']);
  }

  private intValue(hint: Hint): FuzzValue {
    const r = this.random;
    const name = hint.name;
    if (this.breakage(0.3)) return r.pick(invalidInts);
    if (this.harm(0.4)) return r.pick(hostileInts);
    if (name === 'version') {
      const current = this.chosen?.record.version;
      return current === undefined ? r.int(1, 3) : r.chance(0.85) ? current : current - 1;
    }
    if (name === 'first' || name === 'limit') return r.int(1, 100);
    if (name === 'offset') return r.int(0, 5);
    if (name === 'number') return r.int(1, 20);
    if (name === 'progress') return r.int(0, 100);
    if (/Weeks$/.test(name)) return r.int(1, 12);
    if (/Days$/.test(name)) return r.int(1, 365);
    return r.int(0, 10);
  }

  private floatValue(hint: Hint): FuzzValue {
    const r = this.random;
    if (this.harm(0.4)) return r.pick(hostileFloats);
    if (hint.name === 'latitude') return 51.3 + r.next() / 10;
    if (hint.name === 'longitude') return 12.3 + r.next() / 10;
    return r.int(0, 100);
  }
}
