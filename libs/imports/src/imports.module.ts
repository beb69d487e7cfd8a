import { Module } from '@nestjs/common';
import { FrameworksModule } from '@prongsai/frameworks';
import { MeasuresModule } from '@prongsai/measures';
import { ProgressModule } from '@prongsai/progress';
import { MeasuresImportService } from './measures-import.service';

@Module({
  imports: [FrameworksModule, MeasuresModule, ProgressModule],
  providers: [MeasuresImportService],
  exports: [MeasuresImportService],
})
export class ImportsModule {}
