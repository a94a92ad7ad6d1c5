export * from './loaders';
export * from './parse-id.pipe';
