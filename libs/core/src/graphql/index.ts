export * from './loaders';
export * from './parse-id.pipe';
export * from './storable-text.plugin';
export * from './hub-year.args';
