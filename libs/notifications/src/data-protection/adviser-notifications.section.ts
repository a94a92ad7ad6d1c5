import { EntityManager } from 'typeorm';
import { redactMentions } from '@chn/core';
import type { AdviserDataSection, AdviserDataSubject, ErasedAdviser } from '@chn/advisers';

/** Notifications addressed to the adviser: to their account, or to any address of theirs. */
const ADDRESSED_TO = `(recipient_user_id = $1 OR recipient_email = ANY($2))`;

const addressed = (subject: AdviserDataSubject) => [subject.userId, subject.emails];

/**
 * An adviser's notifications in their export and erasure: what was sent to them and their
 * email preferences are theirs alone, so erasure deletes them (an email still PENDING is then
 * never sent); what others received about them keeps its row, their names and addresses
 * replaced, so delivery history stays true.
 */
export const adviserNotificationsSection: AdviserDataSection = {
  name: 'notifications',

  async export(manager: EntityManager, subject: AdviserDataSubject) {
    const received = (await manager.query(
      `SELECT id, kind, channel, status, recipient_email AS "recipientEmail", subject,
              body_text AS "body", created_at AS "createdAt", sent_at AS "sentAt", read_at AS "readAt"
         FROM notifications WHERE ${ADDRESSED_TO} ORDER BY created_at, id`,
      addressed(subject),
    )) as unknown[];
    const preferences = (await manager.query(
      `SELECT email, kind, email_enabled AS "emailEnabled", updated_at AS "updatedAt"
         FROM notification_preferences WHERE email = ANY($1) ORDER BY email, kind`,
      [subject.emails],
    )) as unknown[];
    return { received, preferences };
  },

  async erase(manager: EntityManager, adviser: ErasedAdviser) {
    await manager.query(`DELETE FROM notifications WHERE ${ADDRESSED_TO}`, addressed(adviser));
    await manager.query(`DELETE FROM notification_preferences WHERE email = ANY($1)`, [
      adviser.emails,
    ]);
    if (!adviser.mentions) return;
    await redactMentions(manager, adviser.mentions, {
      table: 'notifications',
      text: ['subject', 'body_text', 'body_html', 'last_error'],
      where: `event_id IN (SELECT id FROM domain_events
                            WHERE aggregate_id::text = $3 OR payload ->> 'adviserId' = $3)`,
      params: [adviser.adviserId],
    });
  },
};
