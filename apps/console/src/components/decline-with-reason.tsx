import { FormEvent, useState } from 'react';

/** "Decline…" that first asks why: the API refuses a decline without a reason. */
export function DeclineWithReason({
  label,
  busy,
  onDecline,
  verb = 'Decline',
  question = 'Why you decline',
}: {
  label: string;
  busy: boolean;
  onDecline: (reason: string) => void;
  /** The button's word, e.g. "Send back". */
  verb?: string;
  /** The label of the reason asked for. */
  question?: string;
}) {
  const [reason, setReason] = useState('');
  const [askReason, setAskReason] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    onDecline(reason);
  }

  return askReason ? (
    <form onSubmit={submit} aria-label={label}>
      <label>
        {question}
        {/* It replaces the button just pressed: focus follows, so the keyboard is not lost. */}
        <input autoFocus required value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>{' '}
      <button type="submit" className="danger" disabled={busy}>
        {verb}
      </button>
    </form>
  ) : (
    <button
      type="button"
      className="secondary"
      disabled={busy}
      aria-label={label}
      onClick={() => setAskReason(true)}
    >
      {verb}…
    </button>
  );
}
