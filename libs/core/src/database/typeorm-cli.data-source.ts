import { createDataSource } from './data-source';

/**
 * The data source the TypeORM CLI loads (`npm run migration:generate`). Only that CLI imports
 * this file: built at import time, it would stop every process that merely imports the database
 * code on a bad setting before that process can report it in one line.
 */
export default createDataSource();
