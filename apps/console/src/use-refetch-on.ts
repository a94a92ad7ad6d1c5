import { useEffect, useRef } from 'react';

/** Asks the API again whenever `changes` moves on (not on first render). */
export function useRefetchOn(
  changes: number,
  refetch: (opts: { requestPolicy: 'network-only' }) => void,
) {
  const seen = useRef(changes);
  useEffect(() => {
    if (seen.current === changes) return;
    seen.current = changes;
    refetch({ requestPolicy: 'network-only' });
  }, [changes, refetch]);
}
