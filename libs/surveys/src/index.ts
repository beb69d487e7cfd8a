export * from './survey-target.entity';
export * from './survey-tool';
export * from './survey-url';
export * from './surveys.module';
export * from './surveys.service';
