export * from './check-postgres-and-redis';
export * from './explain-connection-error';
export * from './start-process';
