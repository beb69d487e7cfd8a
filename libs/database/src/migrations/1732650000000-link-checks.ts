import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './rls-sql';

/**
 * The OIT evidence link checker's history (`link_check_results`, libs/link-check): a row per check of an
 * organization's evidence URL. Tenant-owned (row-level security like every organization table); written by
 * the worker as the system, read by whoever may read the organization. Rows are never updated.
 */
export class LinkChecks1732650000000 implements MigrationInterface {
  name = 'LinkChecks1732650000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "link_check_results" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "url" character varying(2000) NOT NULL, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "outcome" character varying(16) NOT NULL, "http_status" integer, "final_url" character varying(2000), "redirects" integer NOT NULL DEFAULT '0', "duration_ms" integer NOT NULL, "content_type" character varying(200), "content_hash" character(64), "truncated" boolean NOT NULL DEFAULT false, "error" character varying(500), CONSTRAINT "PK_link_check_results" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_link_check_results_org_url_checked" ON "link_check_results" ("organization_id", "url", "checked_at") `,
    );
    await q.query(
      `ALTER TABLE "link_check_results" ADD CONSTRAINT "FK_link_check_results_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await enableTenantRls(q, 'link_check_results');
    await q.query(`GRANT SELECT, INSERT ON link_check_results TO prongsai_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "link_check_results"`);
  }
}
