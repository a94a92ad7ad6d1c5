import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { PagedTable, usePagedQuery } from '../../components/paged-list';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';
import type { OpportunityStatus } from '../../gql/graphql';
import { OPPORTUNITY_STATUS_NAMES } from '../../status-names';
import { TIER_NAMES } from './names';
import { EMPTY_OPPORTUNITY, OpportunityFields, OpportunityForm } from './OpportunityForm';

const MyOpportunities = graphql(`
  query MyOpportunities($employerId: ID!, $after: String) {
    opportunities(first: 20, after: $after, filter: { employerId: $employerId }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          description
          kind
          tier
          sector
          yearGroups
          deliveryMode
          location
          startsOn
          endsOn
          lengthDays
          totalPlaces
          placesLeft
          sendFriendly
          meaningfulCriteria
          meaningfulCriteriaMet
          status
          atEmployerPremises
          needsApproval
          rejectionReason
        }
      }
    }
  }
`);

const CreateOpportunity = graphql(`
  mutation CreateMyOpportunity($input: CreateOpportunityInput!) {
    createOpportunity(input: $input) {
      id
      status
    }
  }
`);

const UpdateOpportunity = graphql(`
  mutation UpdateMyOpportunity($id: ID!, $input: UpdateOpportunityInput!) {
    updateOpportunity(id: $id, input: $input) {
      id
      status
    }
  }
`);

const PublishOpportunity = graphql(`
  mutation PublishMyOpportunity($id: ID!) {
    publishOpportunity(id: $id) {
      id
      status
    }
  }
`);

const SubmitOpportunity = graphql(`
  mutation SubmitMyOpportunity($id: ID!) {
    submitOpportunity(id: $id) {
      id
      status
    }
  }
`);

const CloseOpportunity = graphql(`
  mutation CloseMyOpportunity($id: ID!) {
    closeOpportunity(id: $id) {
      id
      status
    }
  }
`);

const CancelOpportunity = graphql(`
  mutation CancelMyOpportunity($id: ID!) {
    cancelOpportunity(id: $id) {
      id
      status
    }
  }
`);

/** What can be done next to an opportunity in each status. */
type Step = 'publish' | 'submit' | 'close' | 'cancel' | 'edit';
const STEP_NAMES: Record<Step, string> = {
  edit: 'Edit',
  publish: 'Publish',
  submit: 'Submit for approval',
  close: 'Close',
  cancel: 'Cancel',
};
const NEXT_STEPS: Record<OpportunityStatus, Step[]> = {
  DRAFT: ['edit', 'publish', 'cancel'],
  PENDING_APPROVAL: ['cancel'],
  PUBLISHED: ['edit', 'close', 'cancel'],
  CLOSED: ['cancel'],
  CANCELLED: [],
};

/** The fields of an opportunity its form edits (the API's answer carries others, and typenames). */
function editableFields(o: OpportunityFields): OpportunityFields {
  return {
    title: o.title,
    description: o.description,
    kind: o.kind,
    tier: o.tier,
    sector: o.sector,
    yearGroups: o.yearGroups,
    deliveryMode: o.deliveryMode,
    location: o.location ?? '',
    startsOn: o.startsOn,
    endsOn: o.endsOn,
    lengthDays: o.lengthDays,
    totalPlaces: o.totalPlaces,
    sendFriendly: o.sendFriendly,
    meaningfulCriteria: o.meaningfulCriteria,
    atEmployerPremises: o.atEmployerPremises,
  };
}

