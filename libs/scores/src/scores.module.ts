import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@prongsai/audit';
import { AuthModule } from '@prongsai/auth';
import { FrameworksModule } from '@prongsai/frameworks';
import { ProgressModule } from '@prongsai/progress';
import { IndicatorScoreRecord } from './indicator-score.entity';
import { ScoresService } from './scores.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([IndicatorScoreRecord]),
    AuthModule,
    FrameworksModule,
    AuditModule,
    ProgressModule,
  ],
  providers: [ScoresService],
  exports: [ScoresService],
})
export class ScoresModule {}
