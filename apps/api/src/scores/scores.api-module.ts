import { Module } from '@nestjs/common';
import { ScoresModule } from '@prongsai/scores';
import { ScoresResolver } from './scores.resolver';

@Module({ imports: [ScoresModule], providers: [ScoresResolver] })
export class ScoresApiModule {}
