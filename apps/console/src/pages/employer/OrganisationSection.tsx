import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/status';
import type { MembershipStatus } from '../../gql/graphql';
import { JoinSectorGroups } from './JoinSectorGroups';

const MEMBERSHIP_NAMES: Record<MembershipStatus, string> = {
  PENDING: 'Applied, waiting for hub staff',
  ACTIVE: 'Member',
  LAPSED: 'Lapsed: not renewed',
  WITHDRAWN: 'Withdrawn',
};

export interface Organisation {
  name: string;
  sector: string;
  membership?: {
    status: MembershipStatus;
    joinedOn?: string | null;
    renewalOn?: string | null;
  } | null;
  sectorGroups: { id: string; name: string }[];
  contacts: { id: string; name: string; email: string }[];
}

/** The employer's membership of the network, its sector groups and its contacts. */
export function OrganisationSection({ employer }: { employer: Organisation }) {
  const m = employer.membership;
  return (
    <section aria-labelledby="my-organisation">
      <h2 id="my-organisation">My organisation</h2>
      <dl className="facts">
        <dt>Sector</dt>
        <dd>{employer.sector}</dd>
        <dt>Membership</dt>
        <dd data-testid="membership-status">
          {m ? MEMBERSHIP_NAMES[m.status] : 'Not applied to the Employer Network'}
        </dd>
        {m?.joinedOn && (
          <>
            <dt>Joined</dt>
            <dd>{m.joinedOn}</dd>
          </>
        )}
        {m?.renewalOn && (
          <>
            <dt>Renewal due</dt>
            <dd>{m.renewalOn}</dd>
          </>
        )}
        <dt>Sector groups</dt>
        <dd>
          {employer.sectorGroups.length
            ? employer.sectorGroups.map((g) => g.name).join(', ')
            : 'None yet'}
        </dd>
      </dl>
      <JoinSectorGroups memberOf={employer.sectorGroups.map((g) => g.id)} />
      <h3>Contacts</h3>
      {employer.contacts.length === 0 ? (
        <EmptyState>No contacts recorded.</EmptyState>
      ) : (
        <DataTable caption="People who act for your organisation" columns={['Name', 'Email']}>
          {employer.contacts.map((c) => (
            <tr key={c.id}>
              <td>{c.name}</td>
              <td>
                <a href={`mailto:${c.email}`}>{c.email}</a>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
