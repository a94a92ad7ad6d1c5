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

/** Where a send stands: a mutation's state from `useMutation`, or the part of it a form needs. */
export type Sending = { fetching: boolean; error?: CombinedError };

/**
 * Why the last send failed, if it did and `showError` allows, then the button that sends
 * (disabled while sending).
 */
export function SubmitWithError({
  result,
  showError = true,
  errorTitle,
  label,
  busyLabel = label,
}: {
  result: Sending;
  showError?: boolean;
  errorTitle: string;
  label: string;
  busyLabel?: string;
}) {
  return (
    <>
      {showError && result.error && <ErrorNotice error={result.error} title={errorTitle} />}
      <button type="submit" disabled={result.fetching}>
        {result.fetching ? busyLabel : label}
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
