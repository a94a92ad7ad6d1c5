import { NotificationKind } from '../entities/notification.enums';

/**
 * Emails about the account itself (an invitation, a password reset): the recipient asked for
 * them or cannot sign in without them, so they go whatever the email preferences say and carry
 * no link to stop them.
 */
const ACCOUNT_EMAILS: ReadonlySet<NotificationKind> = new Set([
  NotificationKind.ACCOUNT_INVITATION,
  NotificationKind.PASSWORD_RESET,
  // Asked for by the person registering: without it their place never counts.
  NotificationKind.HUB_EVENT_ADDRESS_CONFIRMATION,
]);

export function isAccountEmail(kind: NotificationKind): boolean {
  return ACCOUNT_EMAILS.has(kind);
}
