export * from './mentions';
export * from './retention-rules';
export * from './retention-purge.service';
