import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isListType,
  Kind,
  type ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { Actor } from '../auth/actor.js';
import { ensure, policy } from '../auth/policy.js';
import type { Config } from '../config/config.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { MAX_CONNECTION_PAGE, MAX_PAGE } from './lists.js';

/** The limits every operation is held to, over HTTP and over the socket alike. */
export type OperationLimits = Config['graphql'];

type LimitReason = 'DEPTH_LIMIT' | 'ALIAS_LIMIT' | 'DIRECTIVE_LIMIT' | 'TOKEN_LIMIT' | 'COST_LIMIT';

/** The typed error for an operation beyond a limit; it names the limit and the value found. */
export function limitError(reason: LimitReason, message: string, details: { limit: number; found?: number }): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, { reason, details });
}

/** A DomainError as graphql-js and Apollo carry errors, answered with HTTP 400. */
export function asGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
}

/** Reports an armor rule's rejection as our typed error, with the numbers it printed. */
const reject =
  (reason: LimitReason, limit: number) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? Number.NaN);
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(asGraphQLError(limitError(reason, message, { limit, ...(Number.isFinite(found) ? { found } : {}) })));
  };

/**
 * Depth, alias and directive limits as validation rules (graphql-armor).
 * Introspection is held to the same depth: a fragment or field named
 * `__schema` buys no exemption.
 */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  if (!limits.limitsEnabled) return [];
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      ignoreIntrospection: false,
      flattenFragments: true,
      onReject: [reject('DEPTH_LIMIT', limits.maxDepth)],
    }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: [reject('ALIAS_LIMIT', limits.maxAliases)] }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: [reject('DIRECTIVE_LIMIT', limits.maxDirectives)] }),
  ];
}

/** Options for graphql-js's parser: too many tokens stop parsing early. */
export function parseOptions(limits: OperationLimits) {
  return limits.limitsEnabled ? { maxTokens: limits.maxTokens } : {};
}

/**
 * How many items a list field may return: its `first` argument (a page
 * beyond the maximum is refused by the field itself, with the field named),
 * or its declared bound.
 */
function listSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, connection: boolean): number | undefined {
  const first = args.first;
  if (typeof first === 'number') return Math.max(0, Math.min(first, connection ? MAX_CONNECTION_PAGE : MAX_PAGE));
  const declared = field.args.find((a) => a.name === 'first')?.defaultValue;
  if (typeof declared === 'number') return declared;
  const maxItems = field.extensions?.maxItems;
  return typeof maxItems === 'number' ? maxItems : undefined;
}

/**
 * The estimated cost of a field: every object counts one, and a list (or a
 * connection) counts its page size times what each item costs; a field
 * with a `flatCost` extension costs that, whatever it holds.
 */
const estimateObjects: ComplexityEstimator = ({ field, args, childComplexity }) => {
  // A field read whole by a fixed number of statements and cached (the network graph) declares its cost.
  const flatCost = field.extensions?.flatCost;
  if (typeof flatCost === 'number') return flatCost;
  const type = getNullableType(field.type);
  const named = getNamedType(field.type);
  const isObject = !('serialize' in named);
  const perItem = (isObject ? 1 : 0) + childComplexity;
  const connection = named.name.endsWith('Connection');
  const size = isListType(type) || connection ? listSize(field, args, connection) : undefined;
  return size === undefined ? perItem : size * perItem;
};

/** The estimated cost of an operation with its variables; see `estimateObjects`. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  const operation = getOperationAST(document, operationName);
  // Invalid variables are reported by execution, with the field at fault; there is nothing to estimate.
  if (!operation || getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors) return 0;
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: [estimateObjects] });
  } catch {
    // Too large even to estimate (graphql-query-complexity stops after 10,000 nodes).
    return Number.POSITIVE_INFINITY;
  }
}

/** Whether a document asks the schema about itself (`__schema`, `__type`), in any fragment. */
export function isIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/**
 * Text PostgreSQL cannot store: NUL bytes, and lone UTF-16 surrogates (JSON
 * allows `"\ud83d"`, jsonb does not). Refused where it enters.
 */
const unstorable = (text: string) => text.includes('\u0000') || !text.isWellFormed();

function containsUnstorable(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return unstorable(value);
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => containsUnstorable(v, depth + 1));
}

/** What a document is, whatever its variables: computed once per parsed document (Apollo and the socket keep them). */
interface DocumentFacts {
  unstorable: boolean;
  introspection: boolean;
  /** Estimated costs by the variables' JSON, a few per document. */
  costs: Map<string, number>;
}

const facts = new WeakMap<DocumentNode, DocumentFacts>();

function factsOf(document: DocumentNode): DocumentFacts {
  let known = facts.get(document);
  if (!known) {
    let unstorableText = false;
    visit(document, {
      [Kind.STRING](node) {
        if (unstorable(node.value)) unstorableText = true;
      },
    });
    known = { unstorable: unstorableText, introspection: isIntrospection(document), costs: new Map() };
    facts.set(document, known);
  }
  return known;
}

/**
 * The checks that depend on the variables and on who asks, run for every
 * operation after validation: characters, introspection, estimated cost.
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  actor: Actor,
  limits: OperationLimits,
): void {
  const known = factsOf(document);
  if (known.unstorable || containsUnstorable(variables)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Text must not contain NUL characters or broken Unicode', {
      reason: 'INVALID_CHARACTERS',
    });
  }
  if (limits.introspection !== 'everyone' && known.introspection) {
    const allowed = limits.introspection === 'members' && policy.readInternal(actor);
    ensure(allowed, actor, 'Introspection is not available');
  }
  if (!limits.limitsEnabled) return;
  const key = `${operationName ?? ''}:${variables ? JSON.stringify(variables) : ''}`;
  let cost = known.costs.get(key);
  if (cost === undefined) {
    cost = operationCost(schema, document, variables, operationName);
    // Variables vary per request; keep the estimates of a few, not of every page a client asks for.
    if (known.costs.size < 20 && key.length < 1000) known.costs.set(key, cost);
  }
  if (cost > limits.maxCost) {
    const estimate = Number.isFinite(cost) ? `estimated ${cost}` : 'too large to estimate';
    throw limitError('COST_LIMIT', `Query cost limit of ${limits.maxCost} exceeded, ${estimate}.`, {
      limit: limits.maxCost,
      ...(Number.isFinite(cost) ? { found: cost } : {}),
    });
  }
}
