import ExcelJS from 'exceljs';
import { AppConfig } from '@prongsai/config';
import { TenantTransaction } from '@prongsai/database';
import { ImportsModule, MeasuresImportService } from '@prongsai/imports';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { ReportsModule, ReportsService } from '@prongsai/reports';
import { LocalDiskStorage } from '@prongsai/storage';
import type { PackWorkerReply } from '../lib/pack-worker';
import { log } from '../lib/bench-log';
import { percentile } from '../lib/load';
import { SEEDED_PROVINCE } from '../lib/synthetic-data';
import { withCommandContext } from '../../scripts/lib/command-context';

export interface DocumentsResult {
  docxP95Ms: number;
  pdfP95Ms: number;
  /** The province pack for every LAO of province 14, built as the worker's job builds it. */
  packMs: number;
  packDocuments: number;
  packBytes: number;
  /** The highest RSS of this (worker-like) process while the pack was built. */
  packPeakRssMb: number;
  importRows: number;
  importMs: number;
}

const SAMPLES = 20;
const IMPORT_ROWS = 2_000;

async function samples(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up: the first PDF launches Chromium
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await fn();
    ms.push(performance.now() - started);
  }
  return ms.sort((a, b) => a - b);
}

/** A sheet of the seed's five columns with `rows` measures (import template shape). */
async function importSheet(rows: number, fiscalYear: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('มาตรการ');
  sheet.addRow(['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง', 'กำหนดแล้วเสร็จ', 'ผลการดำเนินการ']);
  const be = fiscalYear;
  for (let i = 1; i <= rows; i++) {
    const month = ((i % 12) + 10) % 12 || 12;
    const beYear = month >= 10 ? be - 1 : be;
    sheet.addRow([
      `มาตรการนำเข้าทดสอบที่ ${i} เผยแพร่ข้อมูลต่อสาธารณะ`,
      '- จัดทำข้อมูล\n- เผยแพร่บนเว็บไซต์',
      'สำนักปลัด',
      `15/${String(month).padStart(2, '0')}/${beYear}`,
      '',
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * The worker's heap cap as deployed (docker/compose.yml sets NODE_OPTIONS for the API and the worker alike).
 * Without it V8 sizes the heap from this machine's memory and lets garbage pile up: the same pack peaked at
 * 344–407 MB across runs, around its 400 MB budget, with a live heap far below it.
 */
const WORKER_NODE_FLAGS = ['--max-old-space-size=192'];

/** Builds the pack in a worker-like child process (lib/pack-worker.ts), whose own peak RSS is the figure. */
function packInWorkerProcess(config: AppConfig, fiscalYear: number): Promise<PackWorkerReply> {
  const child = fork(join(__dirname, '..', 'lib', 'pack-worker.js'), [], {
    execArgv: WORKER_NODE_FLAGS,
    env: {
      ...process.env,
      DATABASE_URL: config.database.ownerUrl,
      DATABASE_APP_URL: config.database.appUrl,
      QUEUE_PREFIX: config.redis.queuePrefix,
      STORAGE_DIR: config.storage.dir,
      LOG_LEVEL: 'warn',
      BENCH_FISCAL_YEAR: String(fiscalYear),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: PackWorkerReply) => resolve(m));
    child.once('exit', (code) =>
      code === 0 ? undefined : reject(new Error(`pack worker exited with ${code}`)),
    );
  });
}

/**
 * The documents of issue 13 at the bench's scale: an LAO's report (20 measures) as DOCX and as PDF (p95 of
 * 20 after a warm-up), the province pack for the 158 LAOs of province 14 end to end (the worker job's code,
 * in a process of its own whose peak memory is the figure), and the import of a 2,000-row spreadsheet (validated and written in one
 * transaction).
 */
export async function documentsScenario(config: AppConfig, fiscalYear: number): Promise<DocumentsResult> {
  return withCommandContext(config, [ReportsModule, ImportsModule], async (app) => {
    const tx = app.get(TenantTransaction);
    const [org] = await tx.asSystem('bench: an LAO', (em) =>
      em.query<{ id: string; code: string }[]>(
        `SELECT id, code FROM organizations WHERE province_code = $1 ORDER BY code LIMIT 1`,
        [SEEDED_PROVINCE],
      ),
    );
    const reports = app.get(ReportsService);
    const asSystem = <T>(fn: () => Promise<T>) => tx.asSystem('bench: documents', fn);
    const docx = await samples(SAMPLES, () => asSystem(() => reports.measuresDocx(org.id, fiscalYear)));
    const pdf = await samples(SAMPLES, () => asSystem(() => reports.measuresPdf(org.id, fiscalYear)));
    log(
      `LAO report ${org.code}: DOCX p95 ${percentile(docx, 95).toFixed(1)} ms, PDF p95 ${percentile(pdf, 95).toFixed(1)} ms`,
    );

    const pack = await packInWorkerProcess(config, fiscalYear);
    // The bench leaves nothing behind: the pack's zip goes with its database.
    await new LocalDiskStorage(config.storage.dir).delete(`report-packs/${pack.packId}.zip`);
    log(
      `province pack: ${pack.documents} documents, ${pack.bytes} bytes, ${pack.ms} ms, RSS ${pack.idleRssMb} → ${pack.peakRssMb} MB`,
    );

    const [lead] = await tx.asSystem('bench: a user', (em) =>
      em.query<{ id: string; email: string }[]>(`SELECT id, email FROM users ORDER BY email LIMIT 1`),
    );
    const sheet = await importSheet(IMPORT_ROWS, fiscalYear);
    const importStarted = performance.now();
    const imported = await asSystem(() =>
      app
        .get(MeasuresImportService)
        .import({ userId: lead.id, email: lead.email, memberships: [] }, org.id, fiscalYear, sheet, false),
    );
    const importMs = performance.now() - importStarted;
    if (imported.errors.length)
      throw new Error(`import refused: ${JSON.stringify(imported.errors.slice(0, 3))}`);
    log(`import: ${imported.created} created of ${IMPORT_ROWS} rows in ${Math.round(importMs)} ms`);
    return {
      docxP95Ms: Math.round(percentile(docx, 95) * 10) / 10,
      pdfP95Ms: Math.round(percentile(pdf, 95) * 10) / 10,
      packMs: pack.ms,
      packDocuments: pack.documents,
      packBytes: pack.bytes,
      packPeakRssMb: pack.peakRssMb,
      importRows: IMPORT_ROWS,
      importMs: Math.round(importMs),
    };
  });
}
