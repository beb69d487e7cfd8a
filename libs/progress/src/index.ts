export * from './organization-progress.entity';
export * from './progress-calculator';
export * from './progress-figures';
export * from './progress-recompute-requests';
export * from './progress-recompute.service';
export * from './progress.module';
export * from './progress.service';
