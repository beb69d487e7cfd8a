export * from './domain-error';
export * from './roles';
export * from './uuid';
