export * from './data-source-options';
export * from './database.module';
export * from './ensure-database';
export * from './tenant-context';
export * from './tenant-transaction.service';
export * from './numeric-transformer';
export * from './database-unavailable';
export * from './query-alone';
