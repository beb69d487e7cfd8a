export * from './check-link';
export * from './keyed-limiter';
