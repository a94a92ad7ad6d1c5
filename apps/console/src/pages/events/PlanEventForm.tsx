import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { LabelledInput, SubmitWithError } from '../../components/form-fields';
import { graphql } from '../../gql';
import type { HubEventAudience, HubEventKind } from '../../gql/graphql';

const CreateEvent = graphql(`
  mutation PlanHubEvent($input: CreateHubEventInput!) {
    createHubEvent(input: $input) {
      id
    }
  }
`);

const KIND_NAMES: Record<HubEventKind, string> = {
  ADVISER_NETWORK_MEETING: 'Adviser network meeting',
  EMPLOYER_NETWORK_SESSION: 'Employer network session',
  SECTOR_GROUP_EVENT: 'Sector group event',
  PARENT_CARER_SESSION: 'Parent and carer session',
  STUDENT_EVENT: 'Student event',
  CELEBRATION: 'Celebration',
};

export const AUDIENCE_NAMES: Record<HubEventAudience, string> = {
  ADVISERS: 'Enterprise Advisers',
  EMPLOYER_CONTACTS: 'Employer contacts',
  CAREERS_LEADERS: 'Careers leaders (groups of pupils)',
  PARENTS_CARERS: 'Parents and carers',
  PUBLIC: 'The public',
};

/** Hub staff plan an event: it is saved as a draft, to publish from its page. */
export function PlanEventForm({
  hubId,
  onPlanned,
}: {
  hubId: string | null;
  onPlanned: () => void;
}) {
  const navigate = useNavigate();
  const [result, create] = useMutation(CreateEvent);
  const [form, setForm] = useState({
    kind: 'ADVISER_NETWORK_MEETING' as HubEventKind,
    title: '',
    description: '',
    venue: '',
    address: '',
    joiningUrl: '',
    startsAt: '',
    endsAt: '',
    capacity: '30',
  });
  const [audiences, setAudiences] = useState<HubEventAudience[]>([]);
  const set = (field: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await create({
      input: {
        hubId,
        kind: form.kind,
        title: form.title,
        description: form.description,
        venue: form.venue || null,
        address: form.address || null,
        joiningUrl: form.joiningUrl || null,
        startsAt: form.startsAt ? new Date(form.startsAt).toISOString() : '',
        endsAt: form.endsAt ? new Date(form.endsAt).toISOString() : '',
        capacity: Number(form.capacity),
        audiences,
      },
    });
    if (done.data) {
      onPlanned();
      void navigate(`/events/${done.data.createHubEvent.id}`);
    }
  }

  return (
    <section aria-labelledby="plan-event">
      <h2 id="plan-event">Plan an event</h2>
      <form onSubmit={submit} aria-labelledby="plan-event">
        <label>
          Kind
          <select value={form.kind} onChange={(e) => set('kind')(e.target.value)}>
            {Object.entries(KIND_NAMES).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <LabelledInput
          label="Title"
          required
          value={form.title}
          onChange={(e) => set('title')(e.target.value)}
        />
        <label>
          Description
          <textarea value={form.description} onChange={(e) => set('description')(e.target.value)} />
        </label>
        <LabelledInput
          label="Venue (in person)"
          value={form.venue}
          onChange={(e) => set('venue')(e.target.value)}
        />
        <LabelledInput
          label="Address"
          value={form.address}
          onChange={(e) => set('address')(e.target.value)}
        />
        <LabelledInput
          label="Joining link (online, https://; shown only to people registered)"
          type="url"
          value={form.joiningUrl}
          onChange={(e) => set('joiningUrl')(e.target.value)}
        />
        <LabelledInput
          label="Starts"
          type="datetime-local"
          required
          value={form.startsAt}
          onChange={(e) => set('startsAt')(e.target.value)}
        />
        <LabelledInput
          label="Ends"
          type="datetime-local"
          required
          value={form.endsAt}
          onChange={(e) => set('endsAt')(e.target.value)}
        />
        <LabelledInput
          label="Capacity (people)"
          type="number"
          min={1}
          required
          value={form.capacity}
          onChange={(e) => set('capacity')(e.target.value)}
        />
        <fieldset>
          <legend>Who it is for</legend>
          {(Object.keys(AUDIENCE_NAMES) as HubEventAudience[]).map((audience) => (
            <label key={audience} className="checkbox">
              <input
                type="checkbox"
                checked={audiences.includes(audience)}
                onChange={(e) =>
                  setAudiences((list) =>
                    e.target.checked ? [...list, audience] : list.filter((a) => a !== audience),
                  )
                }
              />
              {AUDIENCE_NAMES[audience]}
            </label>
          ))}
        </fieldset>
        <SubmitWithError
          result={result}
          errorTitle="The event was not saved"
          label="Save as draft"
          busyLabel="Saving…"
        />
      </form>
    </section>
  );
}
