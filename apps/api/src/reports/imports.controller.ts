import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccessLevel } from '@prongsai/auth';
import { MeasuresImportResult, MeasuresImportService, measuresTemplateXlsx } from '@prongsai/imports';
import { XLSX_TYPE } from '@prongsai/reports';
import { Authenticated, OrganizationAccess } from '../auth/access-policy.decorator';
import { ActorContext } from '../auth/actor-context';
import { fiscalYearParam } from './fiscal-year-param';
import { sendFile } from './reports.controller';
import { readUpload } from './upload-body';

/** XLSX import of measures (../shared/api/files.md). Writing measures is the lead's (MANAGE), dry run too. */
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: MeasuresImportService,
    private readonly actorContext: ActorContext,
  ) {}

  @Authenticated()
  @Get('templates/measures.xlsx')
  async template(@Res() res: Response): Promise<void> {
    const body = await measuresTemplateXlsx();
    sendFile(
      res,
      { fileName: 'แบบนำเข้ามาตรการ.xlsx', contentType: XLSX_TYPE, body },
      'measures-template.xlsx',
    );
  }

  @OrganizationAccess('organizationId', AccessLevel.MANAGE)
  @Post('organizations/:organizationId/measures-:fiscalYear')
  @HttpCode(200)
  async measures(
    @Param('organizationId') organizationId: string,
    @Param('fiscalYear') fiscalYear: string,
    @Query('dryRun') dryRun: string | undefined,
    @Req() req: Request,
  ): Promise<MeasuresImportResult> {
    const year = fiscalYearParam(fiscalYear);
    const body = await readUpload(req);
    const isDryRun = dryRun === 'true' || dryRun === '1';
    return this.imports.import(this.actorContext.actor, organizationId, year, body, isDryRun);
  }
}
