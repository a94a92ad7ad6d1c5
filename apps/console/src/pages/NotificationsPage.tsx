import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Pager, useCursorPages } from '../components/pager';
import { EmptyState, ErrorNotice, QueryState } from '../components/status';
import { graphql } from '../gql';
import { PreferencesSection } from './notifications/PreferencesSection';
import { NOTIFICATIONS_CHANGED } from './notifications/unread-count';

const MyNotifications = graphql(`
  query MyNotifications($unreadOnly: Boolean, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          subject
          body
          actionUrl
          createdAt
          readAt
        }
      }
    }
  }
`);

const MarkRead = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

/** A console address (under /console) becomes an in-app link; anything else stays a plain link. */
function ActionLink({ url, onFollow }: { url: string; onFollow: () => void }) {
  const parsed = new URL(url, window.location.origin);
  const inConsole = parsed.pathname.match(/^\/console(\/.*)$/);
  if (!inConsole) return <a href={url}>Open</a>;
  return (
    <Link to={`${inConsole[1]}${parsed.search}`} onClick={onFollow}>
      Open
    </Link>
  );
}

/** The signed-in user's notifications, newest first, and which of them also come by email. */
export function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const pages = useCursorPages();
  const [list] = useQuery({
    query: MyNotifications,
    variables: { unreadOnly, after: pages.after },
    context: NOTIFICATIONS_CHANGED,
  });
  const [marking, markRead] = useMutation(MarkRead);
  const mark = (ids: string[]) => void markRead({ ids }, NOTIFICATIONS_CHANGED);

  return (
    <>
      <h1>Notifications</h1>
      <section aria-labelledby="notifications-heading">
        <h2 id="notifications-heading" className="visually-hidden">
          Your notifications
        </h2>
        <div className="filters">
          <label className="check">
            <input
              type="checkbox"
              checked={unreadOnly}
              onChange={(e) => {
                setUnreadOnly(e.target.checked);
                pages.reset();
              }}
            />
            Unread only
          </label>
        </div>
        {marking.error && <ErrorNotice error={marking.error} title="Not marked read" />}
        <QueryState result={list} what="notifications">
          {({ notifications }) => {
            const unreadIds = notifications.edges
              .filter(({ node }) => !node.readAt)
              .map(({ node }) => node.id);
            return notifications.totalCount === 0 ? (
              <EmptyState>
                {unreadOnly ? 'Nothing unread: you are up to date.' : 'No notifications yet.'}
              </EmptyState>
            ) : (
              <>
                {unreadIds.length > 0 && (
                  <button
                    type="button"
                    className="secondary"
                    disabled={marking.fetching}
                    onClick={() => mark(unreadIds)}
                  >
                    Mark all on this page read
                  </button>
                )}
                <ul className="notifications" data-testid="notifications">
                  {notifications.edges.map(({ node: n }) => (
                    <li
                      key={n.id}
                      className={n.readAt ? 'card' : 'card unread'}
                      data-testid="notification"
                      data-notification-id={n.id}
                      data-kind={n.kind}
                    >
                      <h3>{n.subject}</h3>
                      <div className="muted">
                        {n.createdAt.slice(0, 16).replace('T', ' ')}
                        {n.readAt ? ' · read' : ' · unread'}
                      </div>
                      <p className="notification-body">{n.body}</p>
                      <div className="notification-actions">
                        {n.actionUrl && (
                          <ActionLink
                            url={n.actionUrl}
                            onFollow={() => !n.readAt && mark([n.id])}
                          />
                        )}
                        {!n.readAt && (
                          <button
                            type="button"
                            className="secondary"
                            disabled={marking.fetching}
                            onClick={() => mark([n.id])}
                          >
                            Mark read
                          </button>
                        )}
                      </div>
                    </li>
                  ))}
                </ul>
                <Pager pages={pages} pageInfo={notifications.pageInfo} />
              </>
            );
          }}
        </QueryState>
      </section>
      <PreferencesSection />
    </>
  );
}
