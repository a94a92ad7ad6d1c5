export * from './domain-event.entity';
export * from './record-event';
