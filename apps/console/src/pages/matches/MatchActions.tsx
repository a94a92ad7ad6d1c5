import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';

const AcceptProposal = graphql(`
  mutation AcceptProposal($id: ID!) {
    acceptMatch(id: $id) {
      id
      status
      acceptedAt
    }
  }
`);

const DeclineProposal = graphql(`
  mutation DeclineProposal($id: ID!, $reason: String!) {
    declineMatch(id: $id, reason: $reason) {
      id
      status
      declineReason
    }
  }
`);

/** Accept, or decline with a reason, a proposed match; the API decides who may. */
export function MatchActions({ matchId, label }: { matchId: string; label: string }) {
  const [accepting, accept] = useMutation(AcceptProposal);
  const [declining, decline] = useMutation(DeclineProposal);
  const [reason, setReason] = useState('');
  const [askReason, setAskReason] = useState(false);
  const busy = accepting.fetching || declining.fetching;

  function submitDecline(event: FormEvent) {
    event.preventDefault();
    void decline({ id: matchId, reason });
  }

  return (
    <div className="match-actions">
      {accepting.error && <ErrorNotice error={accepting.error} title="Not accepted" />}
      {declining.error && <ErrorNotice error={declining.error} title="Not declined" />}
      <button
        type="button"
        disabled={busy}
        aria-label={`Accept ${label}`}
        onClick={() => void accept({ id: matchId })}
      >
        Accept
      </button>{' '}
      {askReason ? (
        <form onSubmit={submitDecline} aria-label={`Decline ${label}`}>
          <label>
            Why you decline
            <input required value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>{' '}
          <button type="submit" className="secondary" disabled={busy}>
            Decline
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          aria-label={`Decline ${label}`}
          onClick={() => setAskReason(true)}
        >
          Decline…
        </button>
      )}
    </div>
  );
}
