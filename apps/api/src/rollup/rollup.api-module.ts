import { Module } from '@nestjs/common';
import { RollupModule } from '@prongsai/rollup';
import { RollupResolver } from './rollup.resolver';

@Module({ imports: [RollupModule], providers: [RollupResolver] })
export class RollupApiModule {}
