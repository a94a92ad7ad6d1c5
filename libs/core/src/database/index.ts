export * from './base.entity';
export * from './database.module';
export * from './migrations';
export { createDataSource } from './data-source';
export * from './prepared-query';
export * from './lean-read';
export * from './lean-query';
