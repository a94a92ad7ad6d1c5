export * from './loaders';
export * from './parse-id.pipe';
export * from './hub-year.args';
