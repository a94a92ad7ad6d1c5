import { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { graphql } from '../gql';
import type { ErrorReason } from '../gql/graphql';

/** Brings the schema's `ErrorReason` enum into the generated types: a reason the console
 * compares with is checked against the API's list. */
graphql(`
  fragment RefusalReason on ErrorReasonInfo {
    reason
  }
`);

const CODE_TEXT: Record<string, string> = {
  FORBIDDEN: 'Your role may not see or do this',
  UNAUTHENTICATED: 'You are signed out',
  NOT_FOUND: 'Not found',
  BAD_USER_INPUT: 'Check what was entered',
  CONFLICT: 'This clashes with what is already there',
  TOO_MANY_REQUESTS: 'Too many attempts',
};

/** The stable `reason` of the API's first refusal, to offer what the refusal asks for. */
export function refusalReason(error: CombinedError | undefined): ErrorReason | undefined {
  const reason = error?.graphQLErrors[0]?.extensions?.reason;
  return typeof reason === 'string' ? (reason as ErrorReason) : undefined;
}

/** The API's own words for a failed request, with its code, so nothing is silently hidden. */
export function ErrorNotice({ error, title }: { error: CombinedError; title?: string }) {
  const details = error.graphQLErrors.length
    ? error.graphQLErrors.map((e) => {
        const code = typeof e.extensions?.code === 'string' ? e.extensions.code : undefined;
        const reason = typeof e.extensions?.reason === 'string' ? e.extensions.reason : undefined;
        return { code, reason, message: e.message };
      })
    : [{ code: undefined, reason: undefined, message: 'The API could not be reached. Try again.' }];
  return (
    <div className="notice notice-error" role="alert">
      <strong>{title ?? 'The API refused this request'}</strong>
      <ul>
        {details.map((d, i) => (
          <li key={i}>
            {d.code && <span className="code">{CODE_TEXT[d.code] ?? d.code}</span>} {d.message}
            {(d.code || d.reason) && (
              <span className="muted"> ({[d.code, d.reason].filter(Boolean).join(' · ')})</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** An empty list that says what to do about it. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** Loading, then the error, then the content: the three states of every section. */
export function QueryState<T>({
  result,
  what,
  children,
}: {
  result: { fetching: boolean; error?: CombinedError; data?: T };
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (result.error) return <ErrorNotice error={result.error} />;
  if (!result.data) return result.fetching ? <Loading what={what} /> : null;
  return <>{children(result.data)}</>;
}

export function Tile({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="tile" data-testid={testId}>
      <div className="tile-label">{label}</div>
      <div className="tile-value">{value}</div>
      {detail && <div className="tile-detail">{detail}</div>}
    </div>
  );
}

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${value.toFixed(1)}%`;
}
