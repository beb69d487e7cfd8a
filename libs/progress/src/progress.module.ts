import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FrameworksModule } from '@prongsai/frameworks';
import { OrganizationProgressRecord } from './organization-progress.entity';
import { ProgressRecomputeService } from './progress-recompute.service';
import { ProgressService } from './progress.service';

/** Depends on no feature module: measures, scores and OIT import it (never the reverse). */
@Module({
  imports: [TypeOrmModule.forFeature([OrganizationProgressRecord]), FrameworksModule],
  providers: [ProgressService, ProgressRecomputeService],
  exports: [ProgressService, ProgressRecomputeService],
})
export class ProgressModule {}
