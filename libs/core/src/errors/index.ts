export * from './domain-error';
export * from './error-reasons';
export * from './graphql-error-code';
export * from './validation-exception-factory';
export * from './format-graphql-error';
export * from './unique-violation';
