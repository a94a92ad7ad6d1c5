export * from './academic-year';
export * from './clock';
export * from './clock.module';
export * from './valid-until';
