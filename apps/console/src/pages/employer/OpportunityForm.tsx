import { FormEvent, useState } from 'react';
import type { CombinedError } from 'urql';
import { LabelledInput, LabelledSelect } from '../../components/form-fields';
import { ErrorNotice } from '../../components/status';
import type { CreateOpportunityInput, MeaningfulCriterion } from '../../gql/graphql';
import { CRITERION_NAMES, DELIVERY_NAMES, KIND_NAMES, TIER_NAMES } from './names';

export type OpportunityFields = Omit<CreateOpportunityInput, 'employerId'>;

const YEAR_GROUPS = [7, 8, 9, 10, 11, 12, 13];

export const EMPTY_OPPORTUNITY: OpportunityFields = {
  title: '',
  description: '',
  kind: 'WORKPLACE_VISIT',
  tier: 'T1',
  sector: '',
  yearGroups: [],
  deliveryMode: 'IN_PERSON',
  location: '',
  startsOn: '',
  endsOn: '',
  lengthDays: 1,
  totalPlaces: 10,
  sendFriendly: false,
  meaningfulCriteria: [],
  atEmployerPremises: false,
};

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

/** Creating or editing an opportunity: the equalex tier and the seven meaningful-encounter criteria
 * among its fields. The API checks the dates, places and lengths and says what is wrong. */
export function OpportunityForm({
  label,
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial: OpportunityFields;
  submitLabel: string;
  busy: boolean;
  error?: CombinedError;
  onSubmit: (fields: OpportunityFields) => void;
  onCancel?: () => void;
}) {
  const [f, setF] = useState<OpportunityFields>(initial);
  const set = (change: Partial<OpportunityFields>) => setF({ ...f, ...change });
  const criteria = f.meaningfulCriteria ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ ...f, location: f.location || null });
  }

  return (
    <form className="form-grid" aria-label={label} onSubmit={submit}>
      {error && <ErrorNotice error={error} title="Not saved" />}
      {/* The form opens in place of the button pressed: focus goes to its first field. */}
      <LabelledInput
        label="Title"
        autoFocus
        required
        value={f.title}
        onChange={(e) => set({ title: e.target.value })}
      />
      <label>
        Description
        <textarea
          required
          value={f.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </label>
      <LabelledSelect
        label="Kind"
        value={f.kind}
        names={KIND_NAMES}
        onChange={(kind) => set({ kind })}
      />
      <LabelledSelect
        label="Tier"
        value={f.tier}
        names={TIER_NAMES}
        onChange={(tier) => set({ tier })}
      />
      <LabelledInput
        label="Sector"
        required
        value={f.sector}
        onChange={(e) => set({ sector: e.target.value })}
      />
      <fieldset>
        <legend>Year groups</legend>
        {YEAR_GROUPS.map((year) => (
          <label key={year} className="check">
            <input
              type="checkbox"
              checked={f.yearGroups.includes(year)}
              onChange={(e) => set({ yearGroups: toggle(f.yearGroups, year, e.target.checked) })}
            />
            Year {year}
          </label>
        ))}
      </fieldset>
      <LabelledSelect
        label="Delivery"
        value={f.deliveryMode}
        names={DELIVERY_NAMES}
        onChange={(deliveryMode) => set({ deliveryMode })}
      />
      <LabelledInput
        label="Where"
        value={f.location ?? ''}
        onChange={(e) => set({ location: e.target.value })}
      />
      <LabelledInput
        label="First day"
        type="date"
        required
        value={f.startsOn}
        onChange={(e) => set({ startsOn: e.target.value })}
      />
      <LabelledInput
        label="Last day"
        type="date"
        required
        value={f.endsOn}
        onChange={(e) => set({ endsOn: e.target.value })}
      />
      <LabelledInput
        label="Days per young person"
        type="number"
        min={0.5}
        step={0.5}
        required
        value={f.lengthDays}
        onChange={(e) => set({ lengthDays: Number(e.target.value) })}
      />
      <LabelledInput
        label="Places"
        type="number"
        min={1}
        required
        value={f.totalPlaces}
        onChange={(e) => set({ totalPlaces: Number(e.target.value) })}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={!!f.sendFriendly}
          onChange={(e) => set({ sendFriendly: e.target.checked })}
        />
        Suitable for pupils with special educational needs (SEND)
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={!!f.atEmployerPremises}
          onChange={(e) => set({ atEmployerPremises: e.target.checked })}
        />
        At our premises (the hub approves it, with our insurance and its risk assessment)
      </label>
      <fieldset>
        <legend>Meaningful-encounter criteria it meets ({criteria.length} of 7)</legend>
        {Object.entries<string>(CRITERION_NAMES).map(([value, name]) => (
          <label key={value} className="check">
            <input
              type="checkbox"
              checked={criteria.includes(value as MeaningfulCriterion)}
              onChange={(e) =>
                set({
                  meaningfulCriteria: toggle(
                    criteria,
                    value as MeaningfulCriterion,
                    e.target.checked,
                  ),
                })
              }
            />
            {name}
          </label>
        ))}
      </fieldset>
      <p>
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>{' '}
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </form>
  );
}
