export * from './project-root';
export * from './preflight';
export * from './boot';
