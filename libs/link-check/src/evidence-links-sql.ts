/**
 * The evidence URLs an organization shows for a fiscal year: every link of its OIT answers and of its
 * measures' evidence. The checker checks these, the checklist shows them, the digest counts the broken
 * ones: one definition for all three. `org` and `year` are SQL expressions written by the caller (columns
 * or parameters), never input.
 */
export function evidenceLinksSql(org: string, year: string): string {
  return `(
    SELECT s.organization_id, u.url, s.item_code, NULL::uuid AS measure_id,
      (s.review = 'ACCEPTED') AS accepted, s.reviewed_at
    FROM oit_item_statuses s CROSS JOIN LATERAL unnest(s.evidence_urls) AS u(url)
    WHERE s.organization_id = ${org} AND s.fiscal_year = ${year}
    UNION ALL
    SELECT e.organization_id, e.url, NULL, e.measure_id, false, NULL
    FROM measure_evidence e JOIN measures m ON m.id = e.measure_id
    WHERE e.organization_id = ${org} AND m.fiscal_year = ${year}
  )`;
}

/** The latest check of a link (`l.organization_id`, `l.url`), as a LATERAL subquery. */
export const LATEST_CHECK_SQL = `(
  SELECT r.outcome, r.http_status, r.final_url, r.redirects, r.duration_ms, r.content_type, r.content_hash,
    r.error, r.checked_at
  FROM link_check_results r WHERE r.organization_id = l.organization_id AND r.url = l.url
  ORDER BY r.checked_at DESC LIMIT 1
)`;

/**
 * How many of an organization's evidence links are not OK at their latest check (never-checked links are
 * not counted): the digest's "ลิงก์ใช้งานไม่ได้" figure.
 */
export function brokenEvidenceLinksSql(org: string, year: string): string {
  return `(SELECT count(*)::int FROM (SELECT DISTINCT organization_id, url FROM ${evidenceLinksSql(org, year)} x) l
    CROSS JOIN LATERAL ${LATEST_CHECK_SQL} last WHERE last.outcome <> 'OK')`;
}
