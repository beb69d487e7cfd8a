import { Module } from '@nestjs/common';
import { FrameworksModule } from '@prongsai/frameworks';
import { MeasuresModule } from '@prongsai/measures';
import { MeasuresImportService } from './measures-import.service';

@Module({
  imports: [FrameworksModule, MeasuresModule],
  providers: [MeasuresImportService],
  exports: [MeasuresImportService],
})
export class ImportsModule {}
