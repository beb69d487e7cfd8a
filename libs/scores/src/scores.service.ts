import { Injectable } from '@nestjs/common';
import { AuditService } from '@prongsai/audit';
import { AccessLevel, AccessService } from '@prongsai/auth';
import { Actor, BadInputError, ErrorReason } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworksService } from '@prongsai/frameworks';
import { ProgressService } from '@prongsai/progress';
import { effectiveIndicatorScores, round2 } from '@prongsai/scoring';
import { IndicatorScoreRecord } from './indicator-score.entity';
import { ScoreSource } from './score-source';

export interface RecordIndicatorScore {
  organizationId: string;
  fiscalYear: number;
  indicatorCode: string;
  score: number;
  source: ScoreSource;
}

/** Indicator scores: recorded as history, read as the score that currently counts per indicator. */
@Injectable()
export class ScoresService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditService,
    private readonly progress: ProgressService,
    private readonly access: AccessService,
  ) {}

  /**
   * Who may record a score of each source. OFFICIAL is the NACC's published result: a province supervisor
   * (or an admin) enters it for an LAO, never the LAO itself, or a lead could type an "official" 99 that
   * feeds its own estimate and the province's pass count. SELF_ASSESSMENT is the LAO's own estimate.
   */
  static readonly LEVEL_FOR_SOURCE: Record<ScoreSource, AccessLevel> = {
    [ScoreSource.OFFICIAL]: AccessLevel.REVIEW,
    [ScoreSource.SELF_ASSESSMENT]: AccessLevel.MANAGE,
  };

  /**
   * Appends a score. The caller needs REVIEW on the organization for an OFFICIAL score and MANAGE for a
   * SELF_ASSESSMENT (FORBIDDEN names the roles). Access and validation happen before any write.
   */
  async record(actor: Actor, input: RecordIndicatorScore): Promise<IndicatorScoreRecord> {
    if (!Object.values(ScoreSource).includes(input.source)) {
      throw new BadInputError('source', ErrorReason.INVALID_VALUE, 'must be OFFICIAL or SELF_ASSESSMENT');
    }
    await this.access.assertOrganization(
      actor,
      input.organizationId,
      ScoresService.LEVEL_FOR_SOURCE[input.source],
    );
    const framework = await this.frameworks.get(input.fiscalYear);
    if (!framework.indicators.some((i) => i.code === input.indicatorCode)) {
      throw new BadInputError(
        'indicatorCode',
        ErrorReason.UNKNOWN_INDICATOR,
        `unknown indicator ${JSON.stringify(input.indicatorCode)} for FY${input.fiscalYear}`,
      );
    }
    if (typeof input.score !== 'number' || Number.isNaN(input.score)) {
      throw new BadInputError('score', ErrorReason.SCORE_NOT_A_NUMBER, 'must be a number between 0 and 100');
    }
    if (!(input.score >= 0 && input.score <= 100)) {
      throw new BadInputError('score', ErrorReason.SCORE_OUT_OF_RANGE, 'must be a number between 0 and 100');
    }
    // Published scores have 2 decimals; numeric(5,2) would round anyway, this makes it visible in the audit.
    const score = round2(input.score);
    return this.tx.run(async (em) => {
      const saved = await em.save(
        em.create(IndicatorScoreRecord, {
          organizationId: input.organizationId,
          fiscalYear: input.fiscalYear,
          indicatorCode: input.indicatorCode,
          score,
          source: input.source,
          recordedBy: actor.userId,
        }),
      );
      await this.audit.record({
        organizationId: input.organizationId,
        actorUserId: actor.userId,
        action: 'score.record',
        entityType: 'indicator_score',
        entityId: saved.id,
        after: {
          fiscalYear: saved.fiscalYear,
          indicatorCode: saved.indicatorCode,
          score,
          source: saved.source,
        },
      });
      await this.progress.recompute(input.organizationId, input.fiscalYear);
      // Next year's estimate falls back on this year's official scores.
      if (input.source === ScoreSource.OFFICIAL && (await this.frameworks.find(input.fiscalYear + 1))) {
        await this.progress.recompute(input.organizationId, input.fiscalYear + 1);
      }
      return saved;
    });
  }

  /**
   * The score that counts for each indicator of the year: the latest self-assessment, else the latest
   * official score. (Falling back to last year's official score is the estimate's business, not this list's.)
   */
  async current(organizationId: string, fiscalYear: number): Promise<IndicatorScoreRecord[]> {
    const framework = await this.frameworks.get(fiscalYear);
    const latest = await this.tx.run((em) =>
      em
        .createQueryBuilder(IndicatorScoreRecord, 's')
        .distinctOn(['s.indicator_code', 's.source'])
        .where('s.organization_id = :organizationId AND s.fiscal_year = :fiscalYear', {
          organizationId,
          fiscalYear,
        })
        .orderBy('s.indicator_code')
        .addOrderBy('s.source')
        .addOrderBy('s.recorded_at', 'DESC')
        .addOrderBy('s.id', 'DESC')
        .getMany(),
    );
    const effective = effectiveIndicatorScores(framework, fiscalYear, latest);
    const order = new Map(framework.indicators.map((i, n) => [i.code, n]));
    return latest
      .filter((r) => effective.get(r.indicatorCode)?.basis === r.source)
      .sort((a, b) => order.get(a.indicatorCode)! - order.get(b.indicatorCode)!);
  }

  /** Every score recorded for the year, newest first. */
  async history(organizationId: string, fiscalYear: number): Promise<IndicatorScoreRecord[]> {
    await this.frameworks.get(fiscalYear);
    return this.tx.run((em) =>
      em.find(IndicatorScoreRecord, {
        where: { organizationId, fiscalYear },
        order: { recordedAt: 'DESC', id: 'DESC' },
      }),
    );
  }
}
