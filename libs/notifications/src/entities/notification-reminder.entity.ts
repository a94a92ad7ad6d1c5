import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A reminder already recorded: one row per (kind, subject, period), so a scan run any number of
 * times, on any number of workers, reminds once per period.
 */
@Entity('notification_reminders')
export class NotificationReminderEntity {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  kind: string;

  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  /** e.g. `once`, a due date, or an academic year. */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  period: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
