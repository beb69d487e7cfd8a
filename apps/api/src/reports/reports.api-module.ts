import { Module } from '@nestjs/common';
import { ImportsModule } from '@prongsai/imports';
import { ReportsModule } from '@prongsai/reports';
import { ImportsController } from './imports.controller';
import { ReportPacksResolver } from './report-packs.resolver';
import { ReportsController } from './reports.controller';

/** Files over HTTP (../shared/api/files.md): the measures report (DOCX, PDF), the roll-up workbook, the import. */
@Module({
  imports: [ReportsModule, ImportsModule],
  controllers: [ReportsController, ImportsController],
  providers: [ReportPacksResolver],
})
export class ReportsApiModule {}
