import {
  type AnyVariables,
  type CombinedError,
  getContextClient,
  type OperationContext,
  queryStore,
  type RequestPolicy,
} from '@urql/svelte';
import type { TadaDocumentNode } from 'gql.tada';

/** What a component passes to {@link useQuery}; read inside an effect, so runes in it are tracked. */
export interface QueryOptions<Data, Variables extends AnyVariables> {
  query: TadaDocumentNode<Data, Variables>;
  variables: Variables;
  requestPolicy?: RequestPolicy;
  /** While true, nothing is fetched (e.g. until the session is known). */
  pause?: boolean;
  /**
   * Extra operation context. Use `additionalTypenames` for lists that may be
   * empty: the document cache only refetches a query after a mutation when the
   * query's result contained the mutated type.
   */
  context?: Partial<OperationContext>;
}

/** The reactive state of a query. */
export interface QueryState<Data> {
  readonly data: Data | undefined;
  readonly error: CombinedError | undefined;
  /** True until the first result for the current variables arrives. */
  readonly fetching: boolean;
  /** Fetches again from the network, e.g. to discard local edits. */
  refetch(): void;
}

/**
 * Runs a query through the context client and follows its variables. Unlike a
 * bare `queryStore`, the previous data stays visible while new variables load,
 * so lists and facet counts do not flash empty on every keystroke.
 */
export function useQuery<Data, Variables extends AnyVariables>(options: () => QueryOptions<Data, Variables>): QueryState<Data> {
  const client = getContextClient();
  let data = $state.raw<Data | undefined>(undefined);
  let error = $state.raw<CombinedError | undefined>(undefined);
  let fetching = $state(true);
  let current: ReturnType<typeof queryStore<Data, Variables>> | undefined;
  // A refetch asked for while one is under way would be merged into it by the client and answer with the older data.
  let refetching = false;
  let again = false;
  const refetch = () => {
    if (refetching) {
      again = true;
      return;
    }
    refetching = !!current;
    current?.reexecute({ requestPolicy: 'network-only' });
  };

  $effect(() => {
    const { query, variables, requestPolicy = 'cache-and-network', pause = false, context } = options();
    if (pause) return;
    fetching = true;
    const store = queryStore<Data, Variables>({ client, query, variables, requestPolicy, context });
    current = store;
    refetching = false;
    again = false;
    const unsubscribe = store.subscribe((result) => {
      if (result.fetching && result.data === undefined) return;
      data = result.data;
      error = result.error;
      fetching = result.fetching;
      if (refetching && !result.fetching) {
        refetching = false;
        if (again) {
          again = false;
          refetch();
        }
      }
    });
    return () => {
      unsubscribe();
      if (current === store) current = undefined;
    };
  });

  return {
    get data() {
      return data;
    },
    get error() {
      return error;
    },
    get fetching() {
      return fetching;
    },
    refetch,
  };
}
