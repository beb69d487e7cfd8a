import { Injectable } from '@nestjs/common';
import { Actor } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworksService } from '@prongsai/frameworks';
import { Measure, MeasuresService } from '@prongsai/measures';
import { isOpenMeasureStatus, MeasureStatus } from '@prongsai/measures/status';
import { ProgressService } from '@prongsai/progress';
import { ImportRowError, MeasureRow, readMeasureSheet } from './measures-sheet';
import { readFirstSheet } from './sheet-table';

/** The import's answer (../shared/api/files.md), with what re-importing left alone or changed. */
export interface MeasuresImportResult {
  readonly dryRun: boolean;
  /** Measure rows read from the sheet (header rows not counted). */
  readonly rows: number;
  /** Measures new to this LAO and year that were (or, on a dry run, would be) written. */
  readonly created: number;
  /** Measures of the same title whose steps, responsible, due date or status the file changes. */
  readonly updated: number;
  /** Measures of the same title that the file leaves as they are (a second import of the same file). */
  readonly unchanged: number;
  readonly errors: readonly ImportRowError[];
}

type Plan =
  | { kind: 'create'; row: MeasureRow }
  | { kind: 'update'; row: MeasureRow; measure: Measure; fields: boolean; status: boolean }
  | { kind: 'unchanged'; row: MeasureRow };

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Measures from the seed's table as a spreadsheet. Identity: the title within the LAO and fiscal year —
 * a row whose title matches a stored measure updates it (steps, responsible, due date; its status moves
 * forward as the result says) instead of adding one, so importing the same file twice creates nothing.
 * Everything is validated before the first write; any error → nothing is written. Writes go through
 * MeasuresService (audit, progress recompute, row-level security) inside ONE tenant transaction: the
 * service's own `run` joins it, so a failure at row 1,999 rolls back row 1.
 */
@Injectable()
export class MeasuresImportService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly frameworks: FrameworksService,
    private readonly measures: MeasuresService,
    private readonly progress: ProgressService,
  ) {}

  async import(
    actor: Actor,
    organizationId: string,
    fiscalYear: number,
    body: Buffer,
    dryRun: boolean,
  ): Promise<MeasuresImportResult> {
    const framework = await this.frameworks.get(fiscalYear);
    const table = await readFirstSheet(body);
    const sheet = readMeasureSheet(table, framework);
    const errors: ImportRowError[] = [...sheet.errors];

    return this.tx.run(async () => {
      const existing = await this.measures.list(organizationId, fiscalYear);
      const stepTexts = new Map<string, string[]>();
      for (const s of await this.measures.stepsOf(existing.map((m) => m.id))) {
        stepTexts.set(s.measureId, [...(stepTexts.get(s.measureId) ?? []), s.description]);
      }
      const byTitle = new Map<string, Measure[]>();
      for (const m of existing) byTitle.set(m.title, [...(byTitle.get(m.title) ?? []), m]);

      const plans: Plan[] = [];
      for (const row of sheet.rows) {
        const matches = byTitle.get(row.fields.title) ?? [];
        if (matches.length === 0) {
          plans.push({ kind: 'create', row });
          continue;
        }
        if (matches.length > 1) {
          errors.push({
            row: row.row,
            column: 'มาตรการ',
            message: `มีมาตรการชื่อนี้อยู่แล้ว ${matches.length} รายการ จึงไม่ทราบว่าจะปรับปรุงรายการใด`,
          });
          continue;
        }
        const measure = matches[0];
        const fields =
          measure.responsible !== row.fields.responsible ||
          measure.dueDate !== row.fields.dueDate ||
          !sameList(stepTexts.get(measure.id) ?? [], row.fields.steps);
        // Status only moves forward: a file that still says PLANNED does not undo progress made since.
        const status =
          isOpenMeasureStatus(measure.status) &&
          row.status !== measure.status &&
          !(row.status === MeasureStatus.PLANNED && measure.status === MeasureStatus.IN_PROGRESS);
        if (fields && !isOpenMeasureStatus(measure.status)) {
          errors.push({
            row: row.row,
            column: 'มาตรการ',
            message: 'มาตรการนี้ปิดแล้ว (ดำเนินการแล้วเสร็จหรือยกเลิก) แก้ไขจากไฟล์ไม่ได้',
          });
          continue;
        }
        plans.push(
          fields || status ? { kind: 'update', row, measure, fields, status } : { kind: 'unchanged', row },
        );
      }

      const result: MeasuresImportResult = {
        dryRun,
        rows: sheet.rowCount,
        created: plans.filter((p) => p.kind === 'create').length,
        updated: plans.filter((p) => p.kind === 'update').length,
        unchanged: plans.filter((p) => p.kind === 'unchanged').length,
        errors: errors.sort((a, b) => a.row - b.row),
      };
      if (dryRun || errors.length > 0) return result;
      // Progress once for the whole file, not once per row (the rows' writes are all in this transaction).
      await this.progress.recomputingOnce(() => this.write(actor, organizationId, fiscalYear, plans));
      return result;
    });
  }

  private async write(
    actor: Actor,
    organizationId: string,
    fiscalYear: number,
    plans: readonly Plan[],
  ): Promise<void> {
    for (const plan of plans) {
      if (plan.kind === 'unchanged') continue;
      const { row } = plan;
      let measure: Measure;
      if (plan.kind === 'create') {
        measure = await this.measures.create(actor, { organizationId, fiscalYear, ...row.fields });
      } else {
        measure = plan.fields
          ? await this.measures.update(actor, plan.measure.id, {
              steps: row.fields.steps,
              responsible: row.fields.responsible,
              dueDate: row.fields.dueDate,
            })
          : plan.measure;
        if (!plan.status) continue;
      }
      if (row.status === MeasureStatus.COMPLETED) {
        await this.measures.complete(actor, measure.id, row.result ?? '');
      } else if (row.status === MeasureStatus.IN_PROGRESS && measure.status === MeasureStatus.PLANNED) {
        await this.measures.update(actor, measure.id, { status: MeasureStatus.IN_PROGRESS });
      }
    }
  }
}
