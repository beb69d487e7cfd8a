import { Module } from '@nestjs/common';
import { FrameworksModule } from '@prongsai/frameworks';
import { MeasuresModule } from '@prongsai/measures';
import { OrganizationsModule } from '@prongsai/organizations';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StorageModule } from '@prongsai/storage';
import { ReportPackRecord } from './pack/report-pack.entity';
import { ReportPackService } from './pack/report-pack.service';
import { PdfRenderer } from './pdf-renderer.service';
import { ReportsService } from './reports.service';

@Module({
  imports: [
    FrameworksModule,
    MeasuresModule,
    OrganizationsModule,
    StorageModule,
    TypeOrmModule.forFeature([ReportPackRecord]),
  ],
  providers: [ReportsService, PdfRenderer, ReportPackService],
  exports: [ReportsService, PdfRenderer, ReportPackService],
})
export class ReportsModule {}
