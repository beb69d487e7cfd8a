export * from './check-link';
export * from './evidence-links-sql';
export * from './keyed-limiter';
export * from './link-check-result.entity';
export * from './link-check.module';
export * from './link-check.service';
