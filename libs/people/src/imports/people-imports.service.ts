import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Actor, BadInputError, ErrorReason, isUuid, NotFoundError } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { JobName, JobQueue } from '@prongsai/jobs';
import { OutboxService } from '@prongsai/outbox';
import { InvitationsService } from '../invitations.service';
import { checkPeopleRows, ImportRowError, PersonRow, readPeopleSheet } from './people-file';
import { PeopleImport, PeopleImportStatus } from './people-import.entity';

/** Rows invited per transaction by the worker (and per progress update). */
export const IMPORT_BATCH = 20;
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;

export interface PeopleImportView {
  importId: string;
  provinceCode: string;
  fileName: string;
  status: PeopleImportStatus;
  /** Data rows in the file. */
  rows: number;
  valid: number;
  /** Valid rows whose person was already invited by an import, or already holds the role there. */
  alreadyInvited: number;
  errors: ImportRowError[];
  progress: { processed: number; invited: number; skipped: number; total: number };
  confirmedAt: string | null;
  finishedAt: string | null;
}

/** The key that makes an import invite a person once per (LAO, email, role), whichever file they came in. */
export function importKey(row: Pick<PersonRow, 'organizationId' | 'email' | 'role'>): string {
  return `people-import:${row.organizationId}:${row.role}:${row.email}`;
}

/**
 * Bulk onboarding of a province's people: upload (preview with row errors, nothing sent), confirm (the
 * worker's `people-import` job invites row by row, with progress), and re-uploading the same list sends
 * nothing twice (every row's invitation carries `importKey`). Callers have checked province access.
 */
