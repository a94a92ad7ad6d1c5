import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { NamedSelect } from '../../components/named-select';
import {
  EmptyState,
  ErrorNotice,
  Loading,
  QueryState,
  refusalReason,
} from '../../components/status';
import { Pager, useCursorPages } from '../../components/pager';
import { graphql } from '../../gql';
import { useHubId } from '../../session/hub-context';
import type { InstitutionType } from '../../gql/graphql';
import { INSTITUTION_TYPE_NAMES } from '../../names';
import { OverrideReasonForm } from './OverrideReasonForm';
import { Proposals } from './ProposalsSection';
import { useRefetchOn } from '../../use-refetch-on';

const UnmatchedInstitutions = graphql(`
  query UnmatchedInstitutions(
    $academicYear: String
    $hubId: ID
    $localAuthority: String
    $types: [InstitutionType!]
    $after: String
  ) {
    matchingSummary(academicYear: $academicYear, hubId: $hubId) {
      unmatchedInstitutions(
        first: 10
        after: $after
        localAuthority: $localAuthority
        types: $types
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            urn
            type
            laName
            fsmPercent
          }
        }
      }
    }
  }
`);

const Suggestions = graphql(`
  query Suggestions($academicYear: String, $hubId: ID, $institutionIds: [ID!]) {
    matchSuggestions(
      academicYear: $academicYear
      hubId: $hubId
      institutionIds: $institutionIds
      limit: 3
    ) {
      institution {
        id
      }
      suggestions {
        score
        reasons
        adviser {
          id
          name
          jobTitle
          employer {
            name
          }
        }
      }
    }
  }
`);

const ProposeMatch = graphql(`
  mutation ProposeMatch($input: ProposeMatchInput!) {
    proposeMatch(input: $input) {
      id
      status
      adviser {
        name
      }
      institution {
        name
      }
    }
  }
`);

