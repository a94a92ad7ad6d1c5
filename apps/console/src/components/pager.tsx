import { useState } from 'react';

/** Relay cursor paging: the cursors of the pages before this one, so "Previous" can go back. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1],
    hasPrevious: cursors.length > 1,
    next: (endCursor: string | null | undefined) => setCursors([...cursors, endCursor ?? null]),
    previous: () => setCursors(cursors.slice(0, -1)),
    reset: () => setCursors([null]),
  };
}

export function Pager({
  pages,
  pageInfo,
}: {
  pages: ReturnType<typeof useCursorPages>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}) {
  if (!pages.hasPrevious && !pageInfo.hasNextPage) return null;
  return (
    <div className="pager">
      {pages.hasPrevious && (
        <button type="button" className="secondary" onClick={pages.previous}>
          Previous page
        </button>
      )}
      {pageInfo.hasNextPage && (
        <button type="button" className="secondary" onClick={() => pages.next(pageInfo.endCursor)}>
          Next page
        </button>
      )}
    </div>
  );
}
