import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A user's private calendar feed: the hash of the secret in its URL (one per user). */
@Entity('calendar_feeds')
export class CalendarFeedEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
