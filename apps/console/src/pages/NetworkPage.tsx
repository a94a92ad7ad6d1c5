import { Link } from 'react-router';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useQuery } from 'urql';
import { DataTable } from '../components/data-table';
import { NamedSelect } from '../components/named-select';
import { Pager, useCursorPages } from '../components/pager';
import { EmptyState, QueryState, Tile } from '../components/status';
import { graphql } from '../gql';
import { useHubId } from '../session/hub-context';
import { useSession } from '../session/session';
import { MEMBERSHIP_DECLINE_REASON_NAMES, MEMBERSHIP_STATUS_NAMES } from '../status-names';
import { useRefetchOn } from '../use-refetch-on';
import {
  LapseMembership,
  MembershipChangeButton,
  RenewMembership,
} from './network/MembershipChangeButton';
import { PendingAdvisersSection } from './network/PendingAdvisersSection';
import { PendingApplicationsSection } from './network/PendingApplicationsSection';
import type { MembershipDeclineReason, MembershipStatus } from '../gql/graphql';

const MembershipCounts = graphql(`
  query MembershipCounts($hubId: ID) {
    all: employers(first: 1, filter: { hubId: $hubId }) {
      totalCount
    }
    active: employers(first: 1, filter: { membershipStatus: ACTIVE, hubId: $hubId }) {
      totalCount
    }
    pending: employers(first: 1, filter: { membershipStatus: PENDING, hubId: $hubId }) {
      totalCount
    }
    lapsed: employers(first: 1, filter: { membershipStatus: LAPSED, hubId: $hubId }) {
      totalCount
    }
    withdrawn: employers(first: 1, filter: { membershipStatus: WITHDRAWN, hubId: $hubId }) {
      totalCount
    }
  }
`);

const SectorGroups = graphql(`
  query SectorGroups($hubId: ID) {
    sectorGroups(hubId: $hubId) {
      id
      name
      employerCount
      employers {
        id
        name
      }
    }
  }
`);

const Employers = graphql(`
  query Employers($status: MembershipStatus, $after: String, $hubId: ID) {
    employers(first: 25, after: $after, filter: { membershipStatus: $status, hubId: $hubId }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          sector
          sizeBand
          membership {
            id
            status
            renewalOn
            declineReason
            declineNote
          }
        }
      }
    }
  }
`);

const OpenOpportunities = graphql(`
  query OpenOpportunities($hubId: ID) {
    opportunities(
      first: 50
      filter: { statuses: [PUBLISHED], hasPlacesLeft: true, hubId: $hubId }
    ) {
      totalCount
      edges {
        node {
          id
          title
          tier
          startsOn
          placesLeft
          totalPlaces
          employer {
            name
          }
        }
      }
    }
  }
`);

const BookingsToConfirm = graphql(`
  query BookingsToConfirm($hubId: ID) {
    bookings(first: 50, filter: { status: REQUESTED, hubId: $hubId }) {
      totalCount
      edges {
        node {
          id
          places
          fsmPlaces
          yearGroup
          createdAt
          institution {
            name
          }
          opportunity {
            title
            employer {
              name
            }
          }
        }
      }
    }
  }
`);

