export interface AdviserChecks {
  inductionCompletedOn?: string | null;
  dbsCheckedOn?: string | null;
  matchability: {
    matchable: boolean;
    explanation?: string | null;
    inductionValidUntil?: string | null;
    dbsValidUntil?: string | null;
  };
}

/** The adviser's induction and DBS dates, and what they allow today (the API's rule). */
export function ChecksSection({ adviser }: { adviser: AdviserChecks }) {
  const m = adviser.matchability;
  return (
    <section aria-labelledby="my-checks">
      <h2 id="my-checks">Induction and DBS check</h2>
      <dl className="facts">
        <dt>Induction</dt>
        <dd>
          {adviser.inductionCompletedOn
            ? `Completed ${adviser.inductionCompletedOn}, counts until ${m.inductionValidUntil}`
            : 'Not completed yet'}
        </dd>
        <dt>DBS check</dt>
        <dd>
          {adviser.dbsCheckedOn
            ? `Checked ${adviser.dbsCheckedOn}, counts until ${m.dbsValidUntil}`
            : 'No check recorded'}
        </dd>
        <dt>Matches</dt>
        <dd data-testid="matchable">
          {m.matchable
            ? 'You can be matched with schools and colleges today.'
            : `You cannot be matched today: ${m.explanation}. Your hub can help.`}
        </dd>
      </dl>
    </section>
  );
}
