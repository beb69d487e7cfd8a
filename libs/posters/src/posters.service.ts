import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, ErrorReason, NotFoundError } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworksService } from '@prongsai/frameworks';
import { PDF_TYPE, PdfRenderer, ReportFile, sarabunFontCss } from '@prongsai/reports';
import { SurveyTool } from '@prongsai/surveys';
import { toThaiDigits } from '@prongsai/thai';
import { buildSurveyPosters, renderSurveyPostersHtml, surveyPostersFileName } from './survey-posters';

interface OrganizationRow {
  name_th: string;
  district_name_th: string;
  province_name_th: string;
}

/** Thrown when there is nothing to print: what to do next, in Thai, for the LAO's own staff. */
export function accessCodeMissing(fiscalYear: number, whose: string): DomainError {
  return new DomainError(
    ErrorCode.NOT_FOUND,
    ErrorReason.SURVEY_ACCESS_CODE_MISSING,
    `${whose}ยังไม่มีรหัสเข้าตอบแบบวัด IIT หรือ EIT ของปีงบประมาณ ${toThaiDigits(fiscalYear)} ` +
      'กรุณาบันทึกรหัสที่ได้จากระบบ ITAS ในหน้าแบบวัดก่อน แล้วจึงดาวน์โหลดโปสเตอร์',
  );
}

/**
 * The survey posters of one LAO as a PDF (files.md): read as the caller (row-level security applies: only
 * targets the caller may see are printed), built by the pure builder, printed by the reports' Chromium.
 * Access to the organization is the API's check.
 */
@Injectable()
export class PostersService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly frameworks: FrameworksService,
    private readonly pdf: PdfRenderer,
  ) {}

  async organizationPosters(organizationId: string, fiscalYear: number): Promise<ReportFile> {
    await this.frameworks.get(fiscalYear, 'fiscalYear');
    const { organization, targets } = await this.tx.run(async (em) => {
      const [org] = await em.query<OrganizationRow[]>(
        `SELECT o.name_th, d.name_th AS district_name_th, p.name_th AS province_name_th
           FROM organizations o JOIN districts d ON d.code = o.district_code
           JOIN provinces p ON p.code = o.province_code
          WHERE o.id = $1`,
        [organizationId],
      );
      const rows = await em.query<{ tool: SurveyTool; access_code: string | null }[]>(
        `SELECT tool, access_code FROM survey_targets WHERE organization_id = $1 AND fiscal_year = $2`,
        [organizationId, fiscalYear],
      );
      return { organization: org, targets: rows };
    });
    if (!organization) throw new NotFoundError(ErrorReason.ORGANIZATION_NOT_FOUND, 'Organization');
    const pages = buildSurveyPosters({
      organizationNameTh: organization.name_th,
      districtNameTh: organization.district_name_th,
      provinceNameTh: organization.province_name_th,
      fiscalYear,
      targets: targets.map((t) => ({ tool: t.tool, accessCode: t.access_code })),
    });
    if (pages.length === 0) throw accessCodeMissing(fiscalYear, organization.name_th);
    return {
      fileName: surveyPostersFileName(organization.name_th, fiscalYear),
      contentType: PDF_TYPE,
      body: await this.pdf.render(renderSurveyPostersHtml(pages, sarabunFontCss())),
    };
  }
}
