import { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import type { CombinedError } from 'urql';
import { ErrorNotice } from './status';

/** A text, number or date input with its label around it. */
export function LabelledInput({
  label,
  ...input
}: { label: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label>
      {label}
      <input {...input} />
    </label>
  );
}

/** The email a sign-in or a reset link is for. */
export function AccountEmailInput({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <LabelledInput
      label="Email"
      type="email"
      name="email"
      autoComplete="username"
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** A labelled choice among named values, every one of them allowed. */
export function LabelledSelect<T extends string>({
  label,
  value,
  names,
  onChange,
  ...select
}: {
  label: string;
  value: T;
  names: Record<T, string>;
  onChange: (value: T) => void;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  return (
    <label>
      {label}
      <select {...select} value={value} onChange={(e) => onChange(e.target.value as T)}>
        <NameOptions names={names} />
      </select>
    </label>
  );
}

/** Why the last send failed, if it did, then the button that sends (disabled while sending). */
export function SubmitWithError({
  error,
  errorTitle,
  fetching,
  label,
  busyLabel = label,
}: {
  error?: CombinedError;
  errorTitle: string;
  fetching: boolean;
  label: string;
  busyLabel?: string;
}) {
  return (
    <>
      {error && <ErrorNotice error={error} title={errorTitle} />}
      <button type="submit" disabled={fetching}>
        {fetching ? busyLabel : label}
      </button>
    </>
  );
}

/** One option per named value, in the order of the names. */
export function NameOptions({ names }: { names: Record<string, string> }) {
  return (
    <>
      {Object.entries(names).map(([key, name]) => (
        <option key={key} value={key}>
          {name}
        </option>
      ))}
    </>
  );
}
