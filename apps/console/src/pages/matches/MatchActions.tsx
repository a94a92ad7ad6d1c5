import { useMutation } from 'urql';
import { DeclineWithReason } from '../../components/decline-with-reason';
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
  const busy = accepting.fetching || declining.fetching;

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
      <DeclineWithReason
        label={`Decline ${label}`}
        busy={busy}
        onDecline={(reason) => void decline({ id: matchId, reason })}
      />
    </div>
  );
}
