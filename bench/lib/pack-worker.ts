/**
 * The province report pack as the worker builds it, in a process of its own so its memory is the worker's
 * and not the benchmark's (which holds the data-set generator and the load tools): builds one pack of the
 * seeded province with the worker's code (`ReportPackService.build`) and reports the time, the size and the
 * peak RSS over IPC.
 */
import 'reflect-metadata';
import { loadConfigFromProcess } from '@prongsai/config';
import { TenantTransaction } from '@prongsai/database';
import { ReportPackService, ReportsModule } from '@prongsai/reports';
import { SEEDED_PROVINCE } from './synthetic-data';
import { withCommandContext } from '../../scripts/lib/command-context';

export interface PackWorkerReply {
  packId: string;
  ms: number;
  documents: number;
  bytes: number;
  idleRssMb: number;
  peakRssMb: number;
}

async function main(): Promise<void> {
  const fiscalYear = Number(process.env.BENCH_FISCAL_YEAR);
  const reply = await withCommandContext(loadConfigFromProcess(), [ReportsModule], async (app) => {
    const [{ id }] = await app
      .get(TenantTransaction)
      .asSystem('bench: a pack', (em) =>
        em.query<{ id: string }[]>(
          `INSERT INTO report_packs (province_code, fiscal_year) VALUES ($1, $2) RETURNING id`,
          [SEEDED_PROVINCE, fiscalYear],
        ),
      );
    const idle = process.memoryUsage().rss;
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    const started = performance.now();
    const built = await app.get(ReportPackService).build(id);
    const ms = performance.now() - started;
    clearInterval(sampler);
    if (!('documents' in built)) throw new Error(`pack not built: ${built.skipped}`);
    const mb = (b: number) => Math.round(b / 1_048_576);
    return {
      packId: id,
      ms: Math.round(ms),
      documents: built.documents,
      bytes: built.bytes,
      idleRssMb: mb(idle),
      peakRssMb: mb(peak),
    };
  });
  process.send?.(reply satisfies PackWorkerReply);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('pack worker failed:', err);
    process.exit(1);
  },
);
