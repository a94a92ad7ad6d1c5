import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { PagedTable, usePagedQuery } from '../../components/paged-list';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { ROLE_NAMES } from '../../names';
import { useHubId } from '../../session/hub-context';
import { useSession } from '../../session/session';

const HubUsers = graphql(`
  query HubUsers($hubId: ID, $first: Int, $after: String) {
    users(hubId: $hubId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          role
          hasPassword
          deactivatedAt
          lastLoginAt
        }
      }
    }
  }
`);

const InviteUser = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
    }
  }
`);

const ChangeUserRole = graphql(`
  mutation ChangeUserRole($id: ID!, $role: Role!) {
    changeUserRole(id: $id, role: $role) {
      id
      role
    }
  }
`);

const DeactivateUser = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      deactivatedAt
    }
  }
`);

const ReactivateUser = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      id
      deactivatedAt
    }
  }
`);

const ROLES = Object.keys(ROLE_NAMES) as Role[];
const PAGE_SIZE = 25;
const REFETCH = { additionalTypenames: ['User'] };

/**
 * The hub admin's users (a national administrator's: the picked hub's): invite someone, change a
 * role, deactivate or reactivate.
 */
export function UsersPage() {
  const { session } = useSession();
  const hubId = useHubId();
  const list = usePagedQuery(HubUsers, { hubId, first: PAGE_SIZE }, (data) => data.users, 'User');
  const [roleResult, changeRole] = useMutation(ChangeUserRole);
  const [deactivated, deactivate] = useMutation(DeactivateUser);
  const [reactivated, reactivate] = useMutation(ReactivateUser);
  const actionError = roleResult.error ?? deactivated.error ?? reactivated.error;

  return (
    <>
      <h1>Users</h1>
      <InviteForm hubId={hubId} />
      <h2>People with an account</h2>
      {actionError && <ErrorNotice error={actionError} title="The change was not made" />}
      <PagedTable
        list={list}
        what="users"
        empty="No users yet."
        summary={(totalCount) => <p>{totalCount} users</p>}
        testId="users"
        caption="Users of the hub"
        columns={['Name', 'Email', 'Role', 'Status', '']}
        row={(user) => {
          const own = user.id === session?.user.id;
          return (
            <tr key={user.id}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>
                {own ? (
                  (ROLE_NAMES[user.role] ?? user.role)
                ) : (
                  <select
                    aria-label={`Role of ${user.name}`}
                    value={user.role}
                    onChange={(e) =>
                      void changeRole({ id: user.id, role: e.target.value as Role }, REFETCH)
                    }
                  >
                    <RoleOptions />
                  </select>
                )}
              </td>
              <td>
                {user.deactivatedAt
                  ? 'Deactivated'
                  : user.hasPassword
                    ? 'Active'
                    : 'Invited, no password yet'}
              </td>
              <td>
                {!own && (
                  <button
                    type="button"
                    className={user.deactivatedAt ? 'secondary' : 'danger'}
                    onClick={() =>
                      void (user.deactivatedAt ? reactivate : deactivate)({ id: user.id }, REFETCH)
                    }
                  >
                    {user.deactivatedAt ? 'Reactivate' : 'Deactivate'}{' '}
                    <span className="visually-hidden">{user.name}</span>
                  </button>
                )}
              </td>
            </tr>
          );
        }}
      />
    </>
  );
}

function RoleOptions() {
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {ROLE_NAMES[role]}
    </option>
  ));
}

function InviteForm({ hubId }: { hubId: string | undefined }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('HUB_STAFF');
  const [result, invite] = useMutation(InviteUser);
  const [invited, setInvited] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await invite({ input: { email, name, role, hubId } }, REFETCH);
    if (data) {
      setInvited(data.inviteUser.email);
      setEmail('');
      setName('');
    }
  }

  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      <p>They are emailed a link, valid for 7 days, to choose their password.</p>
      <form onSubmit={submit} aria-label="Invite someone">
        <label>
          Name
          <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Email
          <input
            type="email"
            required
            maxLength={320}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <RoleOptions />
          </select>
        </label>
        {result.error && <ErrorNotice error={result.error} title="The invitation was not sent" />}
        {invited && !result.error && <p role="status">Invitation sent to {invited}.</p>}
        <button type="submit" disabled={result.fetching}>
          Send invitation
        </button>
      </form>
    </section>
  );
}
