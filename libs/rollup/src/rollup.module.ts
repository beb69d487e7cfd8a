import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FrameworksModule } from '@prongsai/frameworks';
import { OitItemCountRecord } from './oit-item-count.entity';
import { RollupVersionRecord } from './rollup-version.entity';
import { RollupService } from './rollup.service';

/** Read-only: it aggregates the tables of progress, measures, OIT (through its counters) and surveys. */
@Module({
  imports: [TypeOrmModule.forFeature([OitItemCountRecord, RollupVersionRecord]), FrameworksModule],
  providers: [RollupService],
  exports: [RollupService],
})
export class RollupModule {}
