import { type DocumentNode, Kind, type OperationDefinitionNode, print, visit } from 'graphql';
import { DirectoryOffersQuery } from '../../../web/src/lib/graphql/offer-operations.ts';
import { DirectoryQuery } from '../../../web/src/lib/graphql/operations.ts';

/**
 * The directory page's search as one operation: the two queries the page's
 * load sends side by side (web/src/routes/+page.ts), merged so that one
 * request answers one page view. On the offers tab (the default) the offer
 * list comes with its facets and interpretation, the organisations with their
 * count only; the organisations' variables are renamed `org…`.
 */
function merge(offers: DocumentNode, organisations: DocumentNode): string {
  const renamed = visit(organisations, {
    Variable: (node) => ({ ...node, name: { ...node.name, value: `org${node.name.value[0]?.toUpperCase()}${node.name.value.slice(1)}` } }),
  }) as DocumentNode;
  const op = (d: DocumentNode) =>
    d.definitions.find((x): x is OperationDefinitionNode => x.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = new Map<string, DocumentNode['definitions'][number]>();
  for (const d of [offers, renamed])
    for (const def of d.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const a = op(offers);
  const b = op(renamed);
  const merged: OperationDefinitionNode = {
    ...a,
    name: { kind: Kind.NAME, value: 'DirectorySearch' },
    variableDefinitions: [...(a.variableDefinitions ?? []), ...(b.variableDefinitions ?? [])],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [...a.selectionSet.selections, ...b.selectionSet.selections] },
  };
  return print({ kind: Kind.DOCUMENT, definitions: [merged, ...fragments.values()] });
}

export const directorySearchOperation = merge(DirectoryOffersQuery as unknown as DocumentNode, DirectoryQuery as unknown as DocumentNode);

/** The two operations as the page sends them, each on its own. */
export const webOperations = {
  offers: print(DirectoryOffersQuery as unknown as DocumentNode),
  organisations: print(DirectoryQuery as unknown as DocumentNode),
};
