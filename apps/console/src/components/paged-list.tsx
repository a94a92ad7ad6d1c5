import { ReactNode, useCallback, useMemo } from 'react';
import { AnyVariables, CombinedError, TypedDocumentNode, useQuery } from 'urql';
import { DataTable } from './data-table';
import { Pager, useCursorPages } from './pager';
import { EmptyState, QueryState } from './status';

type Connection<Node> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: Node }[];
};

/**
 * One page of a Relay connection (`connection` picks it from the answer) and the cursors to move
 * between pages. `typename` names the type listed, so a mutation's answer refreshes the list even
 * when the list is empty.
 */
export function usePagedQuery<
  Data,
  Variables extends AnyVariables & { after?: string | null },
  Node,
>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'after'>,
  connection: (data: Data) => Connection<Node>,
  typename?: string,
): PagedQuery<Data, Node> & { again: () => void } {
  const pages = useCursorPages();
  const context = useMemo(
    () => (typename ? { additionalTypenames: [typename] } : undefined),
    [typename],
  );
  const [result, refetch] = useQuery<Data, Variables>({
    query,
    variables: { ...variables, after: pages.after } as Variables,
    context,
  });
  const again = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  return { pages, result, again, connection };
}

export type PagedQuery<Data, Node> = {
  pages: ReturnType<typeof useCursorPages>;
  result: { fetching: boolean; error?: CombinedError; data?: Data };
  connection: (data: Data) => Connection<Node>;
};

/** A paged list as a table: loading, error, what to do when empty, then rows and the pager. */
export function PagedTable<Data, Node>({
  list,
  what,
  empty,
  testId,
  caption,
  columns,
  row,
  summary,
  after,
}: {
  list: PagedQuery<Data, Node>;
  /** What is loading; by default the caption, in lower case. */
  what?: string;
  empty: ReactNode;
  testId?: string;
  caption: string;
  columns: ReactNode[];
  row: (node: Node) => ReactNode;
  /** Shown above the table, given the number of items in all pages. */
  summary?: (totalCount: number) => ReactNode;
  /** Shown under the pager, given the page's items. */
  after?: (nodes: Node[]) => ReactNode;
}) {
  return (
    <QueryState result={list.result} what={what ?? caption.toLowerCase()}>
      {(data) => {
        const { totalCount, pageInfo, edges } = list.connection(data);
        if (totalCount === 0) return <EmptyState>{empty}</EmptyState>;
        const nodes = edges.map(({ node }) => node);
        return (
          <>
            {summary?.(totalCount)}
            <DataTable testId={testId} caption={caption} columns={columns}>
              {nodes.map(row)}
            </DataTable>
            <Pager pages={list.pages} pageInfo={pageInfo} />
            {after?.(nodes)}
          </>
        );
      }}
    </QueryState>
  );
}
