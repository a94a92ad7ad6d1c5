import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor } from '../auth/actor';
import { readableHubs } from '../auth/hub-scope';
import { whereInHubs } from '../auth/hub-filter';
import { ConnectionShape, paginate } from '../pagination';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditTrailArgs } from './audit.graphql';

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>,
  ) {}

  /** The trail of the actor's hub, oldest first. */
  trail(actor: Actor, args: AuditTrailArgs): Promise<ConnectionShape<AuditEntryEntity>> {
    const scope = readableHubs(actor);
    const query = this.entries.createQueryBuilder('a');
    whereInHubs(query, 'a.hub_id', scope);
    if (args.entityType) query.andWhere('a.entity_type = :type', { type: args.entityType });
    if (args.entityId) query.andWhere('a.entity_id = :id', { id: args.entityId });
    return paginate(query, args, {
      sortExpression: 'a.at',
      sortValue: (a) => a.at.toISOString(),
      idExpression: 'a.id',
      id: (a) => a.id,
    });
  }
}
