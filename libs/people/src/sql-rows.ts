import { EntityManager } from 'typeorm';

/**
 * The rows of an UPDATE/DELETE … RETURNING: TypeORM's PostgreSQL driver answers those commands with
 * `[rows, rowCount]` rather than the rows.
 */
export async function updateReturning<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result: unknown = await em.query(sql, params);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}
