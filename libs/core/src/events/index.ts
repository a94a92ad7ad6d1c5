export * from './domain-event.entity';
export * from './domain-events';
export * from './record-event';
