import { Module } from '@nestjs/common';
import { AuthModule } from '@prongsai/auth';
import { OrganizationsModule } from '@prongsai/organizations';
import { OrganizationLoaders } from './organization.loaders';
import { OrganizationsResolver } from './organizations.resolver';

@Module({
  imports: [OrganizationsModule, AuthModule],
  providers: [OrganizationsResolver, OrganizationLoaders],
})
export class OrganizationsApiModule {}
