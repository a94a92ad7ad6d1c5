import { YEAR_GROUPS } from './names';

/** One number input per year group, in a fieldset whose legend says what is counted. */
export function YearGroupInputs({
  legend,
  values,
  onChange,
  only = YEAR_GROUPS,
  idPrefix,
}: {
  legend: string;
  values: Record<number, string>;
  onChange: (values: Record<number, string>) => void;
  only?: readonly number[];
  idPrefix: string;
}) {
  return (
    <fieldset className="year-groups">
      <legend>{legend}</legend>
      {only.map((year) => (
        <label key={year} htmlFor={`${idPrefix}-${year}`}>
          Year {year}
          <input
            id={`${idPrefix}-${year}`}
            type="number"
            min={0}
            max={10000}
            inputMode="numeric"
            value={values[year] ?? ''}
            onChange={(e) => onChange({ ...values, [year]: e.target.value })}
          />
        </label>
      ))}
    </fieldset>
  );
}
