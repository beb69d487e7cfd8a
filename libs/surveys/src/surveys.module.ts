import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@prongsai/audit';
import { FrameworksModule } from '@prongsai/frameworks';
import { SurveyTarget } from './survey-target.entity';
import { SurveysService } from './surveys.service';

@Module({
  imports: [TypeOrmModule.forFeature([SurveyTarget]), AuditModule, FrameworksModule],
  providers: [SurveysService],
  exports: [SurveysService],
})
export class SurveysModule {}
