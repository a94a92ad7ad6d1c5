export * from './role';
export * from './actor';
export * from './hub-scope';
export * from './hub-filter';
export * from './decorators';