/** The employer's own opportunities: create, edit, publish, close and cancel. */
export function OpportunitiesSection({ employerId }: { employerId: string }) {
  const { again, ...list } = usePagedQuery(
    MyOpportunities,
    { employerId },
    (data) => data.opportunities,
    'Opportunity',
  );
  const [creating, create] = useMutation(CreateOpportunity);
  const [updating, update] = useMutation(UpdateOpportunity);
  const [publishing, publish] = useMutation(PublishOpportunity);
  const [submitting, submitForApproval] = useMutation(SubmitOpportunity);
  const [closing, close] = useMutation(CloseOpportunity);
  const [cancelling, cancel] = useMutation(CancelOpportunity);
  const [form, setForm] = useState<'closed' | 'new' | string>('closed');
  const acted = (r: { error?: unknown }) => {
    if (!r.error) again();
  };
  const busy =
    publishing.fetching || submitting.fetching || closing.fetching || cancelling.fetching;
  const stepError = publishing.error ?? submitting.error ?? closing.error ?? cancelling.error;
  /** A draft needing approval is submitted rather than published. */
  const stepsOf = (o: { status: OpportunityStatus; needsApproval: boolean }) =>
    NEXT_STEPS[o.status].map((step) => (step === 'publish' && o.needsApproval ? 'submit' : step));

  async function saveNew(fields: OpportunityFields) {
    const r = await create({ input: fields });
    if (!r.error) {
      setForm('closed');
      again();
    }
  }
  async function saveEdit(id: string, fields: OpportunityFields) {
    const r = await update({ id, input: fields });
    if (!r.error) {
      setForm('closed');
      again();
    }
  }

  return (
    <section aria-labelledby="my-opportunities">
      <h2 id="my-opportunities">My opportunities</h2>
      {form === 'new' ? (
        <OpportunityForm
          label="New opportunity"
          initial={EMPTY_OPPORTUNITY}
          submitLabel="Save as draft"
          busy={creating.fetching}
          error={creating.error}
          onSubmit={(fields) => void saveNew(fields)}
          onCancel={() => setForm('closed')}
        />
      ) : (
        <button type="button" onClick={() => setForm('new')}>
          New opportunity
        </button>
      )}
      {stepError && <ErrorNotice error={stepError} title="Not changed" />}
      <PagedTable
        list={list}
        what="your opportunities"
        empty="No opportunities yet: create one, then publish it to open requests."
        testId="my-opportunities"
        caption="Your organisation’s opportunities"
        columns={['Title', 'Tier', 'Dates', 'Places left', 'Criteria met', 'Status', '']}
        row={(o) => (
          <tr key={o.id} data-opportunity-id={o.id}>
            <td>
              <Link to={`/opportunities/${o.id}`}>{o.title}</Link>
            </td>
            <td>{TIER_NAMES[o.tier]}</td>
            <td>
              {o.startsOn} to {o.endsOn}
            </td>
            <td className="num">
              {o.placesLeft} of {o.totalPlaces}
            </td>
            <td className="num">{o.meaningfulCriteriaMet} of 7</td>
            <td data-testid="opportunity-status">
              {OPPORTUNITY_STATUS_NAMES[o.status]}
              {o.status === 'DRAFT' && o.rejectionReason && (
                <p className="muted" data-testid="rejection-reason">
                  Sent back by the hub: {o.rejectionReason}
                </p>
              )}
            </td>
            <td className="col-action">
              {stepsOf(o).map((step) => (
                <button
                  key={step}
                  type="button"
                  className={step === 'publish' || step === 'submit' ? undefined : 'secondary'}
                  disabled={busy}
                  aria-label={`${STEP_NAMES[step]} ${o.title}`}
                  onClick={() => {
                    if (step === 'edit') setForm(o.id);
                    if (step === 'publish') void publish({ id: o.id }).then(acted);
                    if (step === 'submit') void submitForApproval({ id: o.id }).then(acted);
                    if (step === 'close') void close({ id: o.id }).then(acted);
                    if (step === 'cancel') void cancel({ id: o.id }).then(acted);
                  }}
                >
                  {STEP_NAMES[step]}
                </button>
              ))}
            </td>
          </tr>
        )}
        after={(nodes) =>
          nodes
            .filter((node) => node.id === form)
            .map((o) => (
              <OpportunityForm
                key={o.id}
                label={`Edit ${o.title}`}
                initial={editableFields(o)}
                submitLabel="Save changes"
                busy={updating.fetching}
                error={updating.error}
                onSubmit={(changed) => void saveEdit(o.id, changed)}
                onCancel={() => setForm('closed')}
              />
            ))
        }
      />
    </section>
  );
}
