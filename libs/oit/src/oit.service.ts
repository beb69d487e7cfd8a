import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@prongsai/audit';
import { Actor, BadInputError, ErrorReason, normalizeHttpUrl, normalizeOptionalText } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworkDefinition, FrameworksService, OitItem } from '@prongsai/frameworks';
import { ProgressService } from '@prongsai/progress';
import { OitItemRecord } from './oit-item-record.entity';
import { OitItemStatus, OitReview } from './oit-item-status';
import { OitItemView, toOitItemView } from './oit-item-view';
import {
  MAX_REVIEW_QUEUE_PAGE,
  OitReviewQueue,
  OitReviewQueueFilter,
  PendingOitReview,
} from './oit-review-queue';

export const OIT_LIMITS = { evidenceUrls: 10, note: 2000, reviewComment: 2000 } as const;

export interface UpdateOitItem {
  organizationId: string;
  fiscalYear: number;
  itemCode: string;
  status?: OitItemStatus | null;
  /** Replaces the list when given. */
  evidenceUrls?: string[] | null;
  /** Blank clears it. */
  note?: string | null;
}

export interface ReviewOitItem {
  organizationId: string;
  fiscalYear: number;
  itemCode: string;
  decision: OitReview;
  comment?: string | null;
}

function snapshot(r: OitItemRecord | null): Record<string, unknown> | null {
  if (!r) return null;
  return {
    fiscalYear: r.fiscalYear,
    itemCode: r.itemCode,
    status: r.status,
    evidenceUrls: r.evidenceUrls,
    note: r.note,
    review: r.review,
    reviewComment: r.reviewComment,
  };
}

/**
 * OIT items: the LAO answers each item of the year's framework (status, links, note); a province
 * supervisor pre-checks published answers. Accepted items feed the OIT estimate through progress. The
 * caller's access level (CONTRIBUTE to answer, REVIEW to review) is checked by the API before these run.
 */
