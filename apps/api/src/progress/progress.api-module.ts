import { Module } from '@nestjs/common';
import { FrameworksModule } from '@prongsai/frameworks';
import { ProgressModule } from '@prongsai/progress';
import { ProgressResolver } from './progress.resolver';

@Module({ imports: [ProgressModule, FrameworksModule], providers: [ProgressResolver] })
export class ProgressApiModule {}
