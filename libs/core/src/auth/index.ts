export * from './role';
export * from './actor';
export * from './hub-scope';
export * from './decorators';
