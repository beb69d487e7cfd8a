import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `prongsai_query_as(user id, system, statement, params)`: runs one SELECT with the row-level-security context
 * set around it, in a single statement (issue 17: a computed province roll-up cost BEGIN, the context, the
 * roll-up and COMMIT, four round trips of which only one does work). Called outside any transaction, the
 * statement is its own transaction, so the transaction-local settings end with it, as `applyTenantContext`'s
 * end with COMMIT; the previous values are also put back after the query, so even a call inside a longer
 * transaction leaves nothing behind for the statements after it.
 *
 * SECURITY INVOKER: the statement runs as the caller (the runtime role), under the same policies as any of
 * its queries; it grants nothing the caller could not already run. The statement reads its parameters as
 * `$1[n]` (text, cast where used): TenantTransaction.queryAlone rewrites `$n` and converts the values.
 */
export class QueryAsContext1732698000000 implements MigrationInterface {
  name = 'QueryAsContext1732698000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION prongsai_query_as(user_id text, system_on text, statement text, params text[])
      RETURNS SETOF record LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        previous_user text := coalesce(current_setting('prongsai.user_id', true), '');
        previous_system text := coalesce(current_setting('prongsai.system', true), 'off');
      BEGIN
        PERFORM set_config('prongsai.user_id', user_id, true), set_config('prongsai.system', system_on, true);
        RETURN QUERY EXECUTE statement USING params;
        PERFORM set_config('prongsai.user_id', previous_user, true),
                set_config('prongsai.system', previous_system, true);
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION prongsai_query_as(text, text, text, text[]) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION prongsai_query_as(text, text, text, text[]) TO prongsai_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS prongsai_query_as(text, text, text, text[])`);
  }
}
