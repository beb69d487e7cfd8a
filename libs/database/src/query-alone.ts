/**
 * What TenantTransaction.queryAlone sends through `prongsai_query_as` (migration 1732698000000): the
 * statement's `$n` rewritten to `($1[n])`, since EXECUTE … USING passes one text[], and its values as text
 * (each placeholder is cast where it is used, as every statement of ours already does: `$2::int`).
 * Pure, so its rules are tested without a database.
 */
export function asOneParameter(
  sql: string,
  params: readonly unknown[],
): { sql: string; params: (string | null)[] } {
  const rewritten = sql.replace(/\$(\d+)(?!\d)/g, (_match, n: string) => {
    const index = Number(n);
    if (index < 1 || index > params.length) {
      throw new Error(`statement uses $${index} but has ${params.length} parameters`);
    }
    return `($1[${index}])`;
  });
  return { sql: rewritten, params: params.map(asText) };
}

/** Moves `$n` up by `offset`, for a select placed after the first `offset` parameters of one statement. */
export function shiftParameters(sql: string, offset: number): string {
  return sql.replace(/\$(\d+)(?!\d)/g, (_match, n: string) => `$${Number(n) + offset}`);
}

/** A parameter as PostgreSQL's text input of it: what node-postgres would have sent, as text. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.map(arrayElement).join(',')}}`;
  return JSON.stringify(value);
}

/** One element of an array literal: quoted, so commas, braces and spaces are text; NULL unquoted. */
function arrayElement(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value) || (typeof value === 'object' && !(value instanceof Date))) {
    throw new Error('only flat arrays of scalars can be parameters of a statement run alone');
  }
  const text = asText(value) as string;
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
