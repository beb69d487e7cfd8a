import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@prongsai/audit';
import { FrameworksModule } from '@prongsai/frameworks';
import { ProgressModule } from '@prongsai/progress';
import { OitItemRecord } from './oit-item-record.entity';
import { OitService } from './oit.service';

@Module({
  imports: [TypeOrmModule.forFeature([OitItemRecord]), AuditModule, FrameworksModule, ProgressModule],
  providers: [OitService],
  exports: [OitService],
})
export class OitModule {}
