import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './rls-sql';

/** Tenant-owned tables of the ITA core: every one has row-level security and a non-null organization_id. */
const TENANT_TABLES = [
  'indicator_scores',
  'measures',
  'measure_steps',
  'measure_evidence',
  'oit_item_statuses',
  'survey_targets',
  'organization_progress',
] as const;

/**
 * ITA core: the yearly frameworks (reference data), indicator scores (append-only history), measures with
 * their ordered steps and evidence, OIT item answers and reviews, survey targets, and the stored progress
 * per organization and year. Drafted with `npm run db:migration:generate`; row-level security and grants
 * added by hand.
 */
export class ItaCore1732560000000 implements MigrationInterface {
  name = 'ItaCore1732560000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "frameworks" ("fiscal_year" integer NOT NULL, "pass_threshold" numeric(5,2) NOT NULL, "definition" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bbe80c226253287b32d2286091" PRIMARY KEY ("fiscal_year"))`,
    );
    await q.query(
      `CREATE TYPE "public"."measure_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')`,
    );
    await q.query(
      `CREATE TABLE "measures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "fiscal_year" integer NOT NULL, "title" character varying(500) NOT NULL, "responsible" character varying(500) NOT NULL, "due_date" date NOT NULL, "status" "public"."measure_status" NOT NULL DEFAULT 'PLANNED', "result" text, "completed_at" TIMESTAMP WITH TIME ZONE, "indicator_codes" text array NOT NULL DEFAULT '{}', "province_measure_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ec34a47385441849095def20546" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_measures_province_measure_id" ON "measures" ("province_measure_id")`);
    await q.query(
      `CREATE INDEX "IDX_measures_organization_year" ON "measures" ("organization_id", "fiscal_year")`,
    );
    await q.query(
      `CREATE TABLE "measure_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "measure_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "url" character varying(2000) NOT NULL, "label" character varying(300) NOT NULL, "added_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_edb8688897bce679fb1ee6d31c1" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_measure_evidence_organization_id" ON "measure_evidence" ("organization_id")`,
    );
    await q.query(`CREATE INDEX "IDX_measure_evidence_measure_id" ON "measure_evidence" ("measure_id")`);
    await q.query(
      `CREATE TABLE "measure_steps" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "measure_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "position" integer NOT NULL, "description" character varying(2000) NOT NULL, CONSTRAINT "PK_77766a24cc8d5cf832e5328a55b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_measure_steps_organization_id" ON "measure_steps" ("organization_id")`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_measure_steps_measure_position" ON "measure_steps" ("measure_id", "position")`,
    );
    await q.query(
      `CREATE TABLE "organization_progress" ("organization_id" uuid NOT NULL, "fiscal_year" integer NOT NULL, "estimated_score" numeric(5,2), "grade" character varying(5), "passing" boolean, "gap_to_pass" numeric(5,2), "pass_threshold" numeric(5,2) NOT NULL, "tool_scores" jsonb NOT NULL, "indicators" jsonb NOT NULL, "measures_total" integer NOT NULL DEFAULT '0', "measures_completed" integer NOT NULL DEFAULT '0', "measures_overdue" integer NOT NULL DEFAULT '0', "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6f78a3f7708016a3bffd060aac0" PRIMARY KEY ("organization_id", "fiscal_year"))`,
    );
    await q.query(`CREATE TYPE "public"."oit_item_status" AS ENUM('NOT_STARTED', 'DRAFT', 'PUBLISHED')`);
    await q.query(`CREATE TYPE "public"."oit_review" AS ENUM('ACCEPTED', 'RETURNED')`);
    await q.query(
      `CREATE TABLE "oit_item_statuses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "fiscal_year" integer NOT NULL, "item_code" character varying(10) NOT NULL, "status" "public"."oit_item_status" NOT NULL DEFAULT 'NOT_STARTED', "evidence_urls" text array NOT NULL DEFAULT '{}', "note" text, "review" "public"."oit_review", "review_comment" text, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_46be736331885986d35a4095613" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_oit_item_statuses_organization_year_item" ON "oit_item_statuses" ("organization_id", "fiscal_year", "item_code")`,
    );
    await q.query(`CREATE TYPE "public"."score_source" AS ENUM('OFFICIAL', 'SELF_ASSESSMENT')`);
    await q.query(
      `CREATE TABLE "indicator_scores" ("id" BIGSERIAL NOT NULL, "organization_id" uuid NOT NULL, "fiscal_year" integer NOT NULL, "indicator_code" character varying(10) NOT NULL, "score" numeric(5,2) NOT NULL, "source" "public"."score_source" NOT NULL, "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_indicator_scores_score" CHECK ("score" >= 0 AND "score" <= 100), CONSTRAINT "PK_2cc93c7daf79c9224403fc00cef" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_indicator_scores_organization_year" ON "indicator_scores" ("organization_id", "fiscal_year")`,
    );
    await q.query(`CREATE TYPE "public"."survey_tool" AS ENUM('IIT', 'EIT')`);
    await q.query(
      `CREATE TABLE "survey_targets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "fiscal_year" integer NOT NULL, "tool" "public"."survey_tool" NOT NULL, "access_code" character varying(6), "eligible_staff_count" integer, "minimum_responses" integer, "responses_so_far" integer NOT NULL DEFAULT '0', "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7ccda050e042194bc7ef69ce223" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_survey_targets_organization_year_tool" ON "survey_targets" ("organization_id", "fiscal_year", "tool")`,
    );
    await q.query(
      `ALTER TABLE "measures" ADD CONSTRAINT "FK_measures_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measure_evidence" ADD CONSTRAINT "FK_measure_evidence_measure" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measure_evidence" ADD CONSTRAINT "FK_measure_evidence_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measure_steps" ADD CONSTRAINT "FK_measure_steps_measure" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measure_steps" ADD CONSTRAINT "FK_measure_steps_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "organization_progress" ADD CONSTRAINT "FK_organization_progress_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "oit_item_statuses" ADD CONSTRAINT "FK_oit_item_statuses_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "indicator_scores" ADD CONSTRAINT "FK_indicator_scores_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "survey_targets" ADD CONSTRAINT "FK_survey_targets_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    for (const table of TENANT_TABLES) await enableTenantRls(q, table);

    // Frameworks are reference data, written only by the owner's seed.
    await q.query(`GRANT SELECT ON frameworks TO prongsai_app`);
    // Scores are history: a correction is a new row, never an UPDATE or a DELETE.
    await q.query(`GRANT SELECT, INSERT ON indicator_scores TO prongsai_app`);
    await q.query(`GRANT USAGE ON SEQUENCE indicator_scores_id_seq TO prongsai_app`);
    await q.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON measures, measure_steps, measure_evidence TO prongsai_app`,
    );
    await q.query(
      `GRANT SELECT, INSERT, UPDATE ON oit_item_statuses, survey_targets, organization_progress TO prongsai_app`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'organization_progress',
      'survey_targets',
      'oit_item_statuses',
      'measure_evidence',
      'measure_steps',
      'measures',
      'indicator_scores',
      'frameworks',
    ]) {
      await q.query(`DROP TABLE IF EXISTS "${t}" CASCADE`);
    }
    for (const type of ['survey_tool', 'oit_review', 'oit_item_status', 'measure_status', 'score_source']) {
      await q.query(`DROP TYPE IF EXISTS "public"."${type}"`);
    }
  }
}
