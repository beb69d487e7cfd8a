import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '@prongsai/audit';
import { Actor, BadInputError, ErrorReason, NotFoundError, isUuid } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworksService } from '@prongsai/frameworks';
import { ProgressService } from '@prongsai/progress';
import { fiscalYearRange } from '@prongsai/thai';
import { MEASURE_LIMITS } from './measure-limits';
import { measureSnapshot } from './measure-snapshot';
import { MeasureStatus, OPEN_MEASURE_STATUSES } from './measure-status';
import { MeasureStep } from './measure-step.entity';
import { Measure } from './measure.entity';

export interface CarryOverResult {
  /** The new copies made by this call, in the order asked. */
  readonly carried: Measure[];
  /** Copies that existed already (asked again: nothing is copied twice). */
  readonly alreadyCarried: Measure[];
}

/**
 * Carry-over (issue 15): at the start of a fiscal year an LAO's lead takes chosen unfinished measures of the
 * previous year into the new one. Each becomes a copy in the new year — title, responsible, indicators
 * still in the new year's framework, steps with their done marks and due dates, assignees, the province-wide
 * link — that points at its origin (`carriedOverFromId`), and the origin gets the final status CARRIED_OVER
 * (no more reminders; never counted as completed in its year). Never a silent move, never twice: the
 * unique `carried_over_from_id` and the origin's row lock make a second run (or a concurrent one) find the
 * copy instead of making another. Evidence is not copied: it shows what was done in the year it belongs to.
 *
 * Dates: a measure due before the new year starts moves, with its steps, one year on (its plan, a year
 * later); one due inside the new year keeps its dates.
 */
