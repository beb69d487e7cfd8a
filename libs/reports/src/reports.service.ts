import { Injectable } from '@nestjs/common';
import { ErrorReason, NotFoundError, OrganizationType } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworksService } from '@prongsai/frameworks';
import { MeasuresService } from '@prongsai/measures';
import { openMeasureSql } from '@prongsai/measures/status';
import { OrganizationsService } from '@prongsai/organizations';
import { bangkokToday } from '@prongsai/thai';
import { buildMeasuresReport, MeasuresReport, measuresReportFileName } from './measures-report';
import { renderMeasuresReportDocx } from './measures-report-docx';
import { renderMeasuresReportHtml } from './measures-report-html';
import { PdfRenderer } from './pdf-renderer.service';
import { buildRollupWorkbook, renderRollupXlsx, RollupWorkbookOrganization } from './rollup-workbook';
import { sarabunFontCss } from './sarabun-font-css';

export interface ReportFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Buffer;
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_TYPE = 'application/pdf';

interface RollupRow {
  code: string;
  name_th: string;
  type: OrganizationType;
  district_code: string;
  district_name_th: string;
  estimated_score: string | null;
  grade: string | null;
  gap_to_pass: string | null;
  pass_threshold: string | null;
  measures_total: number;
  measures_completed: number;
  measures_overdue: number;
  oit_accepted: number;
  iit_responses: number | null;
  iit_minimum: number | null;
  eit_responses: number | null;
  eit_minimum: number | null;
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));

/**
 * Reads what a report shows, as the caller (row-level security applies: a report can only ever hold rows
 * the caller may see), builds the model with the pure builders, and renders it. Access to the organization
 * or province itself is the API's check.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly frameworks: FrameworksService,
    private readonly measures: MeasuresService,
    private readonly organizations: OrganizationsService,
    private readonly pdf: PdfRenderer,
  ) {}

  /** The seed's report of one LAO and year (BAD_USER_INPUT on a year without a framework). */
  async measuresReport(organizationId: string, fiscalYear: number): Promise<MeasuresReport> {
    const organization = await this.organizations.findById(organizationId);
    if (!organization) throw new NotFoundError(ErrorReason.ORGANIZATION_NOT_FOUND, 'Organization');
    const measures = await this.measures.list(organizationId, fiscalYear);
    const steps = await this.measures.stepsOf(measures.map((m) => m.id));
    const stepsOf = new Map<string, string[]>();
    for (const s of steps) stepsOf.set(s.measureId, [...(stepsOf.get(s.measureId) ?? []), s.description]);
    return buildMeasuresReport({
      organizationNameTh: organization.nameTh,
      fiscalYear,
      measures: measures.map((m) => ({
        title: m.title,
        steps: stepsOf.get(m.id) ?? [],
        responsible: m.responsible,
        dueDate: m.dueDate,
        status: m.status,
        result: m.result,
      })),
    });
  }

  async measuresDocx(organizationId: string, fiscalYear: number): Promise<ReportFile> {
    const report = await this.measuresReport(organizationId, fiscalYear);
    return {
      fileName: measuresReportFileName(report.organizationNameTh, fiscalYear, 'docx'),
      contentType: DOCX_TYPE,
      body: await renderMeasuresReportDocx(report),
    };
  }

  async measuresPdf(organizationId: string, fiscalYear: number): Promise<ReportFile> {
    const report = await this.measuresReport(organizationId, fiscalYear);
    return {
      fileName: measuresReportFileName(report.organizationNameTh, fiscalYear, 'pdf'),
      contentType: PDF_TYPE,
      body: await this.pdf.render(renderMeasuresReportHtml(report, sarabunFontCss())),
    };
  }

  /** The province roll-up workbook: a summary sheet, a sheet per district, a row per LAO. */
  async rollupXlsx(provinceCode: string, fiscalYear: number): Promise<ReportFile> {
    const framework = await this.frameworks.get(fiscalYear);
    const [province] = await this.organizations.provincesByCodes([provinceCode]);
    if (!province) throw new NotFoundError(ErrorReason.PROVINCE_NOT_FOUND, 'Province');
    const asOf = bangkokToday();
    const rows = await this.tx.run((em) =>
      em.query<RollupRow[]>(
        `SELECT o.code, o.name_th, o.type, d.code AS district_code, d.name_th AS district_name_th,
                p.estimated_score, p.grade, p.gap_to_pass, p.pass_threshold,
                coalesce(m.total, 0)::int AS measures_total, coalesce(m.completed, 0)::int AS measures_completed,
                coalesce(m.overdue, 0)::int AS measures_overdue, coalesce(oit.accepted, 0)::int AS oit_accepted,
                iit.responses_so_far AS iit_responses, iit.minimum_responses AS iit_minimum,
                eit.responses_so_far AS eit_responses, eit.minimum_responses AS eit_minimum
           FROM organizations o
           JOIN districts d ON d.code = o.district_code
           LEFT JOIN organization_progress p ON p.organization_id = o.id AND p.fiscal_year = $2
           LEFT JOIN LATERAL (
             SELECT count(*) AS total, count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
                    count(*) FILTER (WHERE ${openMeasureSql()} AND due_date < $3::date) AS overdue
               FROM measures WHERE organization_id = o.id AND fiscal_year = $2) m ON true
           LEFT JOIN LATERAL (
             SELECT count(*) AS accepted FROM oit_item_statuses
              WHERE organization_id = o.id AND fiscal_year = $2 AND review = 'ACCEPTED') oit ON true
           LEFT JOIN survey_targets iit ON iit.organization_id = o.id AND iit.fiscal_year = $2 AND iit.tool = 'IIT'
           LEFT JOIN survey_targets eit ON eit.organization_id = o.id AND eit.fiscal_year = $2 AND eit.tool = 'EIT'
          WHERE o.province_code = $1
          ORDER BY o.code`,
        [provinceCode, fiscalYear, asOf],
      ),
    );
    const organizations = rows.map((r): RollupWorkbookOrganization => ({
      code: r.code,
      nameTh: r.name_th,
      type: r.type,
      districtCode: r.district_code,
      districtNameTh: r.district_name_th,
      estimatedScore: num(r.estimated_score),
      grade: r.grade,
      gapToPass: num(r.gap_to_pass),
      passThreshold: num(r.pass_threshold) ?? framework.passThreshold,
      measuresTotal: r.measures_total,
      measuresCompleted: r.measures_completed,
      measuresOverdue: r.measures_overdue,
      oitAccepted: r.oit_accepted,
      oitItems: framework.oitItems.length,
      iitResponses: r.iit_responses ?? 0,
      iitMinimum: r.iit_minimum,
      eitResponses: r.eit_responses ?? 0,
      eitMinimum: r.eit_minimum,
    }));
    const workbook = buildRollupWorkbook({
      provinceNameTh: province.nameTh,
      fiscalYear,
      asOf,
      organizations,
    });
    return {
      fileName: `สรุปผล ITA จังหวัด${province.nameTh} ${fiscalYear}.xlsx`,
      contentType: XLSX_TYPE,
      body: await renderRollupXlsx(workbook),
    };
  }
}
