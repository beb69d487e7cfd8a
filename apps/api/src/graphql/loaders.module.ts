import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@prongsai/organizations';
import { LoadersFactory } from './loaders';

@Module({
  imports: [OrganizationsModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