@Injectable()
export class MeasureCarryOverService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditService,
    private readonly progress: ProgressService,
  ) {}

  /** The previous year's unfinished measures of the organization (not yet carried over), report order. */
  async candidates(organizationId: string, fiscalYear: number): Promise<Measure[]> {
    await this.frameworks.get(fiscalYear);
    return this.tx.run((em) =>
      em.find(Measure, {
        where: { organizationId, fiscalYear: fiscalYear - 1, status: In([...OPEN_MEASURE_STATUSES]) },
        order: { dueDate: 'ASC', title: 'ASC', createdAt: 'ASC' },
      }),
    );
  }

  /** The copy of a carried-over measure, or null. */
  findCopy(originId: string): Promise<Measure | null> {
    if (!isUuid(originId)) return Promise.resolve(null);
    return this.tx.run((em) => em.findOne(Measure, { where: { carriedOverFromId: originId } }));
  }

  /**
   * Carries `measureIds` (measures of the organization's previous year) into `fiscalYear`. The API checks
   * MANAGE on the organization; the rows are read under row-level security and must be that organization's,
   * so another tenant's id is NOT_FOUND. Everything is checked before the first write.
   */
  async carryOver(
    actor: Actor,
    organizationId: string,
    fiscalYear: number,
    measureIds: readonly string[],
  ): Promise<CarryOverResult> {
    const framework = await this.frameworks.get(fiscalYear, 'input.fiscalYear');
    if (measureIds.length > MEASURE_LIMITS.carryOver) {
      throw new BadInputError(
        'input.measureIds',
        ErrorReason.TOO_MANY_ITEMS,
        `at most ${MEASURE_LIMITS.carryOver} measures at once`,
      );
    }
    const ids = [...new Set(measureIds)];
    const known = new Set(framework.indicators.map((i) => i.code));
    const newYearStart = fiscalYearRange(fiscalYear).start;

    return this.tx.run(async (em) => {
      const rows = ids.every(isUuid)
        ? await em.find(Measure, { where: { id: In(ids) }, lock: { mode: 'pessimistic_write' } })
        : [];
      const byId = new Map(rows.map((m) => [m.id, m]));
      const origins = ids.map((id, i) => {
        const measure = byId.get(id);
        if (!measure || measure.organizationId !== organizationId) {
          throw new NotFoundError(ErrorReason.MEASURE_NOT_FOUND, 'Measure');
        }
        if (measure.fiscalYear !== fiscalYear - 1) {
          throw new BadInputError(
            `input.measureIds.${i}`,
            ErrorReason.CARRY_OVER_WRONG_YEAR,
            `a FY${measure.fiscalYear} measure carries over into FY${measure.fiscalYear + 1}, not FY${fiscalYear}`,
          );
        }
        if (measure.status === MeasureStatus.COMPLETED || measure.status === MeasureStatus.CANCELLED) {
          throw new BadInputError(
            `input.measureIds.${i}`,
            ErrorReason.CARRY_OVER_MEASURE_CLOSED,
            `a ${measure.status} measure is finished: only unfinished measures carry over`,
          );
        }
        return measure;
      });

      const carried: Measure[] = [];
      const alreadyCarried: Measure[] = [];
      for (const origin of origins) {
        if (origin.status === MeasureStatus.CARRIED_OVER) {
          const copy = await em.findOne(Measure, { where: { carriedOverFromId: origin.id } });
          if (copy) {
            alreadyCarried.push(copy);
            continue;
          }
          // Its copy was deleted since: the lead asks for it again, so it is carried over again.
        }
        carried.push(await this.copyOne(em, actor, origin, fiscalYear, newYearStart, known));
      }
      if (carried.length > 0) {
        await this.progress.recompute(organizationId, fiscalYear - 1);
        await this.progress.recompute(organizationId, fiscalYear);
      }
      return { carried, alreadyCarried };
    });
  }

  private async copyOne(
    em: EntityManager,
    actor: Actor,
    origin: Measure,
    fiscalYear: number,
    newYearStart: string,
    knownIndicators: ReadonlySet<string>,
  ): Promise<Measure> {
    const shift = origin.dueDate < newYearStart;
    const [{ due }]: { due: string }[] = await em.query(
      `SELECT to_char(CASE WHEN $2 THEN ($1::date + interval '1 year')::date ELSE $1::date END, 'YYYY-MM-DD') AS due`,
      [origin.dueDate, shift],
    );
    const stepsBefore = await this.stepTexts(em, origin.id);
    const beforeOrigin = measureSnapshot(origin, stepsBefore);

    const copy = await em.save(
      em.create(Measure, {
        organizationId: origin.organizationId,
        fiscalYear,
        title: origin.title,
        responsible: origin.responsible,
        dueDate: due,
        // An origin already CARRIED_OVER (its copy deleted) starts again as PLANNED.
        status: origin.status === MeasureStatus.CARRIED_OVER ? MeasureStatus.PLANNED : origin.status,
        result: null,
        completedAt: null,
        indicatorCodes: origin.indicatorCodes.filter((code) => knownIndicators.has(code)),
        provinceMeasureId: origin.provinceMeasureId,
        carriedOverFromId: origin.id,
        createdBy: actor.userId,
      }),
    );
    await em.query(
      `INSERT INTO measure_steps (measure_id, organization_id, position, description, due_date, completed_at)
       SELECT $1, organization_id, position, description,
              CASE WHEN $3 THEN (due_date + interval '1 year')::date ELSE due_date END, completed_at
       FROM measure_steps WHERE measure_id = $2 ORDER BY position`,
      [copy.id, origin.id, shift],
    );
    await em.query(
      `INSERT INTO measure_assignees (measure_id, user_id, organization_id, assigned_by)
       SELECT $1, user_id, organization_id, assigned_by FROM measure_assignees WHERE measure_id = $2`,
      [copy.id, origin.id],
    );
    origin.status = MeasureStatus.CARRIED_OVER;
    await em.update(Measure, { id: origin.id }, { status: MeasureStatus.CARRIED_OVER });

    await this.audit.record([
      {
        organizationId: origin.organizationId,
        actorUserId: actor.userId,
        action: 'measure.carry_over',
        entityType: 'measure',
        entityId: origin.id,
        before: beforeOrigin,
        after: { ...measureSnapshot(origin, stepsBefore), carriedOverTo: copy.id },
      },
      {
        organizationId: copy.organizationId,
        actorUserId: actor.userId,
        action: 'measure.create',
        entityType: 'measure',
        entityId: copy.id,
        after: { ...measureSnapshot(copy, stepsBefore), carriedOverFrom: origin.id },
      },
    ]);
    return copy;
  }

  private async stepTexts(em: EntityManager, measureId: string): Promise<string[]> {
    const steps = await em.find(MeasureStep, { where: { measureId }, order: { position: 'ASC' } });
    return steps.map((s) => s.description);
  }
}
