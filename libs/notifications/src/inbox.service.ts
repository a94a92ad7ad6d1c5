import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, ConnectionShape, DomainError, paginate } from '@chn/core';
import { isAccountEmail } from './delivery/account-emails';
import { NotificationChannel, NotificationKind } from './entities/notification.enums';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationsArgs } from './graphql/notification.type';

/** The signed-in user's in-app notifications and email preferences. */
@Injectable()
export class InboxService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Newest first. */
  list(actor: Actor, args: NotificationsArgs): Promise<ConnectionShape<NotificationEntity>> {
    const query = this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipient_user_id = :userId', { userId: actor.userId })
      .andWhere('n.channel = :channel', { channel: NotificationChannel.IN_APP });
    if (args.unreadOnly) query.andWhere('n.read_at IS NULL');
    return paginate(query, args, {
      sortExpression: '-floor(extract(epoch from n.created_at) * 1000)',
      sortValue: (n) => -n.createdAt.getTime(),
      idExpression: 'n.id',
      id: (n) => n.id,
    });
  }

  /** Marks the user's own notifications read; returns how many changed. */
  async markRead(actor: Actor, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const rows: unknown[] = await this.db.query(
      `UPDATE notifications SET read_at = now(), updated_at = now()
       WHERE id = ANY($1) AND recipient_user_id = $2 AND channel = 'IN_APP' AND read_at IS NULL
       RETURNING id`,
      [ids, actor.userId],
    );
    return (rows[0] as unknown[] | undefined)?.length ?? 0;
  }

  async preferences(actor: Actor): Promise<{ kind: NotificationKind; email: boolean }[]> {
    const email = await this.emailOf(actor);
    const rows = (await this.db.query(
      `SELECT kind, email_enabled FROM notification_preferences WHERE email = $1`,
      [email],
    )) as { kind: string; email_enabled: boolean }[];
    const off = new Set(rows.filter((r) => !r.email_enabled).map((r) => r.kind));
    return Object.values(NotificationKind)
      .filter((kind) => !isAccountEmail(kind))
      .map((kind) => ({ kind, email: !off.has(kind) }));
  }

  async setPreference(
    actor: Actor,
    kind: NotificationKind,
    enabled: boolean,
  ): Promise<{ kind: NotificationKind; email: boolean }> {
    if (isAccountEmail(kind))
      throw DomainError.validation('INVALID_INPUT', 'Emails about your account are always sent', [
        { field: 'kind', messages: [`${kind} emails are always sent and cannot be turned off`] },
      ]);
    await this.setEmailPreference(await this.emailOf(actor), kind, enabled);
    return { kind, email: enabled };
  }

  /** Turns one kind of email on or off for an address (also used by the unsubscribe link). */
  async setEmailPreference(email: string, kind: string, enabled: boolean): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_preferences (email, kind, email_enabled) VALUES (lower($1), $2, $3)
       ON CONFLICT (email, kind) DO UPDATE SET email_enabled = EXCLUDED.email_enabled, updated_at = now()`,
      [email, kind, enabled],
    );
  }

  private async emailOf(actor: Actor): Promise<string> {
    const [row] = (await this.db.query('SELECT email FROM users WHERE id = $1', [
      actor.userId,
    ])) as {
      email: string;
    }[];
    return row.email.toLowerCase();
  }
}
