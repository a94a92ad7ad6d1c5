export * from './csv-rows';
export * from './csv-table';
export * from './csv-values';
export * from './csv-write';
export * from './csv-import';
export * from './bulk-import.types';
export * from './run-csv-import';
export * from './csv-import.args';
