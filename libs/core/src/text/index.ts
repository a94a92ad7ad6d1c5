export * from './storable-text';
export * from './escape-html';
