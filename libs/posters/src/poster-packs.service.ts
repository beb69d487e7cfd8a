import { Injectable, Logger } from '@nestjs/common';
import { PDFDocument } from 'pdf-lib';
import {
  Actor,
  BadInputError,
  DomainError,
  ErrorCode,
  ErrorReason,
  isUuid,
  NotFoundError,
} from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworksService } from '@prongsai/frameworks';
import { JobName, JobQueue } from '@prongsai/jobs';
import { PDF_TYPE, PdfRenderer, ReportFile, sarabunFontCss } from '@prongsai/reports';
import { SurveyTool } from '@prongsai/surveys';
import { accessCodeMissing } from './posters.service';
import { buildSurveyPosters, renderSurveyPostersHtml } from './survey-posters';

/** How long a made pack can be downloaded: a day is enough to print it, and its bytes do not linger. */
export const POSTER_PACK_TTL_HOURS = 24;
/**
 * LAOs per Chromium print. Printing in slices keeps each page's memory small, lets progress move, and
 * lets the LAOs' own poster downloads take a PDF slot between two slices; the slices are joined with pdf-lib.
 */
export const POSTER_PACK_SLICE = 20;

export type PosterPackStatus = 'QUEUED' | 'RENDERING' | 'DONE' | 'FAILED';

export interface PosterPackView {
  packId: string;
  provinceCode: string;
  fiscalYear: number;
  status: PosterPackStatus;
  /** LAOs printed so far, of the LAOs with at least one access code. */
  progress: { processed: number; total: number };
  /** Pages of the finished PDF (one per tool with a code). */
  pages: number;
  fileName: string;
  byteSize: number | null;
  /** Where to GET the PDF once `status` is DONE (null before). */
  downloadPath: string | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  expiresAt: string;
}

interface PackRow {
  id: string;
  province_code: string;
  fiscal_year: number;
  status: PosterPackStatus;
  total: number;
  processed: number;
  pages: number;
  file_name: string;
  byte_size: number | null;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
  expires_at: Date;
}

const PACK_COLUMNS = `id, province_code, fiscal_year, status, total, processed, pages, file_name, byte_size, error,
  created_at, finished_at, expires_at`;

interface PosterTargetRow {
  organization_id: string;
  name_th: string;
  district_name_th: string;
  province_name_th: string;
  tool: SurveyTool;
  access_code: string;
}

/** Every LAO of a province with a code for the year, one row per (LAO, tool), in district then code order. */
const PROVINCE_TARGETS_SQL = `SELECT o.id AS organization_id, o.name_th, d.name_th AS district_name_th,
    p.name_th AS province_name_th, t.tool, t.access_code
  FROM organizations o
  JOIN districts d ON d.code = o.district_code
  JOIN provinces p ON p.code = o.province_code
  JOIN survey_targets t ON t.organization_id = o.id AND t.fiscal_year = $2 AND t.access_code IS NOT NULL
 WHERE o.province_code = $1
 ORDER BY d.code, o.code, t.tool`;

export function posterPackFileName(provinceNameTh: string, fiscalYear: number): string {
  return `โปสเตอร์แบบวัด ITA จังหวัด${provinceNameTh} ${fiscalYear}.pdf`;
}

/**
 * The province pack: every LAO's survey posters in one PDF. A supervisor asks (`start`: a `poster_packs`
 * row and a worker job; asking again while one is being made returns that one), the worker prints it
 * (`run`) into the row, with progress; `view` and `download` read it as the caller (the row's policy: the
 * province's supervisors and ADMIN). Packs expire after POSTER_PACK_TTL_HOURS and `purgeExpired` deletes them.
 */
@Injectable()
export class PosterPacksService {
  private readonly logger = new Logger(PosterPacksService.name);

  constructor(
    private readonly tx: TenantTransaction,
    private readonly frameworks: FrameworksService,
    private readonly pdf: PdfRenderer,
    private readonly jobs: JobQueue,
  ) {}

