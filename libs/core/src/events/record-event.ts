import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Actor } from '../auth/actor';
import { DomainEventEntity } from './domain-event.entity';
import { DomainEventPayloads, DomainEventType } from './domain-events';

/** One event of type `T` as it is recorded, with its payload (none for an event that carries none). */
export type DomainEventOf<T extends DomainEventType> =
  DomainEventPayloads[T] extends Record<string, never>
    ? EventFields<T> & { payload?: undefined }
    : EventFields<T> & { payload: DomainEventPayloads[T] };

interface EventFields<T extends DomainEventType> {
  type: T;
  hubId: string | null;
  aggregateType: string;
  aggregateId: string;
}

/** Any domain event, its payload checked against its type (see `DomainEventPayloads`). */
export type DomainEvent = { [T in DomainEventType]: DomainEventOf<T> }[DomainEventType];

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
