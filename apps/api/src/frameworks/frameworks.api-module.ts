import { Module } from '@nestjs/common';
import { FrameworksModule } from '@prongsai/frameworks';
import { FrameworksResolver } from './frameworks.resolver';

@Module({ imports: [FrameworksModule], providers: [FrameworksResolver] })
export class FrameworksApiModule {}
