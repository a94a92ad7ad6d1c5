import { TypedDocumentNode, useMutation } from 'urql';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';

export const RenewMembership = graphql(`
  mutation RenewMembership($id: ID!) {
    renewMembership(id: $id) {
      id
      status
      renewalOn
    }
  }
`);

export const LapseMembership = graphql(`
  mutation LapseMembership($id: ID!) {
    lapseMembership(id: $id) {
      id
      status
    }
  }
`);

/** One change to a membership, made with a button; a refusal is shown next to it. */
export function MembershipChangeButton({
  mutation,
  membershipId,
  label,
  accessibleLabel,
  refusedTitle,
  primary = false,
  onDone,
}: {
  mutation: TypedDocumentNode<unknown, { id: string }>;
  membershipId: string;
  label: string;
  accessibleLabel: string;
  refusedTitle: string;
  primary?: boolean;
  onDone: () => void;
}) {
  const [result, change] = useMutation(mutation);
  return (
    <>
      <button
        type="button"
        className={primary ? undefined : 'secondary'}
        disabled={result.fetching}
        aria-label={accessibleLabel}
        onClick={() => void change({ id: membershipId }).then((r) => !r.error && onDone())}
      >
        {label}
      </button>
      {result.error && <ErrorNotice error={result.error} title={refusedTitle} />}
    </>
  );
}
