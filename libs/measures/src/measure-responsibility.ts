/**
 * Who answers for a measure: the organization's ITA leads (ORG_LEAD), and its members (ORG_MEMBER) who are
 * assigned to it (`measure_assignees`). One rule for the reminder scan (who gets a reminder) and for the send
 * job's re-check (is the recipient still responsible?), so the two cannot drift apart.
 *
 * As SQL over one `memberships` row: `responsibleMembershipSql('ms', 'n.measure_id')` is true when that
 * membership (of the measure's organization; the caller joins on it) makes its user responsible for the
 * measure whose id is the second expression. Both arguments are SQL written by the caller, never input.
 */
export function responsibleMembershipSql(membership: string, measureId: string): string {
  for (const sql of [membership, measureId]) {
    if (!/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$|^\$\d+(::uuid)?$/.test(sql)) {
      throw new Error(`responsibleMembershipSql: ${JSON.stringify(sql)} is not a column or parameter`);
    }
  }
  return `(${membership}.role = 'ORG_LEAD' OR (${membership}.role = 'ORG_MEMBER' AND EXISTS (
      SELECT 1 FROM measure_assignees a WHERE a.measure_id = ${measureId} AND a.user_id = ${membership}.user_id)))`;
}
