export * from './is-not-blank';
