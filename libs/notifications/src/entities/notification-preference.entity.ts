import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Whether an address wants one kind of notification by email. Keyed by address, not user, so
 * advisers without an account can unsubscribe too. No row means yes.
 */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 320 })
  email: string;

  @PrimaryColumn({ type: 'varchar', length: 50 })
  kind: string;

  @Column({ name: 'email_enabled', type: 'boolean' })
  emailEnabled: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
