import { Module } from '@nestjs/common';
import { FrameworksModule } from '@prongsai/frameworks';
import { MeasuresModule } from '@prongsai/measures';
import { OrganizationsModule } from '@prongsai/organizations';
import { PdfRenderer } from './pdf-renderer.service';
import { ReportsService } from './reports.service';

@Module({
  imports: [FrameworksModule, MeasuresModule, OrganizationsModule],
  providers: [ReportsService, PdfRenderer],
  exports: [ReportsService, PdfRenderer],
})
export class ReportsModule {}
