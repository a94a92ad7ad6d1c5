import { FormEvent, useState } from 'react';
import { LabelledInput, LabelledSelect } from '../../components/form-fields';
import type { MembershipDeclineReason } from '../../gql/graphql';
import { MEMBERSHIP_DECLINE_REASON_NAMES } from '../../status-names';

/** "Decline…" that first asks which reason, with an optional note kept beside it. */
export function DeclineApplicationForm({
  organisation,
  busy,
  onDecline,
}: {
  organisation: string;
  busy: boolean;
  onDecline: (reason: MembershipDeclineReason, note: string) => void;
}) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState<MembershipDeclineReason>('NOT_IN_AREA');
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
        aria-label={`Decline ${organisation}…`}
        onClick={() => setAsking(true)}
      >
        Decline…
      </button>
    );
  return (
    <form onSubmit={submit} aria-label={`Decline ${organisation}`} className="decline-form">
      <LabelledSelect
        label="Reason"
        value={reason}
        names={MEMBERSHIP_DECLINE_REASON_NAMES}
        onChange={setReason}
      />
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
