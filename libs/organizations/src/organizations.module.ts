import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { District } from './district.entity';
import { OrganizationDirectory } from './organization-directory.service';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';
import { Province } from './province.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Province, District, Organization])],
  providers: [OrganizationsService, OrganizationDirectory],
  exports: [OrganizationsService, OrganizationDirectory],
})
export class OrganizationsModule {}