/** The Employer Network: sector groups, memberships, open opportunities and bookings to confirm. */
export function NetworkPage() {
  const { session } = useSession();
  /** Only the hub team answers applications and volunteers and renews or lapses memberships;
   * employers see the rest. A national administrator works on the hub picked in the header. */
  const hubTeam = session?.user.role === 'HUB_ADMIN' || session?.user.role === 'HUB_STAFF';
  const hubId = useHubId();
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  const [counts, refetchCounts] = useQuery({ query: MembershipCounts, variables: { hubId } });
  useRefetchOn(changes, refetchCounts);
  const [groups] = useQuery({ query: SectorGroups, variables: { hubId } });
  const [status, setStatus] = useState<MembershipStatus | ''>('');
  const employerPages = useCursorPages();
  const [employers, refetchEmployers] = useQuery({
    query: Employers,
    variables: { status: status || null, after: employerPages.after, hubId },
  });
  useRefetchOn(changes, refetchEmployers);
  const [opportunities] = useQuery({ query: OpenOpportunities, variables: { hubId } });
  const [bookings] = useQuery({ query: BookingsToConfirm, variables: { hubId } });

  return (
    <>
      <h1>Employer Network</h1>
      <section aria-labelledby="membership-heading">
        <h2 id="membership-heading">Membership</h2>
        <QueryState result={counts} what="membership figures">
          {(c) => (
            <div className="tiles">
              <Tile label="Employers" value={c.all.totalCount} />
              <Tile label="Active members" value={c.active.totalCount} />
              <Tile label="Pending applications" value={c.pending.totalCount} />
              <Tile label="Lapsed" value={c.lapsed.totalCount} />
              <Tile label="Withdrawn" value={c.withdrawn.totalCount} />
            </div>
          )}
        </QueryState>
      </section>

      {hubTeam && <PendingApplicationsSection changes={changes} onChange={changed} />}
      {hubTeam && <PendingAdvisersSection />}

      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading">Employers by sector group</h2>
        <QueryState result={groups} what="sector groups">
          {({ sectorGroups }) =>
            sectorGroups.length === 0 ? (
              <EmptyState>
                No sector groups yet. Hub staff create them with createSectorGroup, then add
                employers.
              </EmptyState>
            ) : (
              <div className="two-columns">
                <figure className="chart" aria-label="Employers per sector group, bar chart">
                  <ResponsiveContainer
                    width="100%"
                    height={Math.max(160, sectorGroups.length * 36)}
                  >
                    <BarChart data={sectorGroups} layout="vertical" margin={{ left: 24 }}>
                      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                      <XAxis type="number" allowDecimals={false} />
                      <YAxis type="category" dataKey="name" width={170} />
                      <Tooltip />
                      <Bar
                        dataKey="employerCount"
                        name="Employers"
                        fill="#1d5a8c"
                        isAnimationActive={false}
                      />
                    </BarChart>
                  </ResponsiveContainer>
                </figure>
                <DataTable
                  testId="sector-groups"
                  caption="Sector groups and their employers"
                  columns={['Sector group', 'Employers', 'Members']}
                >
                  {sectorGroups.map((g) => (
                    <tr key={g.id}>
                      <td>{g.name}</td>
                      <td className="num">{g.employerCount}</td>
                      <td>{g.employers.map((e) => e.name).join(', ')}</td>
                    </tr>
                  ))}
                </DataTable>
              </div>
            )
          }
        </QueryState>
      </section>

      <section aria-labelledby="employers-heading">
        <h2 id="employers-heading">Employers</h2>
        <div className="filters">
          <NamedSelect
            label="Membership status"
            value={status}
            names={MEMBERSHIP_STATUS_NAMES}
            anyName="Any status"
            onChange={(value) => {
              setStatus(value);
              employerPages.reset();
            }}
          />
        </div>
        <QueryState result={employers} what="employers">
          {(d) =>
            d.employers.totalCount === 0 ? (
              <EmptyState>
                No employer has this membership status. Choose another status, or add employers with
                createEmployer.
              </EmptyState>
            ) : (
              <>
                <DataTable
                  testId="employers"
                  caption="Employers"
                  columns={['Employer', 'Sector', 'Size', 'Membership', 'Renewal', 'Change']}
                >
                  {d.employers.edges.map(({ node: e }) => (
                    <tr key={e.id}>
                      <td>{e.name}</td>
                      <td>{e.sector}</td>
                      <td>{e.sizeBand.toLowerCase()}</td>
                      <td>
                        <MembershipStatusText membership={e.membership} />
                      </td>
                      <td>{e.membership?.renewalOn ?? '–'}</td>
                      <td>
                        {hubTeam && e.membership && (
                          <MembershipChanges
                            membership={e.membership}
                            employerName={e.name}
                            onDone={changed}
                          />
                        )}
                      </td>
                    </tr>
                  ))}
                </DataTable>
                <Pager pages={employerPages} pageInfo={d.employers.pageInfo} />
              </>
            )
          }
        </QueryState>
      </section>

      <section aria-labelledby="opportunities-heading">
        <h2 id="opportunities-heading">Opportunities with places left</h2>
        <QueryState result={opportunities} what="opportunities">
          {({ opportunities: o }) =>
            o.totalCount === 0 ? (
              <EmptyState>
                No published opportunity has places left. Ask network employers to publish new ones.
              </EmptyState>
            ) : (
              <DataTable
                testId="opportunities"
                caption="Published opportunities with places"
                columns={['Opportunity', 'Employer', 'Tier', 'Starts', 'Places left']}
              >
                {o.edges.map(({ node: op }) => (
                  <tr key={op.id} data-testid="opportunity">
                    <td>
                      <Link to={`/opportunities/${op.id}`}>{op.title}</Link>
                    </td>
                    <td>{op.employer.name}</td>
                    <td>{op.tier}</td>
                    <td>{op.startsOn}</td>
                    <td className="num">
                      {op.placesLeft} of {op.totalPlaces}
                    </td>
                  </tr>
                ))}
              </DataTable>
            )
          }
        </QueryState>
      </section>

      <section aria-labelledby="bookings-heading">
        <h2 id="bookings-heading">Bookings waiting for confirmation</h2>
        <QueryState result={bookings} what="bookings">
          {({ bookings: b }) =>
            b.totalCount === 0 ? (
              <EmptyState>No booking is waiting: every request has been answered.</EmptyState>
            ) : (
              <DataTable
                testId="bookings"
                caption="Requested bookings"
                columns={['Opportunity', 'Institution', 'Year group', 'Places (FSM)', 'Requested']}
              >
                {b.edges.map(({ node: bk }) => (
                  <tr key={bk.id} data-testid="booking" data-booking-id={bk.id}>
                    <td>
                      <Link to={`/bookings/${bk.id}`}>
                        {bk.opportunity?.title ?? 'An opportunity you can no longer see'}
                      </Link>
                      <div className="muted">{bk.opportunity?.employer.name}</div>
                    </td>
                    <td>{bk.institution?.name ?? '–'}</td>
                    <td className="num">{bk.yearGroup}</td>
                    <td className="num">
                      {bk.places} ({bk.fsmPlaces})
                    </td>
                    <td>{bk.createdAt.slice(0, 10)}</td>
                  </tr>
                ))}
              </DataTable>
            )
          }
        </QueryState>
      </section>
    </>
  );
}

