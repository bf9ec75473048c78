/**
 * What the steering overview (`web/src/routes/steering/+page.svelte`) asks
 * the API, byte for byte as its urql client sends it: the operations are
 * imported from the web app and passed through urql's own `formatDocument`
 * (adds `__typename`, drops the client-only `@_unmask`) and
 * `stringifyDocument`, with the variables the page gives them. For a logged-in
 * admin the page sends all six: the overview's figures, the overdue
 * measures, the open mandates, the members' part, the agreements ending
 * within 90 days and the fund of the year.
 *
 * Beside them, the "figures" request: the page's own `steeringOverview` and
 * `fundOfYear` selections in one operation, which is what the one-statement
 * peer answers (everything on the page but the overdue measures, the
 * mandates, the members' part and the agreements).
 */
import { formatDocument, stringifyDocument } from '@urql/core';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import { AgreementsQuery } from '../../../web/src/lib/graphql/operations.ts';
import {
  SteeringFundQuery,
  SteeringMandatesQuery,
  SteeringMemberOverviewQuery,
  SteeringOverdueMeasuresQuery,
  SteeringOverviewQuery,
} from '../../../web/src/lib/graphql/overview-operations.ts';

/** A GraphQL POST as the web client makes it, ready for a load run. */
export interface PageRequest {
  name: string;
  path: string;
  body: string;
}

const request = (document: DocumentNode, variables: Record<string, unknown>): PageRequest => {
  const formatted = formatDocument(document as any) as DocumentNode;
  const operation = formatted.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const name = operation?.name?.value ?? 'anonymous';
  // urql's makeFetchBody: operationName, query, variables (extensions only when set).
  return { name, path: '/graphql', body: JSON.stringify({ operationName: name, query: stringifyDocument(formatted), variables }) };
};

/** The year the page asks the fund of: today's, as `localDay()` has it (UTC here). */
export const fundYear = () => new Date().getUTCFullYear();

/** The six requests of the page for a logged-in admin, in the order the page issues them. */
export function pageRequests(year = fundYear()): PageRequest[] {
  return [
    request(SteeringOverviewQuery as unknown as DocumentNode, {}),
    request(SteeringOverdueMeasuresQuery as unknown as DocumentNode, {}),
    request(SteeringMandatesQuery as unknown as DocumentNode, {}),
    request(SteeringMemberOverviewQuery as unknown as DocumentNode, {}),
    request(AgreementsQuery as unknown as DocumentNode, { filter: { expiringWithinDays: 90 } }),
    request(SteeringFundQuery as unknown as DocumentNode, { year }),
  ];
}

const operationOf = (document: DocumentNode) =>
  document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
const fieldOf = (document: DocumentNode, name: string) =>
  operationOf(document).selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === name) as FieldNode;

/** `steeringOverview { … }` of the overview query and `fundOfYear(year: $year) { … }` of the fund query, as one operation. */
export function figuresRequest(year = fundYear()): PageRequest {
  const overview = SteeringOverviewQuery as unknown as DocumentNode;
  const fund = SteeringFundQuery as unknown as DocumentNode;
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: 'query' as OperationDefinitionNode['operation'],
        name: { kind: Kind.NAME, value: 'SteeringFigures' },
        variableDefinitions: operationOf(fund).variableDefinitions as readonly VariableDefinitionNode[],
        directives: [],
        selectionSet: { kind: Kind.SELECTION_SET, selections: [fieldOf(overview, 'steeringOverview'), fieldOf(fund, 'fundOfYear')] },
      },
      ...overview.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION),
    ],
  };
  return request(document, { year });
}

/** The answer without the `__typename` fields the client adds for its cache. */
export function withoutTypenames<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutTypenames) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== '__typename')
        .map(([k, v]) => [k, withoutTypenames(v)]),
    ) as T;
  }
  return value;
}
