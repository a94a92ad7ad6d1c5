export * from './smtp-sink';
export * from './dev-mail-sink';