  /** The caller's access to the province is the API's check; row-level security is the second wall. */
  async start(actor: Actor, provinceCode: string, fiscalYear: number): Promise<PosterPackView> {
    await this.frameworks.get(fiscalYear, 'fiscalYear');
    const id = await this.tx.run(async (em) => {
      const [province] = await em.query<{ name_th: string }[]>(
        `SELECT name_th FROM provinces WHERE code = $1`,
        [provinceCode],
      );
      if (!province) throw new NotFoundError(ErrorReason.PROVINCE_NOT_FOUND, 'Province');
      const [pending] = await em.query<{ id: string }[]>(
        `SELECT id FROM poster_packs WHERE province_code = $1 AND fiscal_year = $2
            AND status IN ('QUEUED', 'RENDERING')`,
        [provinceCode, fiscalYear],
      );
      if (pending) return pending.id;
      const [{ n }] = await em.query<{ n: number }[]>(
        `SELECT count(DISTINCT o.id)::int AS n FROM organizations o
           JOIN survey_targets t ON t.organization_id = o.id AND t.fiscal_year = $2 AND t.access_code IS NOT NULL
          WHERE o.province_code = $1`,
        [provinceCode, fiscalYear],
      );
      if (n === 0) throw accessCodeMissing(fiscalYear, `อปท. ในจังหวัด${province.name_th}`);
      // Two requests at once: the partial unique index lets one insert; the other takes its row.
      const inserted = await em.query<{ id: string }[]>(
        `INSERT INTO poster_packs (province_code, fiscal_year, requested_by_user_id, total, file_name, expires_at)
         VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6))
         ON CONFLICT (province_code, fiscal_year) WHERE status IN ('QUEUED', 'RENDERING') DO NOTHING
         RETURNING id`,
        [
          provinceCode,
          fiscalYear,
          actor.userId,
          n,
          posterPackFileName(province.name_th, fiscalYear),
          POSTER_PACK_TTL_HOURS,
        ],
      );
      if (inserted[0]) return inserted[0].id;
      const [other] = await em.query<{ id: string }[]>(
        `SELECT id FROM poster_packs WHERE province_code = $1 AND fiscal_year = $2
            AND status IN ('QUEUED', 'RENDERING')`,
        [provinceCode, fiscalYear],
      );
      return other.id;
    });
    // After the commit, so the job sees the row. Its id is the row's: enqueueing again is a no-op.
    await this.jobs.enqueue(JobName.RenderPosterPack, { packId: id });
    return this.view(provinceCode, id);
  }

  async view(provinceCode: string, packId: string): Promise<PosterPackView> {
    return toView(await this.find(provinceCode, packId));
  }

  async download(provinceCode: string, packId: string): Promise<ReportFile> {
    const pack = await this.find(provinceCode, packId);
    if (pack.status !== 'DONE') {
      throw new DomainError(
        ErrorCode.CONFLICT,
        ErrorReason.POSTER_PACK_NOT_READY,
        pack.status === 'FAILED'
          ? 'สร้างไฟล์โปสเตอร์ไม่สำเร็จ กรุณาสั่งสร้างใหม่อีกครั้ง'
          : `กำลังสร้างไฟล์โปสเตอร์ (${pack.processed} จาก ${pack.total} อปท.) กรุณารอสักครู่แล้วดาวน์โหลดอีกครั้ง`,
      );
    }
    const [row] = await this.tx.run((em) =>
      em.query<{ pdf: Buffer }[]>(`SELECT pdf FROM poster_packs WHERE id = $1`, [packId]),
    );
    return { fileName: pack.file_name, contentType: PDF_TYPE, body: row.pdf };
  }

