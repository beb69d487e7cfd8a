import { Inject, Injectable, Logger } from '@nestjs/common';
import JSZip from 'jszip';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { Actor, DomainError, ErrorCode, ErrorReason, NotFoundError, isUuid } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworksService } from '@prongsai/frameworks';
import { JobName, JobQueue } from '@prongsai/jobs';
import { FILE_STORAGE, FileStorage } from '@prongsai/storage';
import { ReportFile, ReportsService } from '../reports.service';
import { ReportPackRecord, ReportPackStatus } from './report-pack.entity';

/** LAO reports written at once while building a pack (each is a few database reads and a DOCX). */
const PACK_CONCURRENCY = 4;
/** Progress is written every this many documents (and at the end). */
const PROGRESS_EVERY = 10;

export interface PackDownload {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/**
 * Province report packs: a supervisor asks (`request`), the worker builds (`build`) — a DOCX of the seed's
 * report per LAO, in a folder per district, and the province workbook, zipped — and stores the zip in the
 * file storage with an expiry (REPORT_PACK_TTL_HOURS); `get` is the progress, `download` the file while it
 * lasts. One pack in flight per province and year: asking again returns it.
 */
@Injectable()
export class ReportPackService {
  private readonly logger = new Logger(ReportPackService.name);

  constructor(
    private readonly tx: TenantTransaction,
    private readonly reports: ReportsService,
    private readonly frameworks: FrameworksService,
    private readonly jobs: JobQueue,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The caller's access to the province is the API's check; row-level security is the second wall. */
  async request(actor: Actor, provinceCode: string, fiscalYear: number): Promise<ReportPackRecord> {
    // A year without a framework has no report: BAD_USER_INPUT naming fiscalYear, before anything is queued.
    await this.frameworks.get(fiscalYear, 'fiscalYear');
    const pack = await this.tx.run(async (em) => {
      const pending = await em.findOne(ReportPackRecord, {
        where: [
          { provinceCode, fiscalYear, status: ReportPackStatus.QUEUED },
          { provinceCode, fiscalYear, status: ReportPackStatus.RUNNING },
        ],
        order: { createdAt: 'DESC' },
      });
      if (pending) return pending;
      return em.save(em.create(ReportPackRecord, { provinceCode, fiscalYear, requestedBy: actor.userId }));
    });
    try {
      await this.jobs.enqueue(JobName.BuildReportPack, { packId: pack.id });
    } catch (err) {
      this.logger.warn({ err, packId: pack.id }, 'could not enqueue the report pack');
      throw err;
    }
    return pack;
  }

  /** Progress, as the caller (null for a pack it may not see). */
  async get(id: string): Promise<ReportPackRecord | null> {
    if (!isUuid(id)) return null;
    return this.tx.run((em) => em.findOne(ReportPackRecord, { where: { id } }));
  }

  async download(id: string): Promise<PackDownload> {
    const pack = await this.get(id);
    if (!pack) throw new NotFoundError(ErrorReason.REPORT_PACK_NOT_FOUND, 'Report pack');
    if (pack.status === ReportPackStatus.QUEUED || pack.status === ReportPackStatus.RUNNING) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        ErrorReason.REPORT_PACK_NOT_READY,
        `the pack is not ready yet (${pack.done} of ${pack.total} documents)`,
      );
    }
    const live =
      pack.status === ReportPackStatus.DONE && pack.expiresAt !== null && pack.expiresAt > new Date();
    const stored = live && pack.storageKey ? await this.storage.get(pack.storageKey) : null;
    if (!stored) {
      throw new NotFoundError(ErrorReason.REPORT_PACK_EXPIRED, 'Report pack (expired or failed)');
    }
    return {
      fileName: `รายงานมาตรการ ITA จังหวัด ${pack.provinceCode} ปีงบประมาณ ${pack.fiscalYear}.zip`,
      contentType: 'application/zip',
      body: stored.data,
    };
  }

  /** The worker's job. A pack already built (or failed) is left alone, so a retried job does nothing twice. */
  async build(
    packId: string,
  ): Promise<{ documents: number; bytes: number; ms: number } | { skipped: string }> {
    const started = Date.now();
    const pack = await this.tx.asSystem(`report pack ${packId}`, (em) =>
      em.findOne(ReportPackRecord, { where: { id: packId } }),
    );
    if (!pack) return { skipped: 'missing' };
    if (pack.status !== ReportPackStatus.QUEUED && pack.status !== ReportPackStatus.RUNNING) {
      return { skipped: pack.status };
    }
    const organizations = await this.tx.asSystem(`report pack ${packId}: organizations`, (em) =>
      em.query<{ id: string; code: string; district_name_th: string }[]>(
        `SELECT o.id, o.code, d.name_th AS district_name_th FROM organizations o
         JOIN districts d ON d.code = o.district_code WHERE o.province_code = $1 ORDER BY o.code`,
        [pack.provinceCode],
      ),
    );
    const total = organizations.length + 1;
    await this.progress(packId, { status: ReportPackStatus.RUNNING, total, done: 0 });
    try {
      const zip = new JSZip();
      let done = 0;
      let next = 0;
      const lane = async () => {
        while (next < organizations.length) {
          const org = organizations[next++];
          const docx: ReportFile = await this.tx.asSystem(`report pack ${packId}: ${org.code}`, () =>
            this.reports.measuresDocx(org.id, pack.fiscalYear),
          );
          // A folder per district (อำเภอ…), as the province files its paperwork; the code keeps names unique.
          zip.file(`อำเภอ${org.district_name_th}/${org.code} ${docx.fileName}`, docx.body);
          if (++done % PROGRESS_EVERY === 0) await this.progress(packId, { done });
        }
      };
      await Promise.all(Array.from({ length: PACK_CONCURRENCY }, lane));
      const workbook = await this.tx.asSystem(`report pack ${packId}: workbook`, () =>
        this.reports.rollupXlsx(pack.provinceCode, pack.fiscalYear),
      );
      zip.file(workbook.fileName, workbook.body);
      const body = await zip.generateAsync({
        type: 'nodebuffer',
        compression: 'DEFLATE',
        compressionOptions: { level: 6 },
      });
      const key = `report-packs/${packId}.zip`;
      const expiresAt = new Date(Date.now() + this.config.storage.reportPackTtlHours * 3_600_000);
      await this.storage.put(key, body, { contentType: 'application/zip', expiresAt });
      await this.progress(packId, {
        status: ReportPackStatus.DONE,
        done: total,
        storageKey: key,
        sizeBytes: body.length,
        expiresAt,
        finishedAt: new Date(),
      });
      const result = { documents: total, bytes: body.length, ms: Date.now() - started };
      this.logger.log({ packId, ...result }, 'report pack built');
      return result;
    } catch (err) {
      await this.progress(packId, {
        status: ReportPackStatus.FAILED,
        error: (err as Error).message.slice(0, 500),
        finishedAt: new Date(),
      });
      throw err;
    }
  }

  /** Removes expired files and marks their packs EXPIRED (run after every build). */
  async sweepExpired(): Promise<number> {
    const removed = await this.storage.deleteExpired();
    await this.tx.asSystem('report packs: expire', (em) =>
      em.query(
        `UPDATE report_packs SET status = 'EXPIRED', storage_key = NULL WHERE status = 'DONE' AND expires_at <= now()`,
      ),
    );
    return removed;
  }

  private async progress(id: string, changes: Partial<ReportPackRecord>): Promise<void> {
    await this.tx.asSystem(`report pack ${id}: progress`, (em) =>
      em.update(ReportPackRecord, { id }, changes),
    );
  }
}
