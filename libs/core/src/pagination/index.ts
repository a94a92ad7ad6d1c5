export * from './connection';
export * from './keyset';
export * from './selects-field';
