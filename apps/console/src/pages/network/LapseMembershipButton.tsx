import { useMutation } from 'urql';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';

const LapseMembership = graphql(`
  mutation LapseMembership($id: ID!) {
    lapseMembership(id: $id) {
      id
      status
    }
  }
`);

/** Marks an active membership as lapsed, for an employer that has not renewed. */
export function LapseMembershipButton({
  membershipId,
  employerName,
  onDone,
}: {
  membershipId: string;
  employerName: string;
  onDone: () => void;
}) {
  const [result, lapse] = useMutation(LapseMembership);
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={result.fetching}
        aria-label={`Mark ${employerName}’s membership as lapsed`}
        onClick={() => void lapse({ id: membershipId }).then((r) => !r.error && onDone())}
      >
        Mark as lapsed
      </button>
      {result.error && <ErrorNotice error={result.error} title="Not marked as lapsed" />}
    </>
  );
}