type CurrentMembership = {
  id: string;
  status: MembershipStatus;
  declineReason?: MembershipDeclineReason | null;
  declineNote?: string | null;
} | null;

/** The membership's status, and why it was declined if it was. */
function MembershipStatusText({ membership: m }: { membership?: CurrentMembership }) {
  if (!m) return <>Not applied</>;
  if (!m.declineReason) return <>{MEMBERSHIP_STATUS_NAMES[m.status]}</>;
  return (
    <>
      Declined: {MEMBERSHIP_DECLINE_REASON_NAMES[m.declineReason]}
      {m.declineNote && <div className="muted">{m.declineNote}</div>}
    </>
  );
}

/** Renew an active or lapsed membership for a year; mark an active one as lapsed. */
function MembershipChanges({
  membership: m,
  employerName,
  onDone,
}: {
  membership: NonNullable<CurrentMembership>;
  employerName: string;
  onDone: () => void;
}) {
  const renewable = m.status === 'ACTIVE' || m.status === 'LAPSED';
  return (
    <div className="membership-actions">
      {renewable && (
        <MembershipChangeButton
          mutation={RenewMembership}
          membershipId={m.id}
          label="Renew for a year"
          accessibleLabel={`Renew ${employerName}’s membership for a year`}
          refusedTitle="Not renewed"
          primary
          onDone={onDone}
        />
      )}
      {m.status === 'ACTIVE' && (
        <MembershipChangeButton
          mutation={LapseMembership}
          membershipId={m.id}
          label="Mark as lapsed"
          accessibleLabel={`Mark ${employerName}’s membership as lapsed`}
          refusedTitle="Not marked as lapsed"
          onDone={onDone}
        />
      )}
    </div>
  );
}
