export * from './framework-definition';
