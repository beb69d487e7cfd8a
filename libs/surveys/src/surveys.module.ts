import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@prongsai/audit';
import { FrameworksModule } from '@prongsai/frameworks';
import { SurveyTarget } from './survey-target.entity';
import { SurveyWindow } from './survey-window.entity';
import { SurveyWindowsService } from './survey-windows.service';
import { SurveysService } from './surveys.service';

@Module({
  imports: [TypeOrmModule.forFeature([SurveyTarget, SurveyWindow]), AuditModule, FrameworksModule],
  providers: [SurveysService, SurveyWindowsService],
  exports: [SurveysService, SurveyWindowsService],
})
export class SurveysModule {}
