import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, BadInputError, ErrorReason, NotFoundError, isUuid, normalizeText } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import {
  FrameworkDefinition,
  FrameworkProblem,
  UNCONFIRMED_FRAMEWORK_NOTICE_TH,
  parseFrameworkDefinition,
} from './framework-definition';
import { FrameworkSource, FrameworkStatus, FrameworkVersion } from './framework-version.entity';
import { frameworkYearInUse, nextFrameworkRevision, pointFrameworkAt } from './framework-year-use';
import { FrameworkFileFormat, readFrameworkFile, validateFrameworkCandidate } from './files/framework-file';
import { FrameworksService } from './frameworks.service';

/** Thai notes are shown beside a framework; a paragraph at most. */
export const FRAMEWORK_NOTE_MAX = 2000;
const FISCAL_YEAR_MIN = 2500;
const FISCAL_YEAR_MAX = 2700;

export interface CreateFrameworkDraft {
  fiscalYear: number;
  /** Whose published framework to copy; default: the year's own if it has one, else the year before. */
  copyFromFiscalYear?: number | null;
}

export interface UpdateFrameworkDraft {
  /** The whole edited framework (the UI sends it back complete); omitted = unchanged. */
  definition?: unknown;
  note?: string | null;
  confirmedByNacc?: boolean | null;
}

export interface ImportFrameworkFile {
  format: FrameworkFileFormat;
  /** The JSON text, or the XLSX workbook as base64. */
  content: string;
  /** When given, the file must be of this year. */
  fiscalYear?: number | null;
  note?: string | null;
  confirmedByNacc?: boolean | null;
}

/**
 * Throws BAD_USER_INPUT for a framework with problems: `field` is the first problem's path (under
 * `prefix`, e.g. `input.definition.`), its reason, and a message listing every problem.
 */
function refuse(problems: readonly FrameworkProblem[], prefix: string): never {
  const [first] = problems;
  const field = first.path ? `${prefix}${first.path}` : prefix.replace(/\.$/, '') || 'content';
  const lines = problems.map((p) => `${p.path || '(file)'}: ${p.message}`);
  throw new BadInputError(
    field,
    first.reason,
    `the framework has ${problems.length} problem(s): ${lines.join('; ')}`,
  );
}

function checkFiscalYear(value: number, field: string): void {
  if (!Number.isInteger(value) || value < FISCAL_YEAR_MIN || value > FISCAL_YEAR_MAX) {
    throw new BadInputError(
      field,
      ErrorReason.OUT_OF_RANGE,
      `a Buddhist-era fiscal year between ${FISCAL_YEAR_MIN} and ${FISCAL_YEAR_MAX}, e.g. 2570`,
    );
  }
}

/**
 * An admin's work on frameworks: copy a published year into a DRAFT, edit or import into it, publish it as
 * the year's next revision, or discard it. Drafts never score anything (`FrameworksService` reads published
 * revisions only), and a published revision never changes again, so every stored estimate keeps meaning
 * what it meant (`organization_progress.framework_revision`). The API allows all of it to ADMIN only, and
 * row-level security on the two framework tables lets only an admin (or the system) write.
 *
 * Every write takes a per-year advisory lock, so two admins publishing one year do not race on revisions.
 */
