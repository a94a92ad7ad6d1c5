import { useState } from 'react';
import { useParams } from 'react-router';
import { TypedDocumentNode, useMutation, useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { ErrorNotice, EmptyState, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import type { ProgrammePageQuery } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { PROGRAMME_KIND_NAMES, yearCounts } from './names';
import { AddParticipantForm, RecordSessionForm } from './ProgrammeDeliveryForms';
import { ProgrammeForm, ProgrammeFields } from './ProgrammeForm';

const ProgrammeQuery = graphql(`
  query ProgrammePage($id: ID!) {
    programme(id: $id) {
      id
      hubId
      name
      kind
      description
      sectors
      startsOn
      endsOn
      hostEmployers {
        id
        name
      }
      participants {
        id
        pupils
        sendPupils
        fsmPupils
        cohort {
          yearGroup
          pupils
        }
        institution {
          id
          name
        }
      }
      sessions {
        id
        heldOn
        pupilsReached
        notes
        reached {
          yearGroup
          pupils
        }
        institution {
          id
          name
        }
        opportunity {
          id
          title
        }
      }
    }
  }
`);

const UpdateProgramme = graphql(`
  mutation UpdateProgramme($id: ID!, $input: UpdateProgrammeInput!) {
    updateProgramme(id: $id, input: $input) {
      id
    }
  }
`);

const RemoveParticipant = graphql(`
  mutation RemoveProgrammeParticipant($id: ID!) {
    removeProgrammeParticipant(id: $id) {
      id
    }
  }
`);

const RemoveSession = graphql(`
  mutation RemoveProgrammeSession($id: ID!) {
    removeProgrammeSession(id: $id) {
      id
    }
  }
`);

export type ProgrammeDetail = ProgrammePageQuery['programme'];

/** One programme: its hosts, participating institutions with their cohorts, and sessions. */
export function ProgrammePage() {
  const { programmeId } = useParams();
  const { session } = useSession();
  const manages = session?.user.role === 'HUB_ADMIN' || session?.user.role === 'HUB_STAFF';
  const [result, refetch] = useQuery({ query: ProgrammeQuery, variables: { id: programmeId! } });
  const again = () => refetch({ requestPolicy: 'network-only' });

  return (
    <QueryState result={result} what="the programme">
      {({ programme }) => (
        <>
          <h1 className="page-title">{programme.name}</h1>
          <ProgrammeFacts programme={programme} manages={manages} onSaved={again} />
          <ParticipantsSection programme={programme} manages={manages} onChanged={again} />
          <SessionsSection programme={programme} manages={manages} onChanged={again} />
        </>
      )}
    </QueryState>
  );
}

function ProgrammeFacts({
  programme,
  manages,
  onSaved,
}: {
  programme: ProgrammeDetail;
  manages: boolean;
  onSaved: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [updated, update] = useMutation(UpdateProgramme);
  const save = (fields: ProgrammeFields) =>
    void update({ id: programme.id, input: fields }).then((r) => {
      if (!r.error) {
        setEditing(false);
        onSaved();
      }
    });
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">About the programme</h2>
      <p>{programme.description}</p>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{PROGRAMME_KIND_NAMES[programme.kind]}</dd>
        <dt>Sectors</dt>
        <dd>{programme.sectors.join(', ')}</dd>
        <dt>Dates</dt>
        <dd>
          {programme.startsOn} to {programme.endsOn}
        </dd>
        <dt>Hosted by</dt>
        <dd>{programme.hostEmployers.map((e) => e.name).join(', ') || 'No host employer'}</dd>
      </dl>
      {manages &&
        (editing ? (
          <ProgrammeForm
            label="Change the programme"
            submitLabel="Save changes"
            initial={{
              name: programme.name,
              kind: programme.kind,
              description: programme.description,
              sectors: programme.sectors,
              hostEmployerIds: programme.hostEmployers.map((e) => e.id),
              startsOn: programme.startsOn,
              endsOn: programme.endsOn,
            }}
            result={updated}
            onSubmit={save}
          />
        ) : (
          <button type="button" onClick={() => setEditing(true)}>
            Change the programme
          </button>
        ))}
    </section>
  );
}

/** A part of the programme's delivery: its managers change it, then the page refreshes. */
type DeliverySectionProps = {
  programme: ProgrammeDetail;
  manages: boolean;
  onChanged: () => void;
};

function ParticipantsSection({ programme, manages, onChanged }: DeliverySectionProps) {
  const removal = useRemoval(RemoveParticipant, onChanged);
  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">Schools and colleges taking part</h2>
      {removal.result.error && <ErrorNotice error={removal.result.error} title="Not removed" />}
      {programme.participants.length === 0 ? (
        <EmptyState>No school or college takes part yet.</EmptyState>
      ) : (
        <DataTable
          testId="participants"
          caption="Schools and colleges taking part, with their cohorts"
          columns={[
            'Institution',
            'Cohort by year group',
            'Pupils',
            'With SEND',
            'FSM-eligible',
            ...(manages ? [''] : []),
          ]}
        >
          {programme.participants.map((p) => (
            <tr key={p.id}>
              <td>{p.institution.name}</td>
              <td>{yearCounts(p.cohort)}</td>
              <td>{p.pupils}</td>
              <td>{p.sendPupils}</td>
              <td>{p.fsmPupils}</td>
              {manages && (
                <RemoveCell
                  removal={removal}
                  id={p.id}
                  label={`Remove ${p.institution.name} from the programme`}
                />
              )}
            </tr>
          ))}
        </DataTable>
      )}
      {manages && <AddParticipantForm programme={programme} onAdded={onChanged} />}
    </section>
  );
}

function SessionsSection({ programme, manages, onChanged }: DeliverySectionProps) {
  const removal = useRemoval(RemoveSession, onChanged);
  const reached = programme.sessions.reduce((sum, s) => sum + s.pupilsReached, 0);
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Sessions delivered</h2>
      {removal.result.error && <ErrorNotice error={removal.result.error} title="Not removed" />}
      {programme.sessions.length === 0 ? (
        <EmptyState>No session recorded yet.</EmptyState>
      ) : (
        <>
          <p>
            {programme.sessions.length === 1
              ? 'One session'
              : `${programme.sessions.length} sessions`}
            , {reached} pupil encounters in all.
          </p>
          <DataTable
            testId="sessions"
            caption="Sessions delivered, by date"
            columns={[
              'Date',
              'Institution',
              'Pupils reached',
              'By year group',
              'Notes',
              ...(manages ? [''] : []),
            ]}
          >
            {programme.sessions.map((s) => (
              <tr key={s.id}>
                <td>{s.heldOn}</td>
                <td>{s.institution.name}</td>
                <td>{s.pupilsReached}</td>
                <td>{yearCounts(s.reached)}</td>
                <td>{[s.opportunity?.title, s.notes].filter(Boolean).join(' — ')}</td>
                {manages && (
                  <RemoveCell
                    removal={removal}
                    id={s.id}
                    label={`Remove the session of ${s.heldOn} at ${s.institution.name}`}
                  />
                )}
              </tr>
            ))}
          </DataTable>
        </>
      )}
      {manages && programme.participants.length > 0 && (
        <RecordSessionForm programme={programme} onRecorded={onChanged} />
      )}
    </section>
  );
}

type Removal = ReturnType<typeof useRemoval>;

/** Removes one of the programme's rows by its id, then tells the page to refresh. */
function useRemoval<Data>(
  document: TypedDocumentNode<Data, { id: string }>,
  onRemoved: () => void,
) {
  const [result, remove] = useMutation(document);
  return {
    result,
    remove: (id: string) =>
      void remove({ id }).then((r) => {
        if (!r.error) onRemoved();
      }),
  };
}

/** The cell with a row's "Remove" button; `label` names what it removes. */
function RemoveCell({ removal, id, label }: { removal: Removal; id: string; label: string }) {
  return (
    <td className="col-action">
      <button
        type="button"
        disabled={removal.result.fetching}
        aria-label={label}
        onClick={() => removal.remove(id)}
      >
        Remove
      </button>
    </td>
  );
}
