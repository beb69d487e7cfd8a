import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '@prongsai/audit';
import { AccessLevel, AccessService } from '@prongsai/auth';
import {
  Actor,
  BadInputError,
  ErrorReason,
  NotFoundError,
  isUuid,
  normalizeHttpUrl,
  normalizeText,
} from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworksService } from '@prongsai/frameworks';
import { ProgressService } from '@prongsai/progress';
import { MeasureEvidence } from './measure-evidence.entity';
import { MeasureFields, normalizeMeasureFields } from './measure-fields';
import { MEASURE_LIMITS } from './measure-limits';
import { lockMeasureForChange } from './measure-lock';
import { measureSnapshot } from './measure-snapshot';
import { MeasureStatus } from './measure-status';
import { MeasureStep } from './measure-step.entity';
import { normalizeStepDueDate, planStepReplacement } from './measure-steps';
import { assertCompletable, assertTransition } from './measure-transitions';
import { Measure } from './measure.entity';

export interface CreateMeasure extends MeasureFields {
  organizationId: string;
  fiscalYear: number;
}

export type UpdateMeasure = { [K in keyof MeasureFields]?: MeasureFields[K] | null } & {
  status?: MeasureStatus | null;
};

function stepSnapshot(step: MeasureStep): {
  order: number;
  description: string;
  dueDate: string | null;
  done: boolean;
} {
  return {
    order: step.position,
    description: step.description,
    dueDate: step.dueDate,
    done: step.completedAt !== null,
  };
}

/** Fields whose change is a lead's decision (MANAGE); a status change alone is reporting (CONTRIBUTE). */
const MANAGED_FIELDS = ['title', 'steps', 'responsible', 'dueDate', 'indicatorCodes'] as const;

/**
 * Measures of one organization. Every write runs in one tenant transaction with its audit entry and the
 * progress recompute, and validates everything before the first write, so a refused input leaves nothing.
 * Id-based writes load the row under row-level security first: a row the caller cannot see and a row that
 * does not exist both answer NOT_FOUND; a visible row the caller may not change answers FORBIDDEN.
 */
