import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';

const UpdateMyDetails = graphql(`
  mutation UpdateMyAdviserDetails($id: ID!, $input: UpdateAdviserInput!) {
    updateAdviser(id: $id, input: $input) {
      id
      phone
      availabilityNote
      sectors
      localAuthorityCodes
    }
  }
`);

export interface AdviserDetails {
  id: string;
  phone?: string | null;
  availabilityNote?: string | null;
  sectors: string[];
  localAuthorityCodes: string[];
  maxOneToOne: number;
  maxAgile: number;
}

const listOf = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** What an adviser may change themself (availability, sectors, reach, phone); capacity is the hub's. */
export function DetailsSection({ adviser }: { adviser: AdviserDetails }) {
  const [saving, save] = useMutation(UpdateMyDetails);
  const [phone, setPhone] = useState(adviser.phone ?? '');
  const [availability, setAvailability] = useState(adviser.availabilityNote ?? '');
  const [sectors, setSectors] = useState(adviser.sectors.join(', '));
  const [areas, setAreas] = useState(adviser.localAuthorityCodes.join(', '));
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const r = await save({
      id: adviser.id,
      input: {
        phone: phone || null,
        availabilityNote: availability || null,
        sectors: listOf(sectors),
        localAuthorityCodes: listOf(areas),
      },
    });
    setSaved(!r.error);
  }

  return (
    <section aria-labelledby="my-details">
      <h2 id="my-details">My details</h2>
      <form className="form-grid" aria-label="My details" onSubmit={(e) => void submit(e)}>
        {saving.error && <ErrorNotice error={saving.error} title="Not saved" />}
        {saved && (
          <p className="notice notice-ok" role="status">
            Saved.
          </p>
        )}
        <label>
          Phone
          <input value={phone} onChange={(e) => setPhone(e.target.value)} />
        </label>
        <label>
          Availability
          <textarea value={availability} onChange={(e) => setAvailability(e.target.value)} />
        </label>
        <label>
          Sectors (separated by commas)
          <input value={sectors} onChange={(e) => setSectors(e.target.value)} />
        </label>
        <label>
          Local authority codes you can reach (separated by commas, e.g. 341)
          <input value={areas} onChange={(e) => setAreas(e.target.value)} />
        </label>
        <p>
          <button type="submit" disabled={saving.fetching}>
            Save my details
          </button>
        </p>
      </form>
      <dl className="facts">
        <dt>Capacity</dt>
        <dd>
          Up to {adviser.maxOneToOne} 1-2-1 partnerships and {adviser.maxAgile} pieces of agile
          support at once (your hub changes these)
        </dd>
      </dl>
    </section>
  );
}
