import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { SizeBand } from './employer.enums';

/** An organisation in (or applying to) the hub's Employer Network. */
@Entity('employers')
@Index('uq_employers_hub_company_number', ['hubId', 'companiesHouseNumber'], {
  unique: true,
  where: 'companies_house_number IS NOT NULL',
})
@Index('ix_employers_hub_name', ['hubId', 'name', 'id'])
@Check(
  'ck_employers_company_number',
  "companies_house_number IS NULL OR companies_house_number ~ '^[A-Z0-9]{8}$'",
)
export class EmployerEntity extends BaseEntity {
  @Index('ix_employers_hub_id')
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_employers_hub' })
  hub?: HubEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'companies_house_number', type: 'varchar', length: 8, nullable: true })
  companiesHouseNumber: string | null;

  /** Free-text sector, e.g. "Digital & Gaming"; filterable. */
  @Index('ix_employers_sector')
  @Column({ type: 'varchar', length: 100 })
  sector: string;

  @Column({ name: 'size_band', type: 'enum', enum: SizeBand, enumName: 'employer_size_band' })
  sizeBand: SizeBand;

  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;
}
