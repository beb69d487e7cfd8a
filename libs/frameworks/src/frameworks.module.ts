import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FrameworkVersion } from './framework-version.entity';
import { FrameworkRecord } from './framework.entity';
import { FrameworkAdminService } from './framework-admin.service';
import { FrameworksService } from './frameworks.service';

@Module({
  imports: [TypeOrmModule.forFeature([FrameworkRecord, FrameworkVersion])],
  providers: [FrameworksService, FrameworkAdminService],
  exports: [FrameworksService, FrameworkAdminService],
})
export class FrameworksModule {}
