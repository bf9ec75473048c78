import {
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  GraphQLIncludeDirective,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getDirectiveValues,
  getNamedType,
  type InlineFragmentNode,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/**
 * What a query selects of the record a field returns: its field names and,
 * for object fields, what they select in turn. Read models use it to read
 * only the columns an answer needs.
 */
export interface Selection {
  readonly fields: ReadonlySet<string>;
  /** The selection of one object field, or undefined when it is not selected. */
  sub(field: string): Selection | undefined;
  /** Whether a selected field is asked with arguments anywhere (then its defaults may not apply). */
  hasArguments(field: string): boolean;
  /** A stable text for this selection, to tell loaders of different selections apart. */
  readonly key: string;
}

class FieldSelection implements Selection {
  readonly fields: Set<string>;
  readonly key: string;

  constructor(
    private readonly children: Map<string, FieldSelection>,
    private readonly withArguments: ReadonlySet<string> = new Set(),
  ) {
    this.fields = new Set(children.keys());
    this.key = [...children.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, child]) => `${name}${withArguments.has(name) ? '()' : ''}${child.fields.size ? `{${child.key}}` : ''}`)
      .join(',');
  }

  sub(field: string): Selection | undefined {
    return this.children.get(field);
  }

  hasArguments(field: string): boolean {
    return this.withArguments.has(field);
  }
}

/** Fragments and type conditions are flattened: a field counts as selected when any branch selects it. */
function collect(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  into: Map<string, SelectionSetNode[]>,
  withArguments: Set<string>,
  visited: Set<string>,
): void {
  if (!selectionSet) return;
  for (const node of selectionSet.selections) {
    if (node.kind === Kind.FIELD) {
      if (node.name.value.startsWith('__')) continue;
      const list = into.get(node.name.value) ?? [];
      if (node.selectionSet) list.push(node.selectionSet);
      into.set(node.name.value, list);
      if (node.arguments?.length) withArguments.add(node.name.value);
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      collect(node.selectionSet, fragments, into, withArguments, visited);
    } else if (!visited.has(node.name.value)) {
      visited.add(node.name.value);
      collect(fragments[node.name.value]?.selectionSet, fragments, into, withArguments, visited);
    }
  }
}

function build(sets: SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>, depth: number): FieldSelection {
  const byField = new Map<string, SelectionSetNode[]>();
  const withArguments = new Set<string>();
  for (const set of sets) collect(set, fragments, byField, withArguments, new Set());
  const children = new Map<string, FieldSelection>();
  for (const [name, childSets] of byField) {
    // Depth is bounded by the request limits; this only guards against a cycle of fragments.
    children.set(name, depth < 20 ? build(childSets, fragments, depth + 1) : new FieldSelection(new Map()));
  }
  return new FieldSelection(children, withArguments);
}

/**
 * Parsed documents are cached and reused (Apollo's document store, the
 * socket per subscription), so a field node stands for the same selection
 * on every request: computed once per node, kept while the document lives.
 */
const memo = new WeakMap<FieldNode, Selection>();

/** The selection of the field being resolved, over every fragment that selects it. */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const single = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  let selection = single && memo.get(single);
  if (!selection) {
    const type = getNamedType(info.returnType);
    const sets =
      isObjectType(type) || isInterfaceType(type) ? info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])) : [];
    selection = build(sets, info.fragments, 0);
    if (single) memo.set(single, selection);
  }
  return selection;
}

/** For connections: the selection of `edges { node { … } }`. */
export function nodeSelectionOf(info: GraphQLResolveInfo): Selection | undefined {
  return selectionOf(info).sub('edges')?.sub('node');
}

/** A selection of no fields: read only what a record is always read with (its id and keys). */
export const emptySelection: Selection = new FieldSelection(new Map());

/** The selection of an object field below a selection: nothing (ids only) when it is not selected, everything without a selection. */
export const subSelection = (selection: Selection | undefined, field: string): Selection | undefined =>
  selection ? (selection.sub(field) ?? emptySelection) : undefined;

/**
 * Whether this request's answer holds any of `fields` directly below the
 * field being resolved. Unlike `selectionOf` (the same for every request of a
 * document), it applies `@include` and `@skip` with this request's variables:
 * `edges @include(if: $list)` with `list: false` selects no edges.
 */
export function answersAnyOf(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const included = (node: FieldNode | InlineFragmentNode | FragmentSpreadNode) =>
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
  const visit = (set: SelectionSetNode | undefined, visited: Set<string>): boolean =>
    (set?.selections ?? []).some((node) => {
      if (!included(node)) return false;
      if (node.kind === Kind.FIELD) return fields.includes(node.name.value);
      if (node.kind === Kind.INLINE_FRAGMENT) return visit(node.selectionSet, visited);
      if (visited.has(node.name.value)) return false;
      visited.add(node.name.value);
      return visit(info.fragments[node.name.value]?.selectionSet, visited);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet, new Set()));
}