export function UnmatchedSection(props: {
  academicYear: string;
  /** The day proposals start on, or null when the year has ended and none can be made. */
  startsOn: string | null;
  localAuthorities: { laCode?: string | null; laName?: string | null }[];
  changes: number;
  onChange: () => void;
}) {
  const [laCode, setLaCode] = useState('');
  const [type, setType] = useState<InstitutionType | ''>('');
  const pages = useCursorPages();
  const hubId = useHubId();

  const [unmatched, refetchUnmatched] = useQuery({
    query: UnmatchedInstitutions,
    variables: {
      academicYear: props.academicYear,
      hubId,
      localAuthority: laCode || null,
      types: type ? [type] : null,
      after: pages.after,
    },
  });
  useRefetchOn(props.changes, refetchUnmatched);
  const page = unmatched.data?.matchingSummary.unmatchedInstitutions;
  const visible = page?.edges.map((e) => e.node) ?? [];
  // urql keys requests by their variables' content, so the same ids are not asked for again.
  const ids = visible.map((i) => i.id);

  const [suggestions, refetch] = useQuery({
    query: Suggestions,
    variables: { academicYear: props.academicYear, hubId, institutionIds: ids },
    pause: ids.length === 0,
  });
  useRefetchOn(props.changes, refetch);
  const [proposals, refetchProposals] = useQuery({
    query: Proposals,
    variables: { academicYear: props.academicYear, hubId },
  });
  useRefetchOn(props.changes, refetchProposals);
  const waitingOn = new Map(
    (proposals.data?.matches.edges ?? []).map(({ node }) => [
      node.institution.id,
      node.adviser.name,
    ]),
  );
  const [proposal, propose] = useMutation(ProposeMatch);
  const [proposed, setProposed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState<{
    institution: { id: string; name: string };
    adviser: { id: string; name: string };
  } | null>(null);

  async function proposeOneToOne(
    institution: { id: string; name: string },
    adviser: { id: string; name: string },
    overrideReason: string | null = null,
  ) {
    setProposed(null);
    setAttempt({ institution, adviser });
    const result = await propose({
      input: {
        institutionId: institution.id,
        adviserId: adviser.id,
        type: 'ONE_TO_ONE',
        startsOn: props.startsOn!,
        overrideReason,
      },
    });
    if (result.data) {
      const m = result.data.proposeMatch;
      setAttempt(null);
      setProposed(`Proposed ${m.adviser.name} to ${m.institution.name}: waiting for the adviser.`);
      props.onChange();
    }
  }
  const needsOverride =
    attempt && refusalReason(proposal.error) === 'OUTSIDE_ADVISER_LOCAL_AUTHORITIES'
      ? attempt
      : null;

  const byInstitution = new Map(
    (suggestions.data?.matchSuggestions ?? []).map((s) => [s.institution.id, s.suggestions]),
  );

  return (
    <section aria-labelledby="unmatched-heading">
      <h2 id="unmatched-heading">Institutions still needing a match</h2>
      <div className="filters">
        <label>
          Local authority
          <select
            value={laCode}
            onChange={(e) => {
              setLaCode(e.target.value);
              pages.reset();
            }}
          >
            <option value="">All local authorities</option>
            {props.localAuthorities
              .filter((la) => la.laCode)
              .map((la) => (
                <option key={la.laCode} value={la.laCode!}>
                  {la.laName ?? la.laCode}
                </option>
              ))}
          </select>
        </label>
        <NamedSelect
          label="Type"
          value={type}
          names={INSTITUTION_TYPE_NAMES}
          anyName="All types"
          onChange={(value) => {
            setType(value);
            pages.reset();
          }}
        />
        {page && (
          <span className="muted" aria-live="polite" data-testid="unmatched-count">
            {page.totalCount} unmatched
            {laCode || type ? ' with these filters' : ' in the hub'}
          </span>
        )}
      </div>
      <div aria-live="polite">
        {proposed && (
          <p className="notice notice-ok" role="status">
            {proposed}
          </p>
        )}
        {proposal.error && attempt && (
          <ErrorNotice error={proposal.error} title="The match was not proposed" />
        )}
        {needsOverride && (
          <OverrideReasonForm
            label={`${needsOverride.adviser.name} to ${needsOverride.institution.name}`}
            busy={proposal.fetching}
            onSubmit={(reason) =>
              proposeOneToOne(needsOverride.institution, needsOverride.adviser, reason)
            }
            onCancel={() => setAttempt(null)}
          />
        )}
      </div>
      {unmatched.error ? (
        <ErrorNotice error={unmatched.error} />
      ) : !page ? (
        <Loading what="unmatched institutions" />
      ) : page.totalCount === 0 ? (
        <EmptyState>
          {laCode || type
            ? 'No unmatched institution fits these filters. Choose another local authority or type.'
            : 'Every institution in the hub is matched this year. Check the matches to review below as the year goes on.'}
        </EmptyState>
      ) : (
        <>
          {suggestions.error && <ErrorNotice error={suggestions.error} />}
          <ul className="cards" data-testid="unmatched-list">
            {visible.map((institution) => (
              <li key={institution.id} className="card" data-testid="unmatched-institution">
                <h3>{institution.name}</h3>
                <p className="muted">
                  URN {institution.urn} · {INSTITUTION_TYPE_NAMES[institution.type]} ·{' '}
                  {institution.laName ?? 'Local authority unknown'}
                  {institution.fsmPercent != null && ` · FSM ${institution.fsmPercent}%`}
                </p>
                {/* A refusal is shown once above the list, not in every card. */}
                {!suggestions.error && (
                  <QueryState result={suggestions} what="suggested advisers">
                    {() => {
                      const waiting = waitingOn.get(institution.id);
                      if (waiting)
                        return (
                          <p className="notice notice-ok">
                            {waiting} has been proposed and is waiting to accept (see below).
                          </p>
                        );
                      const list = byInstitution.get(institution.id) ?? [];
                      if (list.length === 0)
                        return (
                          <EmptyState>
                            No eligible adviser reaches this local authority with a free 1-2-1 slot.
                            Recruit or free up an adviser who covers{' '}
                            {institution.laName ?? 'this area'}.
                          </EmptyState>
                        );
                      return (
                        <table className="suggestions">
                          <caption className="visually-hidden">
                            Suggested advisers for {institution.name}
                          </caption>
                          <colgroup>
                            <col className="col-adviser" />
                            <col className="col-score" />
                            <col />
                            <col className="col-action" />
                          </colgroup>
                          <thead>
                            <tr>
                              <th scope="col">Adviser</th>
                              <th scope="col">Score</th>
                              <th scope="col">Why</th>
                              <th scope="col">
                                <span className="visually-hidden">Action</span>
                              </th>
                            </tr>
                          </thead>
                          <tbody>
                            {list.map((s) => (
                              <tr key={s.adviser.id} data-testid="suggestion">
                                <td>
                                  {s.adviser.name}
                                  <div className="muted">
                                    {[s.adviser.jobTitle, s.adviser.employer?.name]
                                      .filter(Boolean)
                                      .join(', ')}
                                  </div>
                                </td>
                                <td className="num">{s.score}</td>
                                <td>
                                  <ul className="reasons">
                                    {s.reasons.map((r) => (
                                      <li key={r}>{r}</li>
                                    ))}
                                  </ul>
                                </td>
                                <td>
                                  <button
                                    type="button"
                                    hidden={!props.startsOn}
                                    disabled={proposal.fetching}
                                    onClick={() => proposeOneToOne(institution, s.adviser)}
                                    aria-label={`Propose ${s.adviser.name} to ${institution.name} as 1-2-1`}
                                  >
                                    Propose 1-2-1
                                  </button>
                                </td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      );
                    }}
                  </QueryState>
                )}
              </li>
            ))}
          </ul>
          <Pager pages={pages} pageInfo={page.pageInfo} />
        </>
      )}
    </section>
  );
}
