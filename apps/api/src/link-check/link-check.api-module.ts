import { Module } from '@nestjs/common';
import { LinkCheckModule } from '@prongsai/link-check';
import { LinkCheckResolver } from './link-check.resolver';

@Module({ imports: [LinkCheckModule], providers: [LinkCheckResolver] })
export class LinkCheckApiModule {}
