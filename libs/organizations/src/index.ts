export * from './district.entity';
export * from './organization-directory.service';
export * from './organization.entity';
export * from './organizations.module';
export * from './organizations.service';
export * from './province.entity';
export * from './seed/organization-type-map';
export * from './seed/seed-reference-data';
