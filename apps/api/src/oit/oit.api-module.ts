import { Module } from '@nestjs/common';
import { OitModule } from '@prongsai/oit';
import { OitReviewQueueResolver } from './oit-review-queue.resolver';
import { OitResolver } from './oit.resolver';

@Module({ imports: [OitModule], providers: [OitResolver, OitReviewQueueResolver] })
export class OitApiModule {}
