import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Actor } from '../auth/actor';
import { DomainEventEntity } from './domain-event.entity';

export interface DomainEvent {
  type: string;
  hubId: string | null;
  aggregateType: string;
  aggregateId: string;
  payload?: Record<string, unknown>;
}

/** Records a domain event inside the caller's transaction, so it exists exactly when the change does. */
export async function recordEvent(
  manager: EntityManager,
  actor: Actor | null,
  event: DomainEvent,
): Promise<void> {
  const row: QueryDeepPartialEntity<DomainEventEntity> = {
    type: event.type,
    hubId: event.hubId,
    aggregateType: event.aggregateType,
    aggregateId: event.aggregateId,
    payload: (event.payload ?? {}) as QueryDeepPartialEntity<Record<string, unknown>>,
    actorUserId: actor?.userId ?? null,
  };
  await manager.insert(DomainEventEntity, row);
}
