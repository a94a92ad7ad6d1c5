export * from './test-database';
export * from './graphql-client';
export * from './test-app';
export * from './smtp-sink';
export * from './notify-stand-in';
export * from './wait-until';
export * from './log-capture';
