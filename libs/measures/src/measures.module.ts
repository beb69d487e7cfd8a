import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@prongsai/audit';
import { AuthModule } from '@prongsai/auth';
import { FrameworksModule } from '@prongsai/frameworks';
import { ProgressModule } from '@prongsai/progress';
import { MeasureAssignee } from './measure-assignee.entity';
import { MeasureAssigneesService } from './measure-assignees.service';
import { MeasureCarryOverService } from './measure-carry-over.service';
import { MeasureEvidence } from './measure-evidence.entity';
import { MeasureStep } from './measure-step.entity';
import { Measure } from './measure.entity';
import { MeasuresService } from './measures.service';
import { ProvinceMeasuresService } from './province-measures.service';
import { ProvinceMeasureProgressService } from './province-measure-progress.service';
import { ProvinceOverdueService } from './province-overdue.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Measure, MeasureStep, MeasureEvidence, MeasureAssignee]),
    AuthModule,
    AuditModule,
    FrameworksModule,
    ProgressModule,
  ],
  providers: [
    MeasuresService,
    ProvinceMeasuresService,
    MeasureAssigneesService,
    MeasureCarryOverService,
    ProvinceOverdueService,
    ProvinceMeasureProgressService,
  ],
  exports: [
    MeasuresService,
    ProvinceMeasuresService,
    MeasureAssigneesService,
    MeasureCarryOverService,
    ProvinceOverdueService,
    ProvinceMeasureProgressService,
  ],
})
export class MeasuresModule {}
