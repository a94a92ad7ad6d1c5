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

  return (
    <section aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">Email me about</h2>
      {saving.error && <ErrorNotice error={saving.error} title="Not saved" />}
      <QueryState result={preferences} what="email preferences">
        {({ notificationPreferences }) => (
          <ul className="preferences" data-testid="preferences">
            {notificationPreferences.map((p) => (
              <li key={p.kind}>
                <label>
                  <input
                    type="checkbox"
                    checked={p.email}
                    disabled={saving.fetching}
                    onChange={(e) =>
                      void save({ kind: p.kind as NotificationKind, email: e.target.checked })
                    }
                  />{' '}
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