@Injectable()
export class FrameworkAdminService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly frameworks: FrameworksService,
  ) {}

  /** Newest first: by fiscal year, then revision. */
  list(fiscalYear?: number | null): Promise<FrameworkVersion[]> {
    return this.tx.run((em) =>
      em.find(FrameworkVersion, {
        where: fiscalYear == null ? {} : { fiscalYear },
        order: { fiscalYear: 'DESC', revision: 'DESC' },
      }),
    );
  }

  async get(id: string): Promise<FrameworkVersion> {
    const version = isUuid(id)
      ? await this.tx.run((em) => em.findOne(FrameworkVersion, { where: { id } }))
      : null;
    if (!version) throw new NotFoundError(ErrorReason.FRAMEWORK_VERSION_NOT_FOUND, 'Framework version');
    return version;
  }

  /** The year's current published version id, or null. */
  async currentVersionId(fiscalYear: number): Promise<string | null> {
    return (await this.frameworks.findPublished(fiscalYear))?.versionId ?? null;
  }

  /** Whether scores, measures or OIT answers exist for the year (then only a new revision can change it). */
  inUse(fiscalYear: number): Promise<boolean> {
    return this.tx.run((em) => frameworkYearInUse(em, fiscalYear));
  }

  async createDraft(actor: Actor, input: CreateFrameworkDraft): Promise<FrameworkVersion> {
    checkFiscalYear(input.fiscalYear, 'input.fiscalYear');
    if (input.copyFromFiscalYear != null)
      checkFiscalYear(input.copyFromFiscalYear, 'input.copyFromFiscalYear');
    return this.tx.run(async (em) => {
      await this.lockYear(em, input.fiscalYear);
      await this.assertNoDraft(em, input.fiscalYear, 'input.fiscalYear');
      const fromYear =
        input.copyFromFiscalYear ??
        ((await this.frameworks.findPublished(input.fiscalYear)) ? input.fiscalYear : input.fiscalYear - 1);
      const source = await this.frameworks.getPublished(
        fromYear,
        input.copyFromFiscalYear == null ? 'input.fiscalYear' : 'input.copyFromFiscalYear',
      );
      const sameYear = fromYear === input.fiscalYear;
      const definition: FrameworkDefinition = {
        ...source.definition,
        fiscalYear: input.fiscalYear,
        assumptions: sameYear
          ? source.definition.assumptions
          : [
              `Copied from FY${fromYear} (revision ${source.revision}); not confirmed as FY${input.fiscalYear}'s own framework until an admin says so.`,
              ...source.definition.assumptions,
            ],
      };
      return this.insertDraft(em, actor, {
        fiscalYear: input.fiscalYear,
        definition,
        source: FrameworkSource.COPY,
        copiedFromId: source.versionId,
        note: sameYear
          ? source.note
          : `${UNCONFIRMED_FRAMEWORK_NOTICE_TH}: คัดลอกจากเกณฑ์ปี ${fromYear} ฉบับที่ ${source.revision}`,
        confirmedByNacc: sameYear ? source.confirmedByNacc : false,
      });
    });
  }

  async updateDraft(actor: Actor, id: string, input: UpdateFrameworkDraft): Promise<FrameworkVersion> {
    const note = this.normalizeNote(input.note, 'input.note');
    let definition: FrameworkDefinition | undefined;
    if (input.definition != null) {
      const result = validateFrameworkCandidate(input.definition);
      if (!result.ok) refuse(result.problems, 'input.definition.');
      definition = result.framework;
    }
    return this.tx.run(async (em) => {
      const draft = await this.loadDraft(em, id);
      if (definition && definition.fiscalYear !== draft.fiscalYear) {
        throw new BadInputError(
          'input.definition.fiscalYear',
          ErrorReason.FRAMEWORK_YEAR_MISMATCH,
          `this draft is for fiscal year ${draft.fiscalYear}, not ${definition.fiscalYear}`,
        );
      }
      if (definition) draft.definition = definition;
      if (note !== undefined) draft.note = note;
      if (input.confirmedByNacc != null) draft.confirmedByNacc = input.confirmedByNacc;
      return em.save(draft);
    });
  }

  /** Every problem of a file, without storing anything (the admin's dry run). */
  async validateFile(format: FrameworkFileFormat, content: string): Promise<readonly FrameworkProblem[]> {
    const result = await readFrameworkFile(format, content);
    return result.ok ? [] : result.problems;
  }

  /** A valid file becomes the draft of its fiscal year: the existing draft's content is replaced, or one is made. */
  async importFile(actor: Actor, input: ImportFrameworkFile): Promise<FrameworkVersion> {
    if (input.fiscalYear != null) checkFiscalYear(input.fiscalYear, 'input.fiscalYear');
    const note = this.normalizeNote(input.note, 'input.note');
    const result = await readFrameworkFile(input.format, input.content);
    if (!result.ok) refuse(result.problems, '');
    const definition = result.framework;
    if (input.fiscalYear != null && definition.fiscalYear !== input.fiscalYear) {
      throw new BadInputError(
        'fiscalYear',
        ErrorReason.FRAMEWORK_YEAR_MISMATCH,
        `the file is for fiscal year ${definition.fiscalYear}, not ${input.fiscalYear}`,
      );
    }
    const source =
      input.format === FrameworkFileFormat.XLSX ? FrameworkSource.IMPORT_XLSX : FrameworkSource.IMPORT_JSON;
    return this.tx.run(async (em) => {
      await this.lockYear(em, definition.fiscalYear);
      const draft = await em.findOne(FrameworkVersion, {
        where: { fiscalYear: definition.fiscalYear, status: FrameworkStatus.DRAFT },
      });
      if (draft) {
        draft.definition = definition;
        draft.source = source;
        if (note !== undefined) draft.note = note;
        if (input.confirmedByNacc != null) draft.confirmedByNacc = input.confirmedByNacc;
        return em.save(draft);
      }
      return this.insertDraft(em, actor, {
        fiscalYear: definition.fiscalYear,
        definition,
        source,
        copiedFromId: null,
        note: note ?? null,
        confirmedByNacc: input.confirmedByNacc ?? false,
      });
    });
  }

  /**
   * The draft becomes the year's current framework, as its next revision. Estimates of the year are
   * recomputed with it (on their next read, and by the job the API enqueues).
   */
  async publish(actor: Actor, id: string, confirmedByNacc?: boolean | null): Promise<FrameworkVersion> {
    const published = await this.publishInTransaction(actor, id, confirmedByNacc);
    this.frameworks.forget(published.fiscalYear);
    return published;
  }

  private publishInTransaction(
    actor: Actor,
    id: string,
    confirmedByNacc?: boolean | null,
  ): Promise<FrameworkVersion> {
    return this.tx.run(async (em) => {
      const draft = await this.loadDraft(em, id);
      // Validated again: the rules may have grown since the draft was saved.
      const definition = parseFrameworkDefinition(draft.definition);
      const [{ highest }]: { highest: number }[] = await em.query(
        `SELECT coalesce(max(revision), 0)::int AS highest FROM framework_versions
         WHERE fiscal_year = $1 AND id <> $2`,
        [draft.fiscalYear, draft.id],
      );
      draft.revision = Math.max(draft.revision, highest + 1);
      draft.definition = definition;
      draft.status = FrameworkStatus.PUBLISHED;
      draft.publishedAt = new Date();
      draft.publishedBy = actor.userId;
      if (confirmedByNacc != null) draft.confirmedByNacc = confirmedByNacc;
      const saved = await em.save(draft);
      await pointFrameworkAt(em, saved.id);
      return saved;
    });
  }

  async discardDraft(_actor: Actor, id: string): Promise<boolean> {
    return this.tx.run(async (em) => {
      const draft = await this.loadDraft(em, id);
      await em.delete(FrameworkVersion, { id: draft.id });
      return true;
    });
  }

  private async insertDraft(
    em: EntityManager,
    actor: Actor,
    fields: Pick<
      FrameworkVersion,
      'fiscalYear' | 'definition' | 'source' | 'copiedFromId' | 'note' | 'confirmedByNacc'
    >,
  ): Promise<FrameworkVersion> {
    const revision = await nextFrameworkRevision(em, fields.fiscalYear);
    return em.save(
      em.create(FrameworkVersion, {
        ...fields,
        revision,
        status: FrameworkStatus.DRAFT,
        createdBy: actor.userId,
        publishedAt: null,
        publishedBy: null,
      }),
    );
  }

  /**
   * The draft, with its year's lock taken first (always year lock, then row, so writers never deadlock); a
   * published one is FRAMEWORK_NOT_DRAFT, an unknown id NOT_FOUND.
   */
  private async loadDraft(em: EntityManager, id: string): Promise<FrameworkVersion> {
    const found = isUuid(id) ? await em.findOne(FrameworkVersion, { where: { id } }) : null;
    if (found) await this.lockYear(em, found.fiscalYear);
    const version = found
      ? await em.findOne(FrameworkVersion, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!version) throw new NotFoundError(ErrorReason.FRAMEWORK_VERSION_NOT_FOUND, 'Framework version');
    if (version.status !== FrameworkStatus.DRAFT) {
      throw new BadInputError(
        'id',
        ErrorReason.FRAMEWORK_NOT_DRAFT,
        `revision ${version.revision} of FY${version.fiscalYear} is published and never changes: copy it into a new draft`,
      );
    }
    return version;
  }

  private async assertNoDraft(em: EntityManager, fiscalYear: number, field: string): Promise<void> {
    const existing = await em.findOne(FrameworkVersion, {
      where: { fiscalYear, status: FrameworkStatus.DRAFT },
    });
    if (existing) {
      throw new BadInputError(
        field,
        ErrorReason.FRAMEWORK_DRAFT_EXISTS,
        `fiscal year ${fiscalYear} already has a draft (revision ${existing.revision}): edit, publish or discard it`,
      );
    }
  }

  private async lockYear(em: EntityManager, fiscalYear: number): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('framework_versions'), $1)`, [fiscalYear]);
  }

  private normalizeNote(note: string | null | undefined, field: string): string | null | undefined {
    if (note === undefined) return undefined;
    if (note === null || note.trim() === '') return null;
    return normalizeText(note, field, FRAMEWORK_NOTE_MAX);
  }
}
