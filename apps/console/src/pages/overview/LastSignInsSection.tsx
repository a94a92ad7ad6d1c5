import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/status';
import { ROLE_NAMES } from '../../names';
import type { Dashboard } from './figures';

/** Who in the hub signed in last, and when. */
export function LastSignInsSection({ lastLogins }: { lastLogins: Dashboard['lastLogins'] }) {
  return (
    <section aria-labelledby="last-logins-heading">
      <h2 id="last-logins-heading">Last sign-ins</h2>
      {lastLogins.length === 0 ? (
        <EmptyState>Nobody in the hub has signed in yet.</EmptyState>
      ) : (
        <DataTable
          testId="last-logins"
          caption="The hub's most recent sign-ins"
          columns={['Name', 'Last sign-in', 'Role']}
        >
          {lastLogins.map((login, i) => (
            <tr key={i}>
              <th scope="row">{login.name}</th>
              <td>{new Date(login.lastLoginAt).toLocaleDateString('en-GB')}</td>
              <td>{ROLE_NAMES[login.role] ?? login.role}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
