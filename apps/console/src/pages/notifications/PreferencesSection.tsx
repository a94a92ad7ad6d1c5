import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import type { NotificationKind } from '../../gql/graphql';
import { KIND_NAMES } from './kind-names';

const Preferences = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      email
    }
  }
`);

const SetPreference = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $email: Boolean!) {
    setNotificationPreference(kind: $kind, email: $email) {
      kind
      email
    }
  }
`);

/** One switch per kind: whether it also comes by email (it always shows here). */
export function PreferencesSection() {
  const [preferences] = useQuery({ query: Preferences });
  const [saving, save] = useMutation(SetPreference);
  // The box moves at once; if the API refuses, it goes back to what the API holds.
  const [chosen, setChosen] = useState<Partial<Record<string, boolean>>>({});
  async function choose(kind: NotificationKind, email: boolean) {
    setChosen((c) => ({ ...c, [kind]: email }));
    const { error } = await save({ kind, email });
    if (error) setChosen(({ [kind]: _, ...rest }) => rest);
  }

  return (
    <section aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">Email me about</h2>
      {saving.error && <ErrorNotice error={saving.error} title="Not saved" />}
      <QueryState result={preferences} what="email preferences">
        {({ notificationPreferences }) => (
          <ul className="preferences" data-testid="preferences">
            {notificationPreferences.map((p) => (
              <li key={p.kind}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={chosen[p.kind] ?? p.email}
                    onChange={(e) => void choose(p.kind as NotificationKind, e.target.checked)}
                  />
                  {KIND_NAMES[p.kind] ?? p.kind}
                </label>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
