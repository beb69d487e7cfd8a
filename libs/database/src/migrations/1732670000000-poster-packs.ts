import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Province packs of survey posters (libs/posters): one row per requested PDF of all of a province's LAOs'
 * posters for a year, written by the worker, downloaded by the province's supervisors. The PDF lives in the
 * row (`pdf`, bytea) rather than on a disk: the API and the worker may run on different hosts with no
 * shared volume, the bytes get the same row-level security as the row, and a pack is a few MB at most.
 * A pack expires (`expires_at`); the nightly purge deletes expired rows, bytes and all.
 *
 * Tenant = the province (like people_imports): visible to the system, ADMIN and the supervisors of its
 * province. At most one pack per province and year is being made at a time (the partial unique index):
 * asking again while one is queued or rendering returns that one.
 */
export class PosterPacks1732670000000 implements MigrationInterface {
  name = 'PosterPacks1732670000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "poster_packs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "province_code" character varying(2) NOT NULL, "fiscal_year" integer NOT NULL, "requested_by_user_id" uuid, "status" character varying(20) NOT NULL DEFAULT 'QUEUED', "total" integer NOT NULL DEFAULT 0, "processed" integer NOT NULL DEFAULT 0, "pages" integer NOT NULL DEFAULT 0, "file_name" character varying(300) NOT NULL, "pdf" bytea, "byte_size" integer, "error" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_poster_packs_status" CHECK ("status" IN ('QUEUED','RENDERING','DONE','FAILED')), CONSTRAINT "CHK_poster_packs_pdf" CHECK (("status" = 'DONE') = ("pdf" IS NOT NULL)), CONSTRAINT "PK_poster_packs" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_poster_packs_province_code" ON "poster_packs" ("province_code")`);
    await q.query(`CREATE INDEX "IDX_poster_packs_expires_at" ON "poster_packs" ("expires_at")`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_poster_packs_pending" ON "poster_packs" ("province_code", "fiscal_year") WHERE status IN ('QUEUED','RENDERING')`,
    );
    await q.query(
      `ALTER TABLE "poster_packs" ADD CONSTRAINT "FK_poster_packs_province" FOREIGN KEY ("province_code") REFERENCES "provinces"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "poster_packs" ADD CONSTRAINT "FK_poster_packs_requested_by" FOREIGN KEY ("requested_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE poster_packs ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE poster_packs FORCE ROW LEVEL SECURITY`);
    const scope = `(SELECT prongsai_sees_all())
             OR province_code = ANY ((SELECT prongsai_supervised_province_codes())::text[])`;
    await q.query(`CREATE POLICY tenant_isolation ON poster_packs USING (${scope}) WITH CHECK (${scope})`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON poster_packs TO prongsai_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "poster_packs"`);
  }
}
