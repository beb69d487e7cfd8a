import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LinkCheckResultRecord } from './link-check-result.entity';
import { LinkCheckService } from './link-check.service';

@Module({
  imports: [TypeOrmModule.forFeature([LinkCheckResultRecord])],
  providers: [LinkCheckService],
  exports: [LinkCheckService],
})
export class LinkCheckModule {}
