import { Module } from '@nestjs/common';
import { PostersModule } from '@prongsai/posters';
import { PostersController } from './posters.controller';

/** Survey posters over HTTP (../shared/api/files.md): one LAO's PDF, and the province pack. */
@Module({ imports: [PostersModule], controllers: [PostersController] })
export class PostersApiModule {}
