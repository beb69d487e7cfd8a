/** How far the LAO is with one OIT item: nothing yet, being prepared, published on its website. */
export enum OitItemStatus {
  NOT_STARTED = 'NOT_STARTED',
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** A province supervisor's pre-check of a published item, before the NACC panel sees it. */
export enum OitReview {
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}
