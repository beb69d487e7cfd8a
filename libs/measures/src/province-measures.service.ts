import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService } from '@prongsai/audit';
import { Actor, BadInputError, ErrorReason, isUuid } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { FrameworksService } from '@prongsai/frameworks';
import { Organization } from '@prongsai/organizations';
import { ProgressService } from '@prongsai/progress';
import { MeasureFields, normalizeMeasureFields } from './measure-fields';
import { measureSnapshot } from './measure-snapshot';
import { MeasureStatus } from './measure-status';
import { MeasureStep } from './measure-step.entity';
import { Measure } from './measure.entity';

export interface CreateProvinceMeasure extends MeasureFields {
  provinceCode: string;
  fiscalYear: number;
  /** A subset of the province's LAOs; absent or null = every LAO of the province. */
  organizationIds?: string[] | null;
}

export interface ProvinceMeasureResult {
  provinceMeasureId: string;
  measureCount: number;
}

/** Keeps a bulk INSERT well under PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 1000;

/**
 * A measure a province supervisor assigns to many LAOs at once (the report's "meeting of all 158 LAOs").
 * Each LAO gets its own copy to report on — its own status, result and evidence — linked by one
 * `province_measure_id`. The caller's province access is checked by the API; the organizations are read
 * under row-level security, so only LAOs the caller supervises can receive a copy.
 */
@Injectable()
export class ProvinceMeasuresService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditService,
    private readonly progress: ProgressService,
  ) {}

  async create(actor: Actor, input: CreateProvinceMeasure): Promise<ProvinceMeasureResult> {
    const framework = await this.frameworks.get(input.fiscalYear);
    const fields = normalizeMeasureFields(input, framework) as MeasureFields;
    if (input.organizationIds != null && input.organizationIds.length === 0) {
      throw new BadInputError(
        'organizationIds',
        ErrorReason.NO_ORGANIZATIONS_NAMED,
        'must name at least one organization, or be left out for all',
      );
    }
    input.organizationIds?.forEach((id, i) => {
      if (!isUuid(id))
        throw new BadInputError(
          `organizationIds.${i}`,
          ErrorReason.INVALID_ID,
          'must be a valid organization ID',
        );
    });

    return this.tx.run(async (em) => {
      const province = await em.find(Organization, {
        where: { provinceCode: input.provinceCode },
        select: { id: true },
        order: { code: 'ASC' },
      });
      const inProvince = new Set(province.map((o) => o.id));
      input.organizationIds?.forEach((id, i) => {
        if (!inProvince.has(id)) {
          throw new BadInputError(
            `organizationIds.${i}`,
            ErrorReason.ORGANIZATION_OUTSIDE_PROVINCE,
            `not an organization of province ${input.provinceCode}`,
          );
        }
      });
      const targets = input.organizationIds ? [...new Set(input.organizationIds)] : [...inProvince];
      if (targets.length === 0) {
        throw new BadInputError(
          'provinceCode',
          ErrorReason.PROVINCE_WITHOUT_ORGANIZATIONS,
          `province ${input.provinceCode} has no organizations`,
        );
      }

      const provinceMeasureId = randomUUID();
      const rows = targets.map((organizationId) => ({
        id: randomUUID(),
        organizationId,
        fiscalYear: input.fiscalYear,
        title: fields.title,
        responsible: fields.responsible,
        dueDate: fields.dueDate,
        indicatorCodes: fields.indicatorCodes,
        status: MeasureStatus.PLANNED,
        provinceMeasureId,
        createdBy: actor.userId,
      }));
      for (let i = 0; i < rows.length; i += INSERT_CHUNK)
        await em.insert(Measure, rows.slice(i, i + INSERT_CHUNK));
      const steps = rows.flatMap((m) =>
        fields.steps.map((description, i) => ({
          measureId: m.id,
          organizationId: m.organizationId,
          position: i + 1,
          description,
        })),
      );
      for (let i = 0; i < steps.length; i += INSERT_CHUNK)
        await em.insert(MeasureStep, steps.slice(i, i + INSERT_CHUNK));

      await this.audit.record(
        rows.map((m) => ({
          organizationId: m.organizationId,
          actorUserId: actor.userId,
          action: 'measure.create',
          entityType: 'measure',
          entityId: m.id,
          after: measureSnapshot({ ...m, result: null, completedAt: null } as Measure, fields.steps),
        })),
      );
      await this.progress.recomputeMany(targets, input.fiscalYear);
      return { provinceMeasureId, measureCount: rows.length };
    });
  }
}
