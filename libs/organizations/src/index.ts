export * from './district.entity';
export * from './organization.entity';
export * from './province.entity';
export * from './seed/organization-type-map';
export * from './seed/seed-reference-data';
