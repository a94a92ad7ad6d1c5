import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DomainEventEntity } from '../events/domain-event.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** The audit trail and the outbox tables, and the hub admins' read of the trail. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity, DomainEventEntity])],
  providers: [AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
