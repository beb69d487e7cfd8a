export * from './oit-item-record.entity';
export * from './oit-item-status';
export * from './oit-item-view';
export * from './oit-review-queue';
export * from './oit.module';
export * from './oit.service';
