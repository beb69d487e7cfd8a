export * from './framework-definition';
export * from './framework.entity';
export * from './frameworks.module';
export * from './frameworks.service';
export * from './seed/seed-frameworks';
