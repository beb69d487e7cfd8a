export * from './membership.entity';
export * from './password';
export * from './seed/seed-demo-users';
export * from './refresh-token.entity';
export * from './user.entity';
