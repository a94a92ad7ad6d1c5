import {
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Column,
} from 'typeorm';
import { UserEntity } from '@chn/identity';
import { EmployerEntity } from './employer.entity';

/** A user with role EMPLOYER who acts for one employer. */
@Entity('employer_contacts')
export class EmployerContactEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_employer_contacts_user' })
  user?: UserEntity;

  @Index('ix_employer_contacts_employer_id')
  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_employer_contacts_employer' })
  employer?: EmployerEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