@Injectable()
export class OitService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditService,
    private readonly progress: ProgressService,
  ) {}

  /** Every item of the year's framework, in the framework's order, with the organization's answer. */
  async list(organizationId: string, fiscalYear: number): Promise<OitItemView[]> {
    const framework = await this.frameworks.get(fiscalYear);
    const rows = await this.tx.run((em) => em.find(OitItemRecord, { where: { organizationId, fiscalYear } }));
    const byCode = new Map(rows.map((r) => [r.itemCode, r]));
    return [...framework.oitItems]
      .sort((a, b) => a.order - b.order)
      .map((item) => toOitItemView(item, this.indicatorOf(framework, item), byCode.get(item.code)));
  }

  /**
   * A province's review queue: every PUBLISHED item not reviewed since its answer last changed, oldest
   * first (ties by LAO code, then the framework's order), across the province's LAOs — one statement,
   * under row-level security (a supervisor sees the province's items; the API checks which province).
   */
  async reviewQueue(
    provinceCode: string,
    fiscalYear: number,
    filter: OitReviewQueueFilter,
    first: number,
  ): Promise<OitReviewQueue> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_REVIEW_QUEUE_PAGE) {
      throw new BadInputError(
        'first',
        ErrorReason.OUT_OF_RANGE,
        `must be a whole number between 1 and ${MAX_REVIEW_QUEUE_PAGE}`,
      );
    }
    const framework = await this.frameworks.get(fiscalYear);
    let itemCodes: string[] | null = null;
    if (filter.subIndicatorCode) {
      const sub = framework.oitSubIndicators.find((x) => x.code === filter.subIndicatorCode);
      if (!sub) {
        throw new BadInputError(
          'subIndicatorCode',
          ErrorReason.UNKNOWN_INDICATOR,
          `FY${fiscalYear} has no OIT sub-indicator ${JSON.stringify(filter.subIndicatorCode)}`,
        );
      }
      itemCodes = framework.oitItems.filter((i) => i.subIndicatorCode === sub.code).map((i) => i.code);
    }
    const order = new Map(framework.oitItems.map((i) => [i.code, i]));
    return this.tx.run(async (em) => {
      if (filter.districtCode) {
        const found = await em.query<unknown[]>(
          `SELECT 1 FROM districts WHERE code = $1 AND province_code = $2`,
          [filter.districtCode, provinceCode],
        );
        if (found.length === 0) {
          throw new BadInputError(
            'districtCode',
            ErrorReason.DISTRICT_OUTSIDE_PROVINCE,
            'not a district of this province',
          );
        }
      }
      const rows = await em.query<(OitItemRecord & { total: number; itemOrder: number })[]>(
        `SELECT s.id, s.organization_id AS "organizationId", s.fiscal_year AS "fiscalYear",
                s.item_code AS "itemCode", s.status, s.evidence_urls AS "evidenceUrls", s.note, s.review,
                s.review_comment AS "reviewComment", s.reviewed_at AS "reviewedAt",
                s.updated_at AS "updatedAt", count(*) OVER ()::int AS total
         FROM oit_item_statuses s
         JOIN organizations o ON o.id = s.organization_id
         WHERE o.province_code = $1 AND s.fiscal_year = $2 AND s.status = 'PUBLISHED' AND s.review IS NULL
           AND ($3::text IS NULL OR o.district_code = $3::text)
           AND ($4::text[] IS NULL OR s.item_code = ANY ($4::text[]))
           AND s.item_code = ANY ($6::text[])
         ORDER BY s.updated_at, o.code, array_position($6::text[], s.item_code::text)
         LIMIT $5`,
        [
          provinceCode,
          fiscalYear,
          filter.districtCode ?? null,
          itemCodes,
          first,
          [...framework.oitItems].sort((a, b) => a.order - b.order).map((i) => i.code),
        ],
      );
      const items: PendingOitReview[] = rows.map((r) => {
        const item = order.get(r.itemCode)!;
        return {
          organizationId: r.organizationId,
          fiscalYear: r.fiscalYear,
          submittedAt: new Date(r.updatedAt),
          item: toOitItemView(item, this.indicatorOf(framework, item), {
            ...r,
            reviewedAt: r.reviewedAt ? new Date(r.reviewedAt) : null,
            updatedAt: new Date(r.updatedAt),
          }),
        };
      });
      const total = rows[0]?.total ?? 0;
      return { total, items };
    });
  }

  async update(actor: Actor, input: UpdateOitItem): Promise<OitItemView> {
    const framework = await this.frameworks.get(input.fiscalYear);
    const item = this.itemOf(framework, input.itemCode);
    if (input.evidenceUrls != null && input.evidenceUrls.length > OIT_LIMITS.evidenceUrls) {
      throw new BadInputError(
        'evidenceUrls',
        ErrorReason.TOO_MANY_ITEMS,
        `at most ${OIT_LIMITS.evidenceUrls} links per item`,
      );
    }
    const urls =
      input.evidenceUrls == null
        ? undefined
        : [...new Set(input.evidenceUrls.map((u, i) => normalizeHttpUrl(u, `evidenceUrls.${i}`)))];
    const note =
      input.note === undefined ? undefined : normalizeOptionalText(input.note, 'note', OIT_LIMITS.note);

    return this.tx.run(async (em) => {
      // Insert-if-missing first, so two first edits of one item queue on the row lock instead of one of
      // them failing on the unique index. A refused edit rolls the inserted row back with everything else.
      const inserted: unknown[] = await em.query(
        `INSERT INTO oit_item_statuses (organization_id, fiscal_year, item_code) VALUES ($1, $2, $3)
         ON CONFLICT (organization_id, fiscal_year, item_code) DO NOTHING RETURNING id`,
        [input.organizationId, input.fiscalYear, item.code],
      );
      const record = (await this.findLocked(em, input.organizationId, input.fiscalYear, item.code))!;
      const before = inserted.length > 0 ? null : snapshot(record);
      const status = input.status ?? record.status;
      const evidenceUrls = urls ?? record.evidenceUrls;
      if (status === OitItemStatus.PUBLISHED && evidenceUrls.length === 0) {
        throw new BadInputError(
          'evidenceUrls',
          ErrorReason.PUBLISHED_WITHOUT_EVIDENCE,
          'a published item needs at least one link to the page that answers it',
        );
      }
      // A supervisor accepted (or returned) what was there; a different answer needs a fresh look.
      const answerChanged =
        status !== record.status || evidenceUrls.join('\n') !== record.evidenceUrls.join('\n');
      if (answerChanged && record.review) {
        record.review = null;
        record.reviewComment = null;
        record.reviewedBy = null;
        record.reviewedAt = null;
      }
      record.status = status;
      record.evidenceUrls = evidenceUrls;
      if (note !== undefined) record.note = note;
      record.updatedBy = actor.userId;
      const saved = await em.save(record);
      await this.audit.record({
        organizationId: saved.organizationId,
        actorUserId: actor.userId,
        action: 'oit-item.update',
        entityType: 'oit_item',
        entityId: saved.id,
        before,
        after: snapshot(saved),
      });
      await this.progress.recompute(saved.organizationId, saved.fiscalYear);
      return toOitItemView(item, this.indicatorOf(framework, item), saved);
    });
  }

  async review(actor: Actor, input: ReviewOitItem): Promise<OitItemView> {
    const framework = await this.frameworks.get(input.fiscalYear);
    const item = this.itemOf(framework, input.itemCode);
    if (!Object.values(OitReview).includes(input.decision)) {
      throw new BadInputError('decision', ErrorReason.INVALID_VALUE, 'must be ACCEPTED or RETURNED');
    }
    const comment = normalizeOptionalText(input.comment, 'comment', OIT_LIMITS.reviewComment);
    if (input.decision === OitReview.RETURNED && !comment) {
      throw new BadInputError(
        'comment',
        ErrorReason.RETURN_WITHOUT_COMMENT,
        'say what to fix when returning an item',
      );
    }
    return this.tx.run(async (em) => {
      const record = await this.findLocked(em, input.organizationId, input.fiscalYear, item.code);
      if (!record || record.status !== OitItemStatus.PUBLISHED) {
        throw new BadInputError(
          'itemCode',
          ErrorReason.OIT_ITEM_NOT_PUBLISHED,
          `item ${item.code} is not published yet: only a published item can be reviewed`,
        );
      }
      const before = snapshot(record);
      record.review = input.decision;
      record.reviewComment = comment;
      record.reviewedBy = actor.userId;
      record.reviewedAt = new Date();
      const saved = await em.save(record);
      await this.audit.record({
        organizationId: saved.organizationId,
        actorUserId: actor.userId,
        action: 'oit-item.review',
        entityType: 'oit_item',
        entityId: saved.id,
        before,
        after: snapshot(saved),
      });
      await this.progress.recompute(saved.organizationId, saved.fiscalYear);
      return toOitItemView(item, this.indicatorOf(framework, item), saved);
    });
  }

  /**
   * Carry-over: the previous year's answers prefill this year's checklist where the item is still the same
   * item — its code exists in this year's framework with the same Thai name (codes are renumbered between
   * years, so a code alone is not a cross-year key). Links and note are copied as a DRAFT to check again:
   * never PUBLISHED, never a review (the panel looks at each year afresh). An item already answered this
   * year is left alone, so running it twice changes nothing. Returns the item codes prefilled.
   */
  async prefillFromPreviousYear(actor: Actor, organizationId: string, fiscalYear: number): Promise<string[]> {
    const framework = await this.frameworks.get(fiscalYear, 'fiscalYear');
    const previous = await this.frameworks.find(fiscalYear - 1);
    if (!previous) return [];
    const previousName = new Map(previous.oitItems.map((i) => [i.code, i.nameTh.trim()]));
    const same = framework.oitItems
      .filter((i) => previousName.get(i.code) === i.nameTh.trim())
      .map((i) => i.code);
    if (same.length === 0) return [];
    return this.tx.run(async (em) => {
      const rows: OitItemRecord[] = await em.query(
        `INSERT INTO oit_item_statuses (organization_id, fiscal_year, item_code, status, evidence_urls, note, updated_by)
         SELECT p.organization_id, $2, p.item_code, 'DRAFT', p.evidence_urls, p.note, $4
         FROM oit_item_statuses p
         WHERE p.organization_id = $1 AND p.fiscal_year = $2 - 1 AND p.item_code = ANY ($3::text[])
           AND (cardinality(p.evidence_urls) > 0 OR p.note IS NOT NULL)
         ORDER BY p.item_code
         ON CONFLICT (organization_id, fiscal_year, item_code) DO NOTHING
         RETURNING id, item_code AS "itemCode", evidence_urls AS "evidenceUrls", note`,
        [organizationId, fiscalYear, same, actor.userId],
      );
      if (rows.length === 0) return [];
      await this.audit.record(
        rows.map((r) => ({
          organizationId,
          actorUserId: actor.userId,
          action: 'oit-item.prefill',
          entityType: 'oit_item',
          entityId: r.id,
          after: {
            fiscalYear,
            itemCode: r.itemCode,
            status: OitItemStatus.DRAFT,
            evidenceUrls: r.evidenceUrls,
            note: r.note,
            prefilledFrom: fiscalYear - 1,
          },
        })),
      );
      await this.progress.recompute(organizationId, fiscalYear);
      return rows.map((r) => r.itemCode).sort();
    });
  }

  private findLocked(em: EntityManager, organizationId: string, fiscalYear: number, itemCode: string) {
    return em.findOne(OitItemRecord, {
      where: { organizationId, fiscalYear, itemCode },
      lock: { mode: 'pessimistic_write' },
    });
  }

  private itemOf(framework: FrameworkDefinition, code: string): OitItem {
    const item = framework.oitItems.find((i) => i.code === code);
    if (!item) {
      throw new BadInputError(
        'itemCode',
        ErrorReason.UNKNOWN_OIT_ITEM,
        `unknown OIT item ${JSON.stringify(code)} for FY${framework.fiscalYear} (codes change between years)`,
      );
    }
    return item;
  }

  private indicatorOf(framework: FrameworkDefinition, item: OitItem): string {
    return framework.oitSubIndicators.find((s) => s.code === item.subIndicatorCode)!.indicatorCode;
  }
}
