import { Module } from '@nestjs/common';
import { FrameworksModule } from '@prongsai/frameworks';
import { ReportsModule } from '@prongsai/reports';
import { PosterPacksService } from './poster-packs.service';
import { PostersService } from './posters.service';

/** Survey posters; prints with the reports' PdfRenderer (one Chromium per process, shared). */
@Module({
  imports: [FrameworksModule, ReportsModule],
  providers: [PostersService, PosterPacksService],
  exports: [PostersService, PosterPacksService],
})
export class PostersModule {}
