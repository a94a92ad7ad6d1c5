import { FormEvent, useState } from 'react';
import { LabelledInput, LabelledSelect } from '../../components/form-fields';

/** "Decline…" that first asks which reason, with an optional note kept beside it. */
export function DeclineApplicationForm<Reason extends string>({
  applicant,
  reasons,
  busy,
  onDecline,
}: {
  /** Who is declined: an organisation or a volunteer's name. */
  applicant: string;
  /** The reasons to choose from, by value; the first is chosen at first. */
  reasons: Record<Reason, string>;
  busy: boolean;
  onDecline: (reason: Reason, note: string) => void;
}) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState<Reason>(Object.keys(reasons)[0] as Reason);
  const [note, setNote] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    onDecline(reason, note.trim());
  }

  if (!asking)
    return (
      <button
        type="button"
        className="secondary"
        disabled={busy}
        aria-label={`Decline ${applicant}…`}
        onClick={() => setAsking(true)}
      >
        Decline…
      </button>
    );
  return (
    <form onSubmit={submit} aria-label={`Decline ${applicant}`} className="decline-form">
      <LabelledSelect label="Reason" value={reason} names={reasons} onChange={setReason} />
      <LabelledInput
        label="Note (optional)"
        maxLength={500}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" className="secondary" disabled={busy}>
        Decline
      </button>
    </form>
  );
}