  /**
   * The worker's job: prints the province's posters POSTER_PACK_SLICE LAOs at a time, recording progress
   * after each slice, joins the slices and stores the PDF in the row. Runs as the system (the request was
   * authorized when it was made). A finished or vanished pack is left alone, so a retry does nothing twice.
   */
  async run(
    packId: string,
    onProgress: (processed: number, total: number) => Promise<void> = async () => undefined,
  ): Promise<{ packId: string; pages: number; organizations: number }> {
    const [pack] = await this.tx.asSystem('poster pack', (em) =>
      em.query<PackRow[]>(`SELECT ${PACK_COLUMNS} FROM poster_packs WHERE id = $1`, [packId]),
    );
    if (!pack || pack.status === 'DONE') return { packId, pages: pack?.pages ?? 0, organizations: 0 };
    try {
      const rows = await this.tx.asSystem('poster pack', async (em) => {
        await em.query(
          `UPDATE poster_packs SET status = 'RENDERING', processed = 0, error = NULL WHERE id = $1`,
          [packId],
        );
        return em.query<PosterTargetRow[]>(PROVINCE_TARGETS_SQL, [pack.province_code, pack.fiscal_year]);
      });
      const organizations = groupByOrganization(rows);
      const total = organizations.length;
      const merged = await PDFDocument.create();
      merged.setTitle(pack.file_name.replace(/\.pdf$/, ''));
      const fontCss = sarabunFontCss();
      for (let i = 0; i < total; i += POSTER_PACK_SLICE) {
        const pages = organizations.slice(i, i + POSTER_PACK_SLICE).flatMap((o) =>
          buildSurveyPosters({
            organizationNameTh: o.nameTh,
            districtNameTh: o.districtNameTh,
            provinceNameTh: o.provinceNameTh,
            fiscalYear: pack.fiscal_year,
            targets: o.targets,
          }),
        );
        const slice = await PDFDocument.load(await this.pdf.render(renderSurveyPostersHtml(pages, fontCss)));
        for (const page of await merged.copyPages(slice, slice.getPageIndices())) merged.addPage(page);
        const processed = Math.min(i + POSTER_PACK_SLICE, total);
        await this.tx.asSystem('poster pack', (em) =>
          em.query(`UPDATE poster_packs SET processed = $2, total = $3 WHERE id = $1`, [
            packId,
            processed,
            total,
          ]),
        );
        await onProgress(processed, total);
      }
      const bytes = Buffer.from(await merged.save());
      const pages = merged.getPageCount();
      await this.tx.asSystem('poster pack', (em) =>
        em.query(
          `UPDATE poster_packs SET status = 'DONE', pdf = $2, byte_size = $3, pages = $4, total = $5,
             processed = $5, finished_at = now(), expires_at = now() + make_interval(hours => $6)
           WHERE id = $1`,
          [packId, bytes, bytes.length, pages, total, POSTER_PACK_TTL_HOURS],
        ),
      );
      return { packId, pages, organizations: total };
    } catch (error) {
      // The row says so at once (a client polling sees FAILED); the job's retry starts it again.
      this.logger.error({ packId, err: String(error) }, 'poster pack failed');
      await this.tx
        .asSystem('poster pack', (em) =>
          em.query(
            `UPDATE poster_packs SET status = 'FAILED', error = $2 WHERE id = $1 AND status <> 'DONE'`,
            [packId, String(error).slice(0, 500)],
          ),
        )
        .catch(() => undefined);
      throw error;
    }
  }

  /** Deletes the packs past their expiry (their PDFs with them); returns how many. */
  async purgeExpired(): Promise<number> {
    const deleted = await this.tx.asSystem('poster pack purge', (em) =>
      em.query<{ id: string }[]>(`DELETE FROM poster_packs WHERE expires_at <= now() RETURNING id`),
    );
    return deleted.length;
  }

  /** A pack of that province the caller may see and that has not expired; NOT_FOUND otherwise. */
  private async find(provinceCode: string, packId: string): Promise<PackRow> {
    if (!isUuid(packId)) throw new BadInputError('packId', ErrorReason.INVALID_ID, 'must be a valid pack ID');
    const [pack] = await this.tx.run((em) =>
      em.query<PackRow[]>(
        `SELECT ${PACK_COLUMNS} FROM poster_packs
          WHERE id = $1 AND province_code = $2 AND expires_at > now()`,
        [packId, provinceCode],
      ),
    );
    if (!pack) {
      throw new DomainError(
        ErrorCode.NOT_FOUND,
        ErrorReason.POSTER_PACK_NOT_FOUND,
        'ไม่พบไฟล์โปสเตอร์นี้ หรือไฟล์หมดอายุแล้ว กรุณาสั่งสร้างใหม่',
      );
    }
    return pack;
  }
}

function toView(p: PackRow): PosterPackView {
  return {
    packId: p.id,
    provinceCode: p.province_code,
    fiscalYear: p.fiscal_year,
    status: p.status,
    progress: { processed: p.processed, total: p.total },
    pages: p.pages,
    fileName: p.file_name,
    byteSize: p.byte_size,
    downloadPath:
      p.status === 'DONE'
        ? `/posters/provinces/${p.province_code}/packs/${p.id}/surveys-${p.fiscal_year}.pdf`
        : null,
    error: p.status === 'FAILED' ? 'สร้างไฟล์โปสเตอร์ไม่สำเร็จ กรุณาสั่งสร้างใหม่อีกครั้ง' : null,
    createdAt: p.created_at.toISOString(),
    finishedAt: p.finished_at?.toISOString() ?? null,
    expiresAt: p.expires_at.toISOString(),
  };
}

interface PosterOrganization {
  nameTh: string;
  districtNameTh: string;
  provinceNameTh: string;
  targets: { tool: SurveyTool; accessCode: string }[];
}

function groupByOrganization(rows: readonly PosterTargetRow[]): PosterOrganization[] {
  const byId = new Map<string, PosterOrganization>();
  for (const r of rows) {
    let o = byId.get(r.organization_id);
    if (!o) {
      o = {
        nameTh: r.name_th,
        districtNameTh: r.district_name_th,
        provinceNameTh: r.province_name_th,
        targets: [],
      };
      byId.set(r.organization_id, o);
    }
    o.targets.push({ tool: r.tool, accessCode: r.access_code });
  }
  return [...byId.values()];
}
