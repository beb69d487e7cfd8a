import type { OitItem } from '@prongsai/frameworks';
import { OitItemStatus, OitReview } from './oit-item-status';
import type { OitItemRecord } from './oit-item-record.entity';

/** A framework item with the organization's answer (NOT_STARTED when there is none). */
export interface OitItemView {
  readonly code: string;
  readonly order: number;
  readonly nameTh: string;
  readonly subIndicatorCode: string;
  readonly indicatorCode: string;
  readonly status: OitItemStatus;
  readonly evidenceUrls: readonly string[];
  readonly note: string | null;
  readonly review: OitReview | null;
  readonly reviewComment: string | null;
  readonly reviewedAt: Date | null;
  readonly updatedAt: Date | null;
  /** Counts for the OIT estimate: PUBLISHED and ACCEPTED. */
  readonly met: boolean;
}

export function isOitItemMet(record: Pick<OitItemRecord, 'status' | 'review'> | undefined): boolean {
  return record?.status === OitItemStatus.PUBLISHED && record.review === OitReview.ACCEPTED;
}

export function toOitItemView(
  item: OitItem,
  indicatorCode: string,
  record: OitItemRecord | undefined,
): OitItemView {
  return {
    code: item.code,
    order: item.order,
    nameTh: item.nameTh,
    subIndicatorCode: item.subIndicatorCode,
    indicatorCode,
    status: record?.status ?? OitItemStatus.NOT_STARTED,
    evidenceUrls: record?.evidenceUrls ?? [],
    note: record?.note ?? null,
    review: record?.review ?? null,
    reviewComment: record?.reviewComment ?? null,
    reviewedAt: record?.reviewedAt ?? null,
    updatedAt: record?.updatedAt ?? null,
    met: isOitItemMet(record),
  };
}
