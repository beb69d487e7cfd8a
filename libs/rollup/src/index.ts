export * from './assemble-rollup';
export * from './oit-item-count.entity';
export * from './rollup-figures';
export * from './rollup-query';
export * from './rollup-version.entity';
export * from './rollup.module';
export * from './rollup.service';
