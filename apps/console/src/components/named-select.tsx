import { NameOptions } from './form-fields';

/** A labelled filter over named values, whose first option (the empty value) means any of them. */
export function NamedSelect<T extends string>({
  label,
  value,
  names,
  anyName,
  onChange,
}: {
  label: string;
  value: T | '';
  names: Record<T, string>;
  anyName: string;
  onChange: (value: T | '') => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as T | '')}>
        <option value="">{anyName}</option>
        <NameOptions names={names} />
      </select>
    </label>
  );
}