@Injectable()
export class MeasuresService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly frameworks: FrameworksService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly progress: ProgressService,
  ) {}

  /** Ordered by due date, then title (the report's order). */
  async list(organizationId: string, fiscalYear: number): Promise<Measure[]> {
    await this.frameworks.get(fiscalYear);
    return this.tx.run((em) =>
      em.find(Measure, {
        where: { organizationId, fiscalYear },
        order: { dueDate: 'ASC', title: 'ASC', createdAt: 'ASC' },
      }),
    );
  }

  /** Null when the measure does not exist or row-level security hides it. */
  findVisible(id: string): Promise<Measure | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.tx.run((em) => em.findOne(Measure, { where: { id } }));
  }

  async create(actor: Actor, input: CreateMeasure): Promise<Measure> {
    const framework = await this.frameworks.get(input.fiscalYear);
    const fields = normalizeMeasureFields(input, framework) as MeasureFields;
    return this.tx.run(async (em) => {
      const measure = await em.save(
        em.create(Measure, {
          organizationId: input.organizationId,
          fiscalYear: input.fiscalYear,
          title: fields.title,
          responsible: fields.responsible,
          dueDate: fields.dueDate,
          indicatorCodes: fields.indicatorCodes,
          status: MeasureStatus.PLANNED,
          createdBy: actor.userId,
        }),
      );
      await this.insertSteps(em, measure, fields.steps);
      await this.audit.record({
        organizationId: measure.organizationId,
        actorUserId: actor.userId,
        action: 'measure.create',
        entityType: 'measure',
        entityId: measure.id,
        after: measureSnapshot(measure, fields.steps),
      });
      await this.progress.recompute(measure.organizationId, measure.fiscalYear);
      return measure;
    });
  }

  async update(actor: Actor, id: string, input: UpdateMeasure): Promise<Measure> {
    const level = MANAGED_FIELDS.some((f) => input[f] != null) ? AccessLevel.MANAGE : AccessLevel.CONTRIBUTE;
    return this.tx.run(async (em) => {
      const measure = await this.loadForChange(em, actor, id, level);
      const framework = await this.frameworks.get(measure.fiscalYear);
      const fields = normalizeMeasureFields(input, framework);
      if (input.status != null) assertTransition(measure.status, input.status);
      const stepsBefore = await this.stepTexts(em, measure.id);
      const before = measureSnapshot(measure, stepsBefore);

      if (fields.title !== undefined) measure.title = fields.title;
      if (fields.responsible !== undefined) measure.responsible = fields.responsible;
      if (fields.dueDate !== undefined) measure.dueDate = fields.dueDate;
      if (fields.indicatorCodes !== undefined) measure.indicatorCodes = fields.indicatorCodes;
      if (input.status != null && input.status !== measure.status) {
        measure.status = input.status;
        measure.completedAt = input.status === MeasureStatus.COMPLETED ? new Date() : null;
      }
      await em.save(measure);
      if (fields.steps !== undefined) await this.replaceSteps(em, measure, fields.steps);
      await this.audit.record({
        organizationId: measure.organizationId,
        actorUserId: actor.userId,
        action: 'measure.update',
        entityType: 'measure',
        entityId: measure.id,
        before,
        after: measureSnapshot(measure, fields.steps ?? stepsBefore),
      });
      await this.progress.recompute(measure.organizationId, measure.fiscalYear);
      return measure;
    });
  }

  /** ผลการดำเนินการ: sets COMPLETED, the result and the completion time. */
  async complete(actor: Actor, id: string, result: string): Promise<Measure> {
    return this.tx.run(async (em) => {
      const measure = await this.loadForChange(em, actor, id, AccessLevel.CONTRIBUTE);
      const text = normalizeText(result, 'result', MEASURE_LIMITS.result);
      assertCompletable(measure.status);
      const steps = await this.stepTexts(em, measure.id);
      const before = measureSnapshot(measure, steps);
      measure.status = MeasureStatus.COMPLETED;
      measure.result = text;
      measure.completedAt = new Date();
      await em.save(measure);
      await this.audit.record({
        organizationId: measure.organizationId,
        actorUserId: actor.userId,
        action: 'measure.complete',
        entityType: 'measure',
        entityId: measure.id,
        before,
        after: measureSnapshot(measure, steps),
      });
      await this.progress.recompute(measure.organizationId, measure.fiscalYear);
      return measure;
    });
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    return this.tx.run(async (em) => {
      const measure = await this.loadForChange(em, actor, id, AccessLevel.MANAGE);
      const before = measureSnapshot(measure, await this.stepTexts(em, measure.id));
      await em.delete(Measure, { id: measure.id });
      await this.audit.record({
        organizationId: measure.organizationId,
        actorUserId: actor.userId,
        action: 'measure.delete',
        entityType: 'measure',
        entityId: measure.id,
        before,
      });
      await this.progress.recompute(measure.organizationId, measure.fiscalYear);
      return true;
    });
  }

  async addEvidence(
    actor: Actor,
    measureId: string,
    input: { url: string; label: string },
  ): Promise<Measure> {
    return this.tx.run(async (em) => {
      const measure = await this.loadForChange(em, actor, measureId, AccessLevel.CONTRIBUTE);
      const url = normalizeHttpUrl(input.url, 'url');
      const label = normalizeText(input.label, 'label', MEASURE_LIMITS.evidenceLabel);
      const count = await em.count(MeasureEvidence, { where: { measureId: measure.id } });
      if (count >= MEASURE_LIMITS.evidencePerMeasure) {
        throw new BadInputError(
          'url',
          ErrorReason.TOO_MANY_ITEMS,
          `a measure holds at most ${MEASURE_LIMITS.evidencePerMeasure} evidence links`,
        );
      }
      const evidence = await em.save(
        em.create(MeasureEvidence, {
          measureId: measure.id,
          organizationId: measure.organizationId,
          url,
          label,
          addedBy: actor.userId,
        }),
      );
      await this.audit.record({
        organizationId: measure.organizationId,
        actorUserId: actor.userId,
        action: 'measure.evidence.add',
        entityType: 'measure_evidence',
        entityId: evidence.id,
        after: { measureId: measure.id, url, label },
      });
      return measure;
    });
  }

  async removeEvidence(actor: Actor, evidenceId: string): Promise<Measure> {
    return this.tx.run(async (em) => {
      const evidence = isUuid(evidenceId)
        ? await em.findOne(MeasureEvidence, { where: { id: evidenceId } })
        : null;
      if (!evidence) throw new NotFoundError(ErrorReason.EVIDENCE_NOT_FOUND, 'Evidence');
      const measure = await this.loadForChange(em, actor, evidence.measureId, AccessLevel.CONTRIBUTE);
      await em.delete(MeasureEvidence, { id: evidence.id });
      await this.audit.record({
        organizationId: measure.organizationId,
        actorUserId: actor.userId,
        action: 'measure.evidence.remove',
        entityType: 'measure_evidence',
        entityId: evidence.id,
        before: { measureId: measure.id, url: evidence.url, label: evidence.label },
      });
      return measure;
    });
  }

  /** For DataLoaders: the steps of many measures in one query, in order. */
  stepsOf(measureIds: readonly string[]): Promise<MeasureStep[]> {
    const ids = measureIds.filter(isUuid);
    if (ids.length === 0) return Promise.resolve([]);
    return this.tx.run((em) =>
      em.find(MeasureStep, { where: { measureId: In(ids) }, order: { measureId: 'ASC', position: 'ASC' } }),
    );
  }

  /** For DataLoaders: the evidence of many measures in one query, oldest first. */
  evidenceOf(measureIds: readonly string[]): Promise<MeasureEvidence[]> {
    const ids = measureIds.filter(isUuid);
    if (ids.length === 0) return Promise.resolve([]);
    return this.tx.run((em) =>
      em.find(MeasureEvidence, { where: { measureId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }),
    );
  }

  private loadForChange(em: EntityManager, actor: Actor, id: string, level: AccessLevel): Promise<Measure> {
    return lockMeasureForChange(em, this.access, actor, id, level);
  }

  /**
   * A step's own due date (MANAGE; null clears it) and done mark (CONTRIBUTE: members report progress).
   * Returns the step's measure. An absent field stays as it is.
   */
  async updateStep(
    actor: Actor,
    stepId: string,
    input: { dueDate?: string | null; done?: boolean | null },
  ): Promise<Measure> {
    return this.tx.run(async (em) => {
      const visible = isUuid(stepId) ? await em.findOne(MeasureStep, { where: { id: stepId } }) : null;
      if (!visible) throw new NotFoundError(ErrorReason.STEP_NOT_FOUND, 'Step');
      const level = input.dueDate !== undefined ? AccessLevel.MANAGE : AccessLevel.CONTRIBUTE;
      const measure = await this.loadForChange(em, actor, visible.measureId, level);
      // Read again under the measure's lock: a concurrent replacement of the steps may have removed it.
      const step = await em.findOne(MeasureStep, { where: { id: stepId } });
      if (!step) throw new NotFoundError(ErrorReason.STEP_NOT_FOUND, 'Step');
      const before = stepSnapshot(step);
      if (input.dueDate !== undefined) {
        step.dueDate = input.dueDate === null ? null : normalizeStepDueDate(input.dueDate, measure);
      }
      if (input.done != null && input.done !== (step.completedAt !== null)) {
        step.completedAt = input.done ? new Date() : null;
      }
      const after = stepSnapshot(step);
      if (after.dueDate !== before.dueDate || after.done !== before.done) {
        await em.update(
          MeasureStep,
          { id: step.id },
          { dueDate: step.dueDate, completedAt: step.completedAt },
        );
        await this.audit.record({
          organizationId: measure.organizationId,
          actorUserId: actor.userId,
          action: 'measure.step.update',
          entityType: 'measure_step',
          entityId: step.id,
          before,
          after,
        });
      }
      return measure;
    });
  }

  /**
   * Rows of unchanged steps are kept (id, due date, done mark) and moved; the rest are inserted or deleted
   * (see `planStepReplacement`). Positions are unique per measure, so kept rows are first moved out of the
   * way (+ MEASURE_LIMITS.steps) and then into place.
   */
  private async replaceSteps(em: EntityManager, measure: Measure, texts: readonly string[]): Promise<void> {
    const existing = await em.find(MeasureStep, {
      where: { measureId: measure.id },
      order: { position: 'ASC' },
    });
    const plan = planStepReplacement(existing, texts);
    if (plan.remove.length > 0) await em.delete(MeasureStep, { id: In(plan.remove) });
    if (plan.keep.length > 0) {
      await em.query(`UPDATE measure_steps SET position = position + $2 WHERE measure_id = $1`, [
        measure.id,
        MEASURE_LIMITS.steps,
      ]);
      await em.query(
        `UPDATE measure_steps s SET position = k.position
         FROM unnest($1::uuid[], $2::int[]) AS k(id, position) WHERE s.id = k.id`,
        [plan.keep.map((k) => k.id), plan.keep.map((k) => k.position)],
      );
    }
    if (plan.insert.length > 0) {
      await em.insert(
        MeasureStep,
        plan.insert.map((step) => ({
          measureId: measure.id,
          organizationId: measure.organizationId,
          position: step.position,
          description: step.description,
        })),
      );
    }
  }

  private async stepTexts(em: EntityManager, measureId: string): Promise<string[]> {
    const steps = await em.find(MeasureStep, { where: { measureId }, order: { position: 'ASC' } });
    return steps.map((s) => s.description);
  }

  private async insertSteps(em: EntityManager, measure: Measure, steps: readonly string[]): Promise<void> {
    if (steps.length === 0) return;
    await em.insert(
      MeasureStep,
      steps.map((description, i) => ({
        measureId: measure.id,
        organizationId: measure.organizationId,
        position: i + 1,
        description,
      })),
    );
  }
}
