export * from './actor';
export * from './domain-error';
export * from './error-reason';
export * from './http-url';
export * from './organization-type';
export * from './roles';
export * from './text-input';
export * from './uuid';
