import type { CombinedError } from 'urql';
import { ErrorNotice } from '../../components/status';

/** What came of the last approval or decline on a list waiting for an answer. */
export function AnswerOutcome({
  done,
  approveError,
  declineError,
}: {
  done: string | null;
  approveError?: CombinedError;
  declineError?: CombinedError;
}) {
  return (
    <>
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      {approveError && <ErrorNotice error={approveError} title="Not approved" />}
      {declineError && <ErrorNotice error={declineError} title="Not declined" />}
    </>
  );
}
