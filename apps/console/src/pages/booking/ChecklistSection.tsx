import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { LabelledInput, SubmitWithError } from '../../components/form-fields';
import { QueryState } from '../../components/status';
import { graphql } from '../../gql';
import type { ChecklistFieldsFragment, ChecklistItem, ChecklistParty } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { latestChecklist } from './latest-checklist';

graphql(`
  fragment ChecklistFields on BookingChecklist {
    bookingId
    complete
    consentCount
    travelArrangements
    supervisorName
    supervisorRole
    items {
      item
      party
      completedAt
    }
  }
`);

const Checklist = graphql(`
  query BookingChecklist($bookingId: ID!) {
    bookingChecklist(bookingId: $bookingId) {
      ...ChecklistFields
    }
  }
`);

const CompleteItem = graphql(`
  mutation CompleteChecklistItem($input: CompleteChecklistItemInput!) {
    completeChecklistItem(input: $input) {
      ...ChecklistFields
    }
  }
`);

const ITEM_NAMES: Record<ChecklistItem, string> = {
  PARENTAL_CONSENT: 'Parental consent held for every pupil',
  NEEDS_SHARED: 'Medical, SEND and access needs shared with the employer',
  TRAVEL_ARRANGED: 'Travel arranged',
  SUPERVISOR_NAMED: 'Workplace supervisor named',
  INDUCTION_CONFIRMED: 'Induction confirmed',
};

const PARTY_NAMES: Record<ChecklistParty, string> = {
  INSTITUTION: 'the school',
  EMPLOYER: 'the employer',
};

/** The party whose items the signed-in role completes. */
const PARTY_OF_ROLE: Partial<Record<string, ChecklistParty>> = {
  CAREERS_LEADER: 'INSTITUTION',
  EMPLOYER: 'EMPLOYER',
};

/** The details one item records, entered by its party. */
function ItemForm({
  bookingId,
  item,
  places,
  onDone,
}: {
  bookingId: string;
  item: ChecklistItem;
  places: number;
  /** Called with the checklist as the completion left it. */
  onDone: (checklist: ChecklistFieldsFragment) => void;
}) {
  const [completing, complete] = useMutation(CompleteItem);
  const [consentCount, setConsentCount] = useState('');
  const [travel, setTravel] = useState('');
  const [supervisorName, setSupervisorName] = useState('');
  const [supervisorRole, setSupervisorRole] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const details = {
      PARENTAL_CONSENT: { consentCount: Number(consentCount) },
      NEEDS_SHARED: {},
      TRAVEL_ARRANGED: { travelArrangements: travel },
      SUPERVISOR_NAMED: { supervisorName, supervisorRole },
      INDUCTION_CONFIRMED: {},
    }[item];
    const r = await complete({ input: { bookingId, item, ...details } });
    if (r.data) onDone(r.data.completeChecklistItem);
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={ITEM_NAMES[item]}>
      {item === 'PARENTAL_CONSENT' && (
        <LabelledInput
          label={`Pupils with parental consent held (all ${places} booked; no names)`}
          type="number"
          min={1}
          required
          value={consentCount}
          onChange={(e) => setConsentCount(e.target.value)}
        />
      )}
      {item === 'TRAVEL_ARRANGED' && (
        <LabelledInput
          label="How the pupils travel (no names)"
          required
          maxLength={500}
          value={travel}
          onChange={(e) => setTravel(e.target.value)}
        />
      )}
      {item === 'SUPERVISOR_NAMED' && (
        <>
          <LabelledInput
            label="Supervisor’s name (an adult employee)"
            required
            maxLength={200}
            value={supervisorName}
            onChange={(e) => setSupervisorName(e.target.value)}
          />
          <LabelledInput
            label="Supervisor’s job title"
            required
            maxLength={200}
            value={supervisorRole}
            onChange={(e) => setSupervisorRole(e.target.value)}
          />
        </>
      )}
      <SubmitWithError
        result={completing}
        errorTitle="Not marked done"
        label={`Mark done: ${ITEM_NAMES[item]}`}
        busyLabel="Saving…"
      />
    </form>
  );
}

/**
 * A booking's checklist: every item with who completes it and whether it is done; the careers
 * leader and the employer each complete their own open items here. Attendance waits for all.
 */
export function ChecklistSection({
  bookingId,
  places,
  open,
}: {
  bookingId: string;
  places: number;
  /** Whether the booking still takes checklist items (requested or confirmed, not attended). */
  open: boolean;
}) {
  const { session } = useSession();
  const party = PARTY_OF_ROLE[session?.user.role ?? ''];
  const [result] = useQuery({ query: Checklist, variables: { bookingId } });
  // Each completion answers with the whole checklist; shown together with the page's own
  // (possibly older) answer, so two items completed in quick succession both show as done.
  const [completed, setCompleted] = useState<ChecklistFieldsFragment[]>([]);

  return (
    <section aria-labelledby="checklist">
      <h2 id="checklist">Checklist before pupils attend</h2>
      <QueryState result={result} what="the checklist">
        {({ bookingChecklist }) => {
          const c = latestChecklist([
            bookingChecklist,
            ...completed.filter((done) => done.bookingId === bookingId),
          ]);
          return (
            <>
              <p data-testid="checklist-state">
                {c.complete
                  ? 'Every item is done: attendance can be recorded.'
                  : 'Attendance can be recorded once every item is done.'}
              </p>
              <ul className="checklist" data-testid="checklist">
                {c.items.map((i) => (
                  <li key={i.item} data-item={i.item} data-done={i.completedAt ? 'yes' : 'no'}>
                    <strong>{ITEM_NAMES[i.item]}</strong> ({PARTY_NAMES[i.party]}):{' '}
                    {i.completedAt ? `done on ${String(i.completedAt).slice(0, 10)}` : 'to do'}
                    {i.item === 'PARENTAL_CONSENT' && c.consentCount !== null && (
                      <> ({c.consentCount} pupils)</>
                    )}
                    {i.item === 'TRAVEL_ARRANGED' && c.travelArrangements && (
                      <> ({c.travelArrangements})</>
                    )}
                    {i.item === 'SUPERVISOR_NAMED' && c.supervisorName && (
                      <>
                        {' '}
                        ({c.supervisorName}, {c.supervisorRole})
                      </>
                    )}
                    {open && !i.completedAt && i.party === party && (
                      <ItemForm
                        bookingId={bookingId}
                        item={i.item}
                        places={places}
                        onDone={(checklist) => setCompleted((all) => [...all, checklist])}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
