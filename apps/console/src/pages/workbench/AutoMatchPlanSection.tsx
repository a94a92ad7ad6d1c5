import { useState } from 'react';
import { useMutation } from 'urql';
import { DataTable } from '../../components/data-table';
import { EmptyState, ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';
import { useHubId } from '../../session/hub-context';

const PlanAutoMatch = graphql(`
  mutation PlanAutoMatch($academicYear: String, $hubId: ID) {
    autoMatchPlan(academicYear: $academicYear, hubId: $hubId) {
      id
      academicYear
      totalScore
      appliedAt
      assignments {
        score
        reasons
        adviser {
          id
          name
        }
        institution {
          id
          name
          laName
        }
      }
    }
  }
`);

const ApplyAutoMatchPlan = graphql(`
  mutation ApplyAutoMatchPlan($planId: ID!) {
    applyAutoMatchPlan(planId: $planId) {
      id
      appliedAt
      assignments {
        score
      }
    }
  }
`);

/** The whole hub's best set of 1-2-1 proposals, proposed only after the user confirms. */
export function AutoMatchPlanSection(props: {
  academicYear: string;
  /** The day proposals start on, or null when the year has ended and none can be made. */
  startsOn: string | null;
  onChange: () => void;
}) {
  const hubId = useHubId();
  const [planning, plan] = useMutation(PlanAutoMatch);
  const [applying, apply] = useMutation(ApplyAutoMatchPlan);
  const [confirming, setConfirming] = useState(false);
  const [applied, setApplied] = useState<string | null>(null);
  const current =
    planning.data?.autoMatchPlan.academicYear === props.academicYear
      ? planning.data.autoMatchPlan
      : null;

  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">Auto-match plan</h2>
      <p>
        The set of 1-2-1 pairings with the highest total score across the hub. Nothing is proposed
        until you confirm.
      </p>
      <button
        type="button"
        disabled={planning.fetching}
        onClick={() => {
          setConfirming(false);
          setApplied(null);
          void plan({ academicYear: props.academicYear, hubId });
        }}
      >
        {planning.fetching ? 'Planning…' : `Plan ${props.academicYear} for the whole hub`}
      </button>
      {planning.error && <ErrorNotice error={planning.error} title="No plan was made" />}
      {applying.error && <ErrorNotice error={applying.error} title="The plan was not applied" />}
      {applied && (
        <p className="notice notice-ok" role="status">
          {applied}
        </p>
      )}
      {current &&
        (current.assignments.length === 0 ? (
          <EmptyState>
            The plan is empty: no eligible adviser with a free 1-2-1 slot reaches an unmatched
            institution. Approve, induct or DBS-check more advisers, then plan again.
          </EmptyState>
        ) : (
          <>
            <p data-testid="plan-total">
              <strong>{current.assignments.length}</strong> pairings, total score{' '}
              <strong>{current.totalScore}</strong>
            </p>
            <DataTable
              testId="auto-match-plan"
              caption="Planned 1-2-1 pairings"
              columns={['Institution', 'Adviser', 'Score', 'Why']}
              footer={
                <tr>
                  <th scope="row" colSpan={2}>
                    Total
                  </th>
                  <td className="num">{current.totalScore}</td>
                  <td />
                </tr>
              }
            >
              {current.assignments.map((a) => (
                <tr key={`${a.institution.id}-${a.adviser.id}`}>
                  <td>
                    {a.institution.name}
                    <div className="muted">{a.institution.laName}</div>
                  </td>
                  <td>{a.adviser.name}</td>
                  <td className="num">{a.score}</td>
                  <td>{a.reasons.join('; ')}</td>
                </tr>
              ))}
            </DataTable>
            {current.appliedAt || applied || !props.startsOn ? null : confirming ? (
              <div className="confirm" role="group" aria-label="Confirm the plan">
                <p>
                  Propose all {current.assignments.length} pairings now? Each adviser is asked to
                  accept.
                </p>
                <button
                  type="button"
                  disabled={applying.fetching}
                  onClick={async () => {
                    const result = await apply({ planId: current.id });
                    setConfirming(false);
                    if (result.data) {
                      setApplied(
                        `Proposed ${result.data.applyAutoMatchPlan.assignments.length} matches.`,
                      );
                      props.onChange();
                    }
                  }}
                >
                  Yes, propose them
                </button>{' '}
                <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                Propose these {current.assignments.length} pairings…
              </button>
            )}
          </>
        ))}
    </section>
  );
}
