import { Injectable } from '@nestjs/common';
import { AuditService } from '@prongsai/audit';
import { Actor, BadInputError, ErrorReason } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworksService } from '@prongsai/frameworks';
import { SurveyTarget } from './survey-target.entity';
import { SurveyTool } from './survey-tool';
import { normalizeAccessCode } from './survey-url';

/** Larger than any Thai LAO's staff or plausible response count; catches an extra zero or two. */
export const MAX_SURVEY_COUNT = 100_000;

export interface SetSurveyTarget {
  organizationId: string;
  fiscalYear: number;
  tool: SurveyTool;
  /** For each field: undefined keeps the stored value, null clears it. */
  accessCode?: string | null;
  eligibleStaffCount?: number | null;
  minimumResponses?: number | null;
  responsesSoFar?: number | null;
}

const COUNT_FIELDS = ['eligibleStaffCount', 'minimumResponses', 'responsesSoFar'] as const;

function snapshot(t: SurveyTarget | null): Record<string, unknown> | null {
  return t
    ? {
        fiscalYear: t.fiscalYear,
        tool: t.tool,
        accessCode: t.accessCode,
        eligibleStaffCount: t.eligibleStaffCount,
        minimumResponses: t.minimumResponses,
        responsesSoFar: t.responsesSoFar,
      }
    : null;
}

/** Survey targets (IIT, EIT) per organization and year. Surveys do not move the estimate: no recompute. */
@Injectable()
export class SurveysService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditService,
  ) {}

  async list(organizationId: string, fiscalYear: number): Promise<SurveyTarget[]> {
    await this.frameworks.get(fiscalYear);
    return this.tx.run((em) =>
      em.find(SurveyTarget, { where: { organizationId, fiscalYear }, order: { tool: 'ASC' } }),
    );
  }

  /** Creates or updates the target of one tool (the caller has MANAGE on the organization). */
  async set(actor: Actor, input: SetSurveyTarget): Promise<SurveyTarget> {
    await this.frameworks.get(input.fiscalYear);
    if (!Object.values(SurveyTool).includes(input.tool))
      throw new BadInputError('tool', ErrorReason.INVALID_VALUE, 'must be IIT or EIT');
    const accessCode = input.accessCode == null ? input.accessCode : normalizeAccessCode(input.accessCode);
    for (const field of COUNT_FIELDS) {
      const value = input[field];
      if (value != null && !(Number.isInteger(value) && value >= 0 && value <= MAX_SURVEY_COUNT)) {
        throw new BadInputError(
          field,
          ErrorReason.OUT_OF_RANGE,
          `must be a whole number between 0 and ${MAX_SURVEY_COUNT}`,
        );
      }
    }
    if (input.tool === SurveyTool.EIT && input.eligibleStaffCount != null) {
      throw new BadInputError(
        'eligibleStaffCount',
        ErrorReason.ELIGIBLE_STAFF_COUNT_IIT_ONLY,
        'only the IIT (staff survey) has an eligible staff count',
      );
    }

    return this.tx.run(async (em) => {
      // Insert-if-missing first, so two first saves of one target queue on the row lock instead of one of
      // them failing on the unique index.
      const inserted: unknown[] = await em.query(
        `INSERT INTO survey_targets (organization_id, fiscal_year, tool) VALUES ($1, $2, $3)
         ON CONFLICT (organization_id, fiscal_year, tool) DO NOTHING RETURNING id`,
        [input.organizationId, input.fiscalYear, input.tool],
      );
      const target = await em.findOneOrFail(SurveyTarget, {
        where: { organizationId: input.organizationId, fiscalYear: input.fiscalYear, tool: input.tool },
        lock: { mode: 'pessimistic_write' },
      });
      const before = inserted.length > 0 ? null : snapshot(target);
      if (accessCode !== undefined) target.accessCode = accessCode;
      if (input.eligibleStaffCount !== undefined) target.eligibleStaffCount = input.eligibleStaffCount;
      if (input.minimumResponses !== undefined) target.minimumResponses = input.minimumResponses;
      if (input.responsesSoFar !== undefined) target.responsesSoFar = input.responsesSoFar ?? 0;
      target.updatedBy = actor.userId;
      const saved = await em.save(target);
      await this.audit.record({
        organizationId: saved.organizationId,
        actorUserId: actor.userId,
        action: 'survey-target.set',
        entityType: 'survey_target',
        entityId: saved.id,
        before,
        after: snapshot(saved),
      });
      return saved;
    });
  }

  /**
   * Carry-over: the previous year's targets start this year's — the eligible staff count and the minimum
   * responses — without the access code (ITAS issues new codes each year) and with no responses yet. A tool
   * that already has a target this year is left alone, so running it twice changes nothing.
   */
  async carryOverFromPreviousYear(
    actor: Actor,
    organizationId: string,
    fiscalYear: number,
  ): Promise<SurveyTarget[]> {
    await this.frameworks.get(fiscalYear);
    return this.tx.run(async (em) => {
      const rows: { id: string }[] = await em.query(
        `INSERT INTO survey_targets (organization_id, fiscal_year, tool, access_code, eligible_staff_count,
           minimum_responses, responses_so_far, updated_by)
         SELECT organization_id, $2, tool, NULL, eligible_staff_count, minimum_responses, 0, $3
         FROM survey_targets WHERE organization_id = $1 AND fiscal_year = $2 - 1
         ORDER BY tool
         ON CONFLICT (organization_id, fiscal_year, tool) DO NOTHING RETURNING id`,
        [organizationId, fiscalYear, actor.userId],
      );
      if (rows.length === 0) return [];
      const created = await em.find(SurveyTarget, {
        where: rows.map((r) => ({ id: r.id })),
        order: { tool: 'ASC' },
      });
      await this.audit.record(
        created.map((t) => ({
          organizationId,
          actorUserId: actor.userId,
          action: 'survey-target.carry_over',
          entityType: 'survey_target',
          entityId: t.id,
          after: { ...snapshot(t), carriedOverFrom: fiscalYear - 1 },
        })),
      );
      return created;
    });
  }
}
