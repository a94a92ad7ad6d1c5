import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@chn/core';

/** A Careers Hub. Everything a hub owns carries its id. */
@Entity('hubs')
export class HubEntity extends BaseEntity {
  @Index('uq_hubs_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  region: string;
}
