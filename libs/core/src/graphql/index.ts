export * from './loaders';
export * from './parse-id.pipe';
export * from './storable-text.pipe';
export * from './hub-year.args';
