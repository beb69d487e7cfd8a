import { Module } from '@nestjs/common';
import { OitModule } from '@prongsai/oit';
import { OitResolver } from './oit.resolver';

@Module({ imports: [OitModule], providers: [OitResolver] })
export class OitApiModule {}
