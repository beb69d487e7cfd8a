import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AccessLevel } from '@prongsai/auth';
import { ReportFile, ReportPackService, ReportsService } from '@prongsai/reports';
import { OrganizationAccess, ProvinceAccess, ResourceAccess } from '../auth/access-policy.decorator';
import { attachmentDisposition } from './content-disposition';
import { fiscalYearParam } from './fiscal-year-param';

export function sendFile(res: Response, file: ReportFile, asciiName: string): void {
  res.setHeader('content-type', file.contentType);
  res.setHeader('content-disposition', attachmentDisposition(file.fileName, asciiName));
  res.setHeader('content-length', String(file.body.length));
  res.setHeader('cache-control', 'private, no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  res.end(file.body);
}

/** Reports as files (../shared/api/files.md): the access of the GraphQL reads of the same organization or province. */
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly packs: ReportPackService,
  ) {}

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Get('organizations/:organizationId/measures-:fiscalYear.docx')
  async measuresDocx(
    @Param('organizationId') organizationId: string,
    @Param('fiscalYear') fiscalYear: string,
    @Res() res: Response,
  ): Promise<void> {
    const year = fiscalYearParam(fiscalYear);
    sendFile(res, await this.reports.measuresDocx(organizationId, year), `measures-${year}.docx`);
  }

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Get('organizations/:organizationId/measures-:fiscalYear.pdf')
  async measuresPdf(
    @Param('organizationId') organizationId: string,
    @Param('fiscalYear') fiscalYear: string,
    @Res() res: Response,
  ): Promise<void> {
    const year = fiscalYearParam(fiscalYear);
    sendFile(res, await this.reports.measuresPdf(organizationId, year), `measures-${year}.pdf`);
  }

  @ProvinceAccess('provinceCode')
  @Get('provinces/:provinceCode/rollup-:fiscalYear.xlsx')
  async rollupXlsx(
    @Param('provinceCode') provinceCode: string,
    @Param('fiscalYear') fiscalYear: string,
    @Res() res: Response,
  ): Promise<void> {
    const year = fiscalYearParam(fiscalYear);
    sendFile(res, await this.reports.rollupXlsx(provinceCode, year), `rollup-${provinceCode}-${year}.xlsx`);
  }

  /**
   * A province report pack once built (`requestReportPack`, `reportPack` on GraphQL). The pack's row decides
   * access (row-level security: the province's supervisors and ADMIN): another caller gets 404, as for an
   * unknown id; 409 while it is being built; 404 with REPORT_PACK_EXPIRED after it expired.
   */
  @ResourceAccess()
  @Get('packs/:packId.zip')
  async pack(@Param('packId') packId: string, @Res() res: Response): Promise<void> {
    sendFile(res, await this.packs.download(packId), 'report-pack.zip');
  }
}