@Injectable()
export class PeopleImportsService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly invitations: InvitationsService,
    private readonly outbox: OutboxService,
    private readonly jobs: JobQueue,
  ) {}

  async preview(
    actor: Actor,
    provinceCode: string,
    fileName: string,
    file: Buffer,
  ): Promise<PeopleImportView> {
    if (file.length === 0)
      throw new BadInputError('file', ErrorReason.EMPTY_TEXT, 'ไม่พบไฟล์ (ส่งไฟล์ .xlsx หรือ .csv)');
    if (file.length > IMPORT_MAX_BYTES)
      throw new BadInputError('file', ErrorReason.TEXT_TOO_LONG, 'ไฟล์ใหญ่เกิน 5 MB');
    let sheet: string[][];
    try {
      sheet = await readPeopleSheet(file);
    } catch {
      throw new BadInputError(
        'file',
        ErrorReason.INVALID_VALUE,
        'อ่านไฟล์ไม่ได้ (ต้องเป็น .xlsx หรือ .csv แบบ UTF-8)',
      );
    }
    if (sheet.length - 1 > IMPORT_MAX_ROWS)
      throw new BadInputError('file', ErrorReason.TOO_MANY_ITEMS, `ไฟล์มีได้ไม่เกิน ${IMPORT_MAX_ROWS} แถว`);
    const id = await this.tx.run(async (em) => {
      const orgs = await em.query<{ id: string; code: string }[]>(
        `SELECT id, code FROM organizations WHERE province_code = $1`,
        [provinceCode],
      );
      const [province] = await em.query<{ name_th: string }[]>(
        `SELECT name_th FROM provinces WHERE code = $1`,
        [provinceCode],
      );
      if (!province) throw new NotFoundError(ErrorReason.PROVINCE_NOT_FOUND, 'Province');
      const checked = checkPeopleRows(
        sheet,
        new Map(orgs.map((o) => [o.code, o.id])),
        `จังหวัด${province.name_th}`,
      );
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO people_imports (province_code, created_by_user_id, file_name, file_sha256, rows, errors, total)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          provinceCode,
          actor.userId,
          fileName.slice(0, 300) || 'people',
          createHash('sha256').update(file).digest('hex'),
          JSON.stringify(checked.rows),
          JSON.stringify(checked.errors),
          checked.total,
        ],
      );
      return row.id;
    });
    return this.view(provinceCode, id);
  }

  async confirm(provinceCode: string, importId: string): Promise<PeopleImportView> {
    await this.tx.run(async (em) => {
      const found = await this.find(provinceCode, importId);
      if (found.status !== 'PREVIEW' || found.errors.length > 0)
        throw new BadInputError(
          'importId',
          ErrorReason.IMPORT_NOT_CONFIRMABLE,
          found.errors.length > 0 ? 'แก้ไขแถวที่มีข้อผิดพลาดแล้วอัปโหลดใหม่' : 'ยืนยันรายการนี้ไปแล้ว',
        );
      await em.query(`UPDATE people_imports SET status = 'QUEUED', confirmed_at = now() WHERE id = $1`, [
        importId,
      ]);
    });
    await this.jobs.enqueue(JobName.SendPeopleImport, { importId });
    return this.view(provinceCode, importId);
  }

  async view(provinceCode: string, importId: string): Promise<PeopleImportView> {
    const found = await this.find(provinceCode, importId);
    const alreadyInvited = await this.alreadyInvited(found.rows);
    return {
      importId: found.id,
      provinceCode: found.provinceCode,
      fileName: found.fileName,
      status: found.status,
      rows: found.total,
      valid: found.rows.length,
      alreadyInvited,
      errors: found.errors,
      progress: {
        processed: found.processed,
        invited: found.invited,
        skipped: found.skipped,
        total: found.rows.length,
      },
      confirmedAt: found.confirmedAt?.toISOString() ?? null,
      finishedAt: found.finishedAt?.toISOString() ?? null,
    };
  }

  /**
   * The worker's job: invites every row not invited before, IMPORT_BATCH rows a transaction, recording
   * progress after each. Safe to run again (a retry, a stalled job): rows already done make nothing.
   */
  async run(importId: string, onProgress: (done: number, total: number) => Promise<void>) {
    const found = await this.tx.asSystem('people import', (em) =>
      em.findOneBy(PeopleImport, { id: importId }),
    );
    if (!found || found.status === 'DONE' || found.status === 'PREVIEW') return { importId, invited: 0 };
    await this.tx.asSystem('people import', (em) =>
      em.query(`UPDATE people_imports SET status = 'SENDING' WHERE id = $1`, [importId]),
    );
    let invited = 0;
    let skipped = 0;
    for (let i = 0; i < found.rows.length; i += IMPORT_BATCH) {
      const batch = found.rows.slice(i, i + IMPORT_BATCH);
      const emailIds = await this.tx.asSystem(`people import ${importId}`, async (em) => {
        const ids: string[] = [];
        let madeHere = 0;
        for (const row of batch) {
          const [member] = await em.query<unknown[]>(
            `SELECT 1 FROM memberships ms JOIN users u ON u.id = ms.user_id
             WHERE u.email = $1 AND ms.organization_id = $2 AND ms.role = $3`,
            [row.email, row.organizationId, row.role],
          );
          const made = member
            ? { invitation: null, emailIds: [] }
            : await this.invitations.create(
                em,
                {
                  email: row.email,
                  displayName: row.displayName,
                  role: row.role,
                  scope: { organizationId: row.organizationId },
                },
                found.createdByUserId,
                { key: importKey(row), importId },
              );
          if (made.invitation) madeHere++;
          ids.push(...made.emailIds);
        }
        const done = Math.min(i + IMPORT_BATCH, found.rows.length);
        // Counted from the invitations themselves, so a re-run reports the same figures.
        await em.query(
          `UPDATE people_imports SET processed = $2,
             invited = (SELECT count(*)::int FROM invitations WHERE people_import_id = $1),
             skipped = $2 - (SELECT count(*)::int FROM invitations WHERE people_import_id = $1)
           WHERE id = $1`,
          [importId, done],
        );
        invited += madeHere;
        skipped += batch.length - madeHere;
        return ids;
      });
      await this.outbox.dispatch(emailIds);
      await onProgress(Math.min(i + IMPORT_BATCH, found.rows.length), found.rows.length);
    }
    await this.tx.asSystem('people import', (em) =>
      em.query(`UPDATE people_imports SET status = 'DONE', finished_at = now() WHERE id = $1`, [importId]),
    );
    return { importId, invited, skipped };
  }

  private async find(provinceCode: string, importId: string): Promise<PeopleImport> {
    if (!isUuid(importId))
      throw new BadInputError('importId', ErrorReason.INVALID_ID, 'must be a valid import ID');
    const found = await this.tx.run((em) => em.findOneBy(PeopleImport, { id: importId, provinceCode }));
    if (!found) throw new NotFoundError(ErrorReason.IMPORT_NOT_FOUND, 'Import');
    return found;
  }

  private async alreadyInvited(rows: PersonRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const [{ n }] = await this.tx.run((em) =>
      em.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM jsonb_to_recordset($1::jsonb) AS r(key text, email text, org uuid, role text)
         WHERE EXISTS (SELECT 1 FROM invitations i WHERE i.import_key = r.key)
            OR EXISTS (SELECT 1 FROM memberships ms JOIN users u ON u.id = ms.user_id
                       WHERE u.email = r.email AND ms.organization_id = r.org AND ms.role::text = r.role)`,
        [
          JSON.stringify(
            rows.map((r) => ({ key: importKey(r), email: r.email, org: r.organizationId, role: r.role })),
          ),
        ],
      ),
    );
    return n;
  }
}
