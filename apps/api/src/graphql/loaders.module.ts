import { Module } from '@nestjs/common';
import { MeasuresModule } from '@prongsai/measures';
import { OrganizationsModule } from '@prongsai/organizations';
import { LoadersFactory } from './loaders';

@Module({
  imports: [OrganizationsModule, MeasuresModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
