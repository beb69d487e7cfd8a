import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FrameworkRecord } from './framework.entity';
import { FrameworksService } from './frameworks.service';

@Module({
  imports: [TypeOrmModule.forFeature([FrameworkRecord])],
  providers: [FrameworksService],
  exports: [FrameworksService],
})
export class FrameworksModule {}
