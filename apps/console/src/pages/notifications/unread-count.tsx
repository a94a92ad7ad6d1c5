import { NavLink } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

export const UnreadNotifications = graphql(`
  query UnreadNotifications {
    notifications(unreadOnly: true, first: 1) {
      totalCount
    }
  }
`);

/** Marking read returns a bare count, so it names what it changed for urql's cache to refetch. */
export const NOTIFICATIONS_CHANGED = {
  additionalTypenames: ['Notification', 'NotificationConnection'],
};

/** The nav link to the user's notifications, with how many are unread. */
export function NotificationsNavLink({ search }: { search: string }) {
  const [unread] = useQuery({ query: UnreadNotifications, context: NOTIFICATIONS_CHANGED });
  const count = unread.data?.notifications.totalCount ?? 0;
  return (
    <NavLink to={`/notifications${search}`}>
      Notifications
      {count > 0 && (
        <span className="badge" data-testid="unread-count" aria-label={`${count} unread`}>
          {count}
        </span>
      )}
    </NavLink>
  );
}
