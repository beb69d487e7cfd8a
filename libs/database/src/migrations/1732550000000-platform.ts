import { MigrationInterface, QueryRunner } from 'typeorm';
import { createAppRole, enableTenantRls } from './rls-sql';

/**
 * Platform tables: reference geography, organizations (the tenants), users, memberships, refresh tokens,
 * audit log; the runtime role and the row-level-security functions every tenant policy uses.
 */
export class Platform1732550000000 implements MigrationInterface {
  name = 'Platform1732550000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "organization_id" uuid NOT NULL, "actor_user_id" uuid, "action" character varying(100) NOT NULL, "entity_type" character varying(100) NOT NULL, "entity_id" character varying(100) NOT NULL, "before" jsonb, "after" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_audit_log_organization_created" ON "audit_log" ("organization_id", "created_at")`,
    );
    await q.query(
      `CREATE TABLE "provinces" ("code" character varying(2) NOT NULL, "name_th" character varying(200) NOT NULL, CONSTRAINT "PK_f4b684af62d5cb3aa174f6b9b8a" PRIMARY KEY ("code"))`,
    );
    await q.query(
      `CREATE TABLE "districts" ("code" character varying(4) NOT NULL, "province_code" character varying(2) NOT NULL, "name_th" character varying(200) NOT NULL, CONSTRAINT "PK_8e9d73424149b43b38244f75528" PRIMARY KEY ("code"))`,
    );
    await q.query(`CREATE INDEX "IDX_districts_province_code" ON "districts" ("province_code")`);
    await q.query(
      `CREATE TYPE "public"."organization_type" AS ENUM('PROVINCIAL_ADMINISTRATIVE_ORGANIZATION', 'CITY_MUNICIPALITY', 'TOWN_MUNICIPALITY', 'SUBDISTRICT_MUNICIPALITY', 'SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION')`,
    );
    await q.query(
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(7) NOT NULL, "name_th" character varying(300) NOT NULL, "type" "public"."organization_type" NOT NULL, "province_code" character varying(2) NOT NULL, "district_code" character varying(4) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_organizations_code" ON "organizations" ("code")`);
    await q.query(`CREATE INDEX "IDX_organizations_province_code" ON "organizations" ("province_code")`);
    await q.query(`CREATE INDEX "IDX_organizations_district_code" ON "organizations" ("district_code")`);
    await q.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "display_name" character varying(200) NOT NULL, "password_hash" character varying(200) NOT NULL, "disabled" boolean NOT NULL DEFAULT false, "email_opt_outs" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_users_email" ON "users" ("email")`);
    await q.query(
      `CREATE TYPE "public"."role" AS ENUM('ADMIN', 'PROVINCE_SUPERVISOR', 'ORG_LEAD', 'ORG_MEMBER')`,
    );
    await q.query(`CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "role" "public"."role" NOT NULL, "organization_id" uuid, "province_code" character varying(2), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_memberships_scope" CHECK (("role" IN ('ORG_LEAD','ORG_MEMBER') AND "organization_id" IS NOT NULL AND "province_code" IS NULL)
   OR ("role" = 'PROVINCE_SUPERVISOR' AND "province_code" IS NOT NULL AND "organization_id" IS NULL)
   OR ("role" = 'ADMIN' AND "organization_id" IS NULL AND "province_code" IS NULL)), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_memberships_user_id" ON "memberships" ("user_id")`);
    await q.query(`CREATE INDEX "IDX_memberships_organization_id" ON "memberships" ("organization_id")`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_memberships_scope" ON "memberships" ("user_id", "role", "organization_id", "province_code")`,
    );
    await q.query(
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_refresh_tokens_user_id" ON "refresh_tokens" ("user_id")`);
    await q.query(`CREATE INDEX "IDX_refresh_tokens_family_id" ON "refresh_tokens" ("family_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_refresh_tokens_token_hash" ON "refresh_tokens" ("token_hash")`);
    await q.query(
      `ALTER TABLE "districts" ADD CONSTRAINT "FK_districts_province" FOREIGN KEY ("province_code") REFERENCES "provinces"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "organizations" ADD CONSTRAINT "FK_organizations_province" FOREIGN KEY ("province_code") REFERENCES "provinces"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "organizations" ADD CONSTRAINT "FK_organizations_district" FOREIGN KEY ("district_code") REFERENCES "districts"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_memberships_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_memberships_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_memberships_province" FOREIGN KEY ("province_code") REFERENCES "provinces"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_refresh_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await createAppRole(q);
    // Who is asking: set per transaction by TenantTransaction (set_config(..., true)).
    await q.query(`CREATE FUNCTION prongsai_current_user_id() RETURNS uuid LANGUAGE sql STABLE
      AS $$ SELECT NULLIF(current_setting('prongsai.user_id', true), '')::uuid $$`);
    await q.query(`CREATE FUNCTION prongsai_is_system() RETURNS boolean LANGUAGE sql STABLE
      AS $$ SELECT coalesce(current_setting('prongsai.system', true), '') = 'on' $$`);
    // SECURITY DEFINER: the policies must read memberships whatever the caller may read. These functions
    // read only memberships (no RLS), so an organizations policy that calls them cannot recurse.
    await q.query(`CREATE FUNCTION prongsai_sees_all() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = public, pg_temp
      AS $$ SELECT prongsai_is_system() OR EXISTS (
        SELECT 1 FROM memberships m WHERE m.user_id = prongsai_current_user_id() AND m.role = 'ADMIN') $$`);
    await q.query(`CREATE FUNCTION prongsai_member_organization_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = public, pg_temp
      AS $$ SELECT coalesce(array_agg(m.organization_id), '{}') FROM memberships m
            WHERE m.user_id = prongsai_current_user_id() AND m.organization_id IS NOT NULL $$`);
    await q.query(`CREATE FUNCTION prongsai_supervised_province_codes() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = public, pg_temp
      AS $$ SELECT coalesce(array_agg(m.province_code::text), '{}') FROM memberships m
            WHERE m.user_id = prongsai_current_user_id() AND m.role = 'PROVINCE_SUPERVISOR' $$`);
    // Organizations the caller may see: its own, plus every organization of a province it supervises.
    // Evaluated once per statement when policies call it as (SELECT prongsai_visible_organization_ids()).
    await q.query(`CREATE FUNCTION prongsai_visible_organization_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = public, pg_temp
      AS $$ SELECT prongsai_member_organization_ids() || coalesce((
              SELECT array_agg(o.id) FROM organizations o
              WHERE o.province_code = ANY (prongsai_supervised_province_codes())), '{}') $$`);

    await q.query(`ALTER TABLE organizations ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE organizations FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON organizations
      USING ((SELECT prongsai_sees_all())
             OR id = ANY ((SELECT prongsai_member_organization_ids())::uuid[])
             OR province_code = ANY ((SELECT prongsai_supervised_province_codes())::text[]))`);
    await enableTenantRls(q, 'audit_log');

    await q.query(`GRANT USAGE ON SCHEMA public TO prongsai_app`);
    await q.query(`GRANT SELECT ON provinces, districts, organizations TO prongsai_app`);
    await q.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON users, memberships, refresh_tokens TO prongsai_app`,
    );
    // The audit log is append-only for the application.
    await q.query(`GRANT SELECT, INSERT ON audit_log TO prongsai_app`);
    await q.query(`GRANT USAGE ON SEQUENCE audit_log_id_seq TO prongsai_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'audit_log',
      'refresh_tokens',
      'memberships',
      'users',
      'organizations',
      'districts',
      'provinces',
    ]) {
      await q.query(`DROP TABLE IF EXISTS "${t}" CASCADE`);
    }
    await q.query(`DROP TYPE IF EXISTS "public"."role"`);
    await q.query(`DROP TYPE IF EXISTS "public"."organization_type"`);
    for (const f of [
      'prongsai_visible_organization_ids',
      'prongsai_supervised_province_codes',
      'prongsai_member_organization_ids',
      'prongsai_sees_all',
      'prongsai_is_system',
      'prongsai_current_user_id',
    ]) {
      await q.query(`DROP FUNCTION IF EXISTS ${f}()`);
    }
    // The role is cluster-wide and may serve other databases: it is left in place.
  }
}
