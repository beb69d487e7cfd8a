import { MigrationInterface, QueryRunner } from 'typeorm';

const ORG_OR_PROVINCE = `("role" IN ('ORG_LEAD','ORG_MEMBER') AND "organization_id" IS NOT NULL AND "province_code" IS NULL)
   OR ("role" = 'PROVINCE_SUPERVISOR' AND "province_code" IS NOT NULL AND "organization_id" IS NULL)`;

/**
 * The first admin (issue 16): production has no demo accounts and no default password, so an operator runs
 * `npm run admin:create -- --email …`, which writes an ADMIN invitation and emails its link. Such an
 * invitation has no LAO and no province (an admin sees the whole country) and no inviter (nobody is signed
 * in: the command is the operator's own shell). Every other invitation keeps its scope and its inviter.
 *
 * Row-level security is unchanged: an ADMIN invitation matches neither an LAO nor a province, so only the
 * system and admins see it; acceptance goes through prongsai_accept_invitation as before, which grants the
 * ADMIN membership (organization and province null, as the seed's admin has).
 */
export class AdminInvitations1732695000000 implements MigrationInterface {
  name = 'AdminInvitations1732695000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "CHK_invitations_scope"`);
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "CHK_invitations_scope" CHECK (${ORG_OR_PROVINCE}
   OR ("role" = 'ADMIN' AND "organization_id" IS NULL AND "province_code" IS NULL))`,
    );
    await q.query(`ALTER TABLE "invitations" ALTER COLUMN "invited_by_user_id" DROP NOT NULL`);
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "CHK_invitations_inviter" CHECK ("role" = 'ADMIN' OR "invited_by_user_id" IS NOT NULL)`,
    );
    // One pending admin invitation per email (the LAO and province ones have theirs).
    await q.query(
      `CREATE UNIQUE INDEX "UQ_invitations_pending_admin" ON "invitations" ("email") WHERE role = 'ADMIN' AND accepted_at IS NULL AND revoked_at IS NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "invitations" WHERE "role" = 'ADMIN'`);
    await q.query(`DROP INDEX "UQ_invitations_pending_admin"`);
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "CHK_invitations_inviter"`);
    await q.query(`ALTER TABLE "invitations" ALTER COLUMN "invited_by_user_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "CHK_invitations_scope"`);
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "CHK_invitations_scope" CHECK (${ORG_OR_PROVINCE})`,
    );
  }
}
