import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AccessLevel } from '@prongsai/auth';
import { PosterPacksService, PosterPackView, PostersService } from '@prongsai/posters';
import { OrganizationAccess, ProvinceAccess } from '../auth/access-policy.decorator';
import { ActorContext } from '../auth/actor-context';
import { fiscalYearParam } from '../reports/fiscal-year-param';
import { sendFile } from '../reports/reports.controller';

/**
 * Survey posters as files (../shared/api/files.md): one LAO's posters with the access of its GraphQL reads,
 * and the province pack (a worker job: start, follow, download) for the province's supervisors and ADMIN.
 */
@Controller('posters')
export class PostersController {
  constructor(
    private readonly posters: PostersService,
    private readonly packs: PosterPacksService,
    private readonly actorContext: ActorContext,
  ) {}

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Get('organizations/:organizationId/surveys-:fiscalYear.pdf')
  async organizationPosters(
    @Param('organizationId') organizationId: string,
    @Param('fiscalYear') fiscalYear: string,
    @Res() res: Response,
  ): Promise<void> {
    const year = fiscalYearParam(fiscalYear);
    sendFile(res, await this.posters.organizationPosters(organizationId, year), `survey-posters-${year}.pdf`);
  }

  /** Starts the province pack (202); asking again while one is being made answers that one. */
  @ProvinceAccess('provinceCode')
  @Post('provinces/:provinceCode/surveys-:fiscalYear/packs')
  @HttpCode(202)
  startPack(
    @Param('provinceCode') provinceCode: string,
    @Param('fiscalYear') fiscalYear: string,
  ): Promise<PosterPackView> {
    return this.packs.start(this.actorContext.actor, provinceCode, fiscalYearParam(fiscalYear));
  }

  /** The pack's status and progress (`processed` of `total` LAOs); `downloadPath` once DONE. */
  @ProvinceAccess('provinceCode')
  @Get('provinces/:provinceCode/packs/:packId')
  pack(
    @Param('provinceCode') provinceCode: string,
    @Param('packId') packId: string,
  ): Promise<PosterPackView> {
    return this.packs.view(provinceCode, packId);
  }

  @ProvinceAccess('provinceCode')
  @Get('provinces/:provinceCode/packs/:packId/surveys-:fiscalYear.pdf')
  async downloadPack(
    @Param('provinceCode') provinceCode: string,
    @Param('packId') packId: string,
    @Param('fiscalYear') fiscalYear: string,
    @Res() res: Response,
  ): Promise<void> {
    const year = fiscalYearParam(fiscalYear);
    sendFile(
      res,
      await this.packs.download(provinceCode, packId),
      `survey-posters-${provinceCode}-${year}.pdf`,
    );
  }
}
