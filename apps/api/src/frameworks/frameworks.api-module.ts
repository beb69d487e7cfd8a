import { Module } from '@nestjs/common';
import { FrameworksModule } from '@prongsai/frameworks';
import { FrameworkAdminResolver } from './framework-admin.resolver';
import { FrameworksResolver } from './frameworks.resolver';

@Module({ imports: [FrameworksModule], providers: [FrameworksResolver, FrameworkAdminResolver] })
export class FrameworksApiModule {}
