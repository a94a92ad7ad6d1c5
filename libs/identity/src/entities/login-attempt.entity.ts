import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Failed sign-ins counted per key: `account:<email>` or `address:<ip>`. */
@Entity('login_attempts')
export class LoginAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 400 })
  key: string;

  @Column({ type: 'int', default: 0 })
  failures: number;

  @Index('ix_login_attempts_last_failure_at')
  @Column({ name: 'last_failure_at', type: 'timestamptz' })
  lastFailureAt: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
