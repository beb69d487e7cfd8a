import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People (issue 12): invitations, password-reset tokens and people imports; row-level security on
 * `memberships`, and the narrow SECURITY DEFINER functions the public flows need instead of an unrestricted
 * read.
 *
 * Tokens (invitations, resets) are stored only as SHA-256 hex; the raw token exists in the email alone.
 *
 * `memberships` RLS: the policies for the runtime role say who sees (one's own memberships; the members of
 * the organizations one may read; the supervisors of a province one supervises) and who writes (the leads
 * of the organization, supervisors of its province, admins, the system; anyone may delete their own). The
 * SECURITY DEFINER functions that every tenant policy calls (prongsai_sees_all, …) run as the table owner and
 * read memberships to decide visibility; with FORCE ROW LEVEL SECURITY the owner is subject to policies too,
 * so a policy calling them on `memberships` would recurse when the owner is not a superuser. The owner
 * therefore has its own policy (`definer_functions`, USING true) and the runtime role's policies are `TO
 * prongsai_app`: the runtime role can never use the owner's policy, and the owner's functions never evaluate
 * the runtime role's.
 */
export class People1732620000000 implements MigrationInterface {
  name = 'People1732620000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "people_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "province_code" character varying(2) NOT NULL, "created_by_user_id" uuid NOT NULL, "file_name" character varying(300) NOT NULL, "file_sha256" character varying(64) NOT NULL, "rows" jsonb NOT NULL, "errors" jsonb NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'PREVIEW', "total" integer NOT NULL, "processed" integer NOT NULL DEFAULT 0, "invited" integer NOT NULL DEFAULT 0, "skipped" integer NOT NULL DEFAULT 0, "confirmed_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_people_imports_status" CHECK ("status" IN ('PREVIEW','QUEUED','SENDING','DONE')), CONSTRAINT "PK_people_imports" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_people_imports_province_code" ON "people_imports" ("province_code")`);
    await q.query(
      `ALTER TABLE "people_imports" ADD CONSTRAINT "FK_people_imports_province" FOREIGN KEY ("province_code") REFERENCES "provinces"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "people_imports" ADD CONSTRAINT "FK_people_imports_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await q.query(`CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "display_name" character varying(200) NOT NULL, "role" "public"."role" NOT NULL, "organization_id" uuid, "province_code" character varying(2), "invited_by_user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_user_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "import_key" character varying(300), "people_import_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_invitations_scope" CHECK (("role" IN ('ORG_LEAD','ORG_MEMBER') AND "organization_id" IS NOT NULL AND "province_code" IS NULL)
   OR ("role" = 'PROVINCE_SUPERVISOR' AND "province_code" IS NOT NULL AND "organization_id" IS NULL)), CONSTRAINT "PK_invitations" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_invitations_organization_id" ON "invitations" ("organization_id")`);
    await q.query(`CREATE INDEX "IDX_invitations_province_code" ON "invitations" ("province_code")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_invitations_token_hash" ON "invitations" ("token_hash")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_invitations_import_key" ON "invitations" ("import_key")`);
    // At most one pending invitation per (LAO, email) and per (province, email).
    await q.query(
      `CREATE UNIQUE INDEX "UQ_invitations_pending_organization" ON "invitations" ("organization_id", "email") WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_invitations_pending_province" ON "invitations" ("province_code", "email") WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );
    for (const [name, column, target, onDelete] of [
      ['FK_invitations_organization', 'organization_id', 'organizations("id")', 'CASCADE'],
      ['FK_invitations_province', 'province_code', 'provinces("code")', 'CASCADE'],
      ['FK_invitations_invited_by', 'invited_by_user_id', 'users("id")', 'CASCADE'],
      ['FK_invitations_accepted_user', 'accepted_user_id', 'users("id")', 'SET NULL'],
      ['FK_invitations_people_import', 'people_import_id', 'people_imports("id")', 'SET NULL'],
    ]) {
      await q.query(
        `ALTER TABLE "invitations" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES ${target} ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }

    await q.query(
      `CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_password_reset_tokens" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_password_reset_tokens_user_id" ON "password_reset_tokens" ("user_id")`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_password_reset_tokens_token_hash" ON "password_reset_tokens" ("token_hash")`,
    );
    await q.query(
      `ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "FK_password_reset_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Organizations whose members the caller manages: those it leads, and every LAO of a province it
    // supervises. (SECURITY DEFINER like the other policy functions: it reads memberships.)
    await q.query(`CREATE FUNCTION prongsai_managed_organization_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = public, pg_temp
      AS $$ SELECT coalesce((SELECT array_agg(m.organization_id) FROM memberships m
              WHERE m.user_id = prongsai_current_user_id() AND m.role = 'ORG_LEAD'), '{}')
            || coalesce((SELECT array_agg(o.id) FROM organizations o
              WHERE o.province_code = ANY (prongsai_supervised_province_codes())), '{}') $$`);

    // ---- memberships: enabled and forced ------------------------------------------------------------------
    await q.query(`ALTER TABLE memberships ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE memberships FORCE ROW LEVEL SECURITY`);
    // The owner: what the SECURITY DEFINER functions run as (see the class comment). Never the runtime role.
    await q.query(
      `CREATE POLICY definer_functions ON memberships AS PERMISSIVE FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true)`,
    );
    await q.query(`CREATE POLICY members_read ON memberships FOR SELECT TO prongsai_app
      USING ((SELECT prongsai_sees_all())
             OR user_id = (SELECT prongsai_current_user_id())
             OR organization_id = ANY ((SELECT prongsai_visible_organization_ids())::uuid[])
             OR province_code = ANY ((SELECT prongsai_supervised_province_codes())::text[]))`);
    const manages = `(SELECT prongsai_sees_all())
             OR organization_id = ANY ((SELECT prongsai_managed_organization_ids())::uuid[])
             OR province_code = ANY ((SELECT prongsai_supervised_province_codes())::text[])`;
    await q.query(
      `CREATE POLICY members_insert ON memberships FOR INSERT TO prongsai_app WITH CHECK (${manages})`,
    );
    await q.query(
      `CREATE POLICY members_update ON memberships FOR UPDATE TO prongsai_app USING (${manages}) WITH CHECK (${manages})`,
    );
    await q.query(`CREATE POLICY members_delete ON memberships FOR DELETE TO prongsai_app
      USING (${manages} OR user_id = (SELECT prongsai_current_user_id()))`);

    // ---- invitations and imports: tenant rows (an invitation may belong to a province instead of an LAO) --
    await q.query(`ALTER TABLE invitations ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE invitations FORCE ROW LEVEL SECURITY`);
    const invitationScope = `(SELECT prongsai_sees_all())
             OR organization_id = ANY ((SELECT prongsai_visible_organization_ids())::uuid[])
             OR province_code = ANY ((SELECT prongsai_supervised_province_codes())::text[])`;
    await q.query(
      `CREATE POLICY tenant_isolation ON invitations USING (${invitationScope}) WITH CHECK (${invitationScope})`,
    );
    await q.query(`ALTER TABLE people_imports ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE people_imports FORCE ROW LEVEL SECURITY`);
    const importScope = `(SELECT prongsai_sees_all())
             OR province_code = ANY ((SELECT prongsai_supervised_province_codes())::text[])`;
    await q.query(
      `CREATE POLICY tenant_isolation ON people_imports USING (${importScope}) WITH CHECK (${importScope})`,
    );

    // ---- the public flows' narrow doors -------------------------------------------------------------------
    // Login and every request's actor: one user's own memberships, for the id of a verified access token or
    // of the account that just proved its password (called before a tenant context exists).
    await q.query(`CREATE FUNCTION prongsai_actor_memberships(p_user_id uuid)
      RETURNS TABLE (role role, organization_id uuid, province_code varchar)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT m.role, m.organization_id, m.province_code FROM memberships m
            WHERE m.user_id = p_user_id ORDER BY m.created_at, m.id $$`);
    // What an invitation link shows before anyone is signed in: only a pending, unexpired invitation, found
    // by its token's hash (a caller without the token cannot name one).
    await q.query(`CREATE FUNCTION prongsai_pending_invitation(p_token_hash text)
      RETURNS TABLE (id uuid, email varchar, display_name varchar, role role, organization_id uuid,
                     province_code varchar, invited_by_user_id uuid, expires_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT i.id, i.email, i.display_name, i.role, i.organization_id, i.province_code,
                   i.invited_by_user_id, i.expires_at
            FROM invitations i
            WHERE i.token_hash = p_token_hash AND i.accepted_at IS NULL AND i.revoked_at IS NULL
              AND i.expires_at > now() $$`);
    // Acceptance, atomically: the one UPDATE that claims the invitation (a concurrent second acceptor waits
    // for the row lock, re-reads the row and finds it accepted) and the membership it grants, for the
    // account with the invitation's email only. Returns no row when the token is not (or no longer) valid.
    await q.query(`CREATE FUNCTION prongsai_accept_invitation(p_token_hash text, p_user_id uuid)
      RETURNS TABLE (id uuid, role role, organization_id uuid, province_code varchar)
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
      DECLARE inv invitations%ROWTYPE;
      BEGIN
        UPDATE invitations i SET accepted_at = now(), accepted_user_id = p_user_id
        WHERE i.token_hash = p_token_hash AND i.accepted_at IS NULL AND i.revoked_at IS NULL
          AND i.expires_at > now()
          AND i.email = (SELECT u.email FROM users u WHERE u.id = p_user_id)
        RETURNING i.* INTO inv;
        IF NOT FOUND THEN RETURN; END IF;
        INSERT INTO memberships (user_id, role, organization_id, province_code)
        SELECT p_user_id, inv.role, inv.organization_id, inv.province_code
        WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = p_user_id AND m.role = inv.role
          AND m.organization_id IS NOT DISTINCT FROM inv.organization_id
          AND m.province_code IS NOT DISTINCT FROM inv.province_code);
        RETURN QUERY SELECT inv.id, inv.role, inv.organization_id, inv.province_code;
      END $$`);
    for (const f of [
      'prongsai_actor_memberships(uuid)',
      'prongsai_pending_invitation(text)',
      'prongsai_accept_invitation(text, uuid)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${f} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${f} TO prongsai_app`);
    }

    await q.query(`GRANT SELECT, INSERT, UPDATE ON invitations, people_imports TO prongsai_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON password_reset_tokens TO prongsai_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS prongsai_accept_invitation(text, uuid)`);
    await q.query(`DROP FUNCTION IF EXISTS prongsai_pending_invitation(text)`);
    await q.query(`DROP FUNCTION IF EXISTS prongsai_actor_memberships(uuid)`);
    for (const p of [
      'definer_functions',
      'members_read',
      'members_insert',
      'members_update',
      'members_delete',
    ]) {
      await q.query(`DROP POLICY IF EXISTS ${p} ON memberships`);
    }
    await q.query(`ALTER TABLE memberships NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE memberships DISABLE ROW LEVEL SECURITY`);
    await q.query(`DROP FUNCTION IF EXISTS prongsai_managed_organization_ids()`);
    await q.query(`DROP TABLE IF EXISTS "password_reset_tokens"`);
    await q.query(`DROP TABLE IF EXISTS "invitations"`);
    await q.query(`DROP TABLE IF EXISTS "people_imports"`);
  }
}
