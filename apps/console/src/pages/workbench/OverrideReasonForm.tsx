import { FormEvent, useState } from 'react';

/**
 * Asked when the API refuses a proposal because the institution is outside the adviser's local
 * authorities: hub staff may propose anyway, saying why (kept on the match and its history).
 */
export function OverrideReasonForm(props: {
  label: string;
  busy: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit(reason);
  }

  return (
    <form onSubmit={submit} aria-label={`Propose ${props.label} anyway`} className="notice">
      <label>
        Why propose {props.label} outside the adviser’s local authorities?
        <input
          required
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>{' '}
      <button type="submit" disabled={props.busy || !reason.trim()}>
        Propose anyway
      </button>{' '}
      <button type="button" className="secondary" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
