import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessLevel, AccessService } from '@prongsai/auth';
import { ErrorReason, NotFoundError } from '@prongsai/common';
import {
  Measure,
  MeasureAssigneesService,
  MeasuresService,
  ProvinceMeasureResult,
  ProvinceMeasuresService,
  isMeasureOverdue,
  isStepOverdue,
} from '@prongsai/measures';
import { Organization } from '@prongsai/organizations';
import { bangkokToday } from '@prongsai/thai';
import {
  Authenticated,
  OrganizationAccess,
  ProvinceAccess,
  ResourceAccess,
} from '../auth/access-policy.decorator';
import { ActorContext } from '../auth/actor-context';
import { GqlContext } from '../graphql/request-loaders';
import { OrganizationModel } from '../organizations/models/organization.model';
import { AddMeasureEvidenceInput } from './dto/add-measure-evidence.input';
import { CreateMeasureInput } from './dto/create-measure.input';
import { CreateProvinceMeasureInput } from './dto/create-province-measure.input';
import { UpdateMeasureStepInput } from './dto/update-measure-step.input';
import { UpdateMeasureInput } from './dto/update-measure.input';
import {
  MeasureAssigneeModel,
  MeasureEvidenceModel,
  MeasureModel,
  MeasureStepModel,
  ProvinceMeasureResultModel,
} from './models/measure.model';

@Resolver(() => MeasureModel)
export class MeasuresResolver {
  constructor(
    private readonly measuresService: MeasuresService,
    private readonly provinceMeasures: ProvinceMeasuresService,
    private readonly assigneesService: MeasureAssigneesService,
    private readonly access: AccessService,
    private readonly actorContext: ActorContext,
  ) {}

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Query(() => [MeasureModel], { description: 'Ordered by dueDate, then title' })
  measures(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<Measure[]> {
    return this.measuresService.list(organizationId, fiscalYear);
  }

  @Authenticated()
  @Query(() => [MeasureModel], {
    description:
      "The caller's assigned measures of the year, across organizations, by dueDate (open only by default)",
  })
  myMeasures(
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('includeClosed', { type: () => Boolean, defaultValue: false }) includeClosed: boolean,
  ): Promise<Measure[]> {
    return this.assigneesService.assignedTo(this.actorContext.actor.userId, fiscalYear, !includeClosed);
  }

  /** Null both for a measure that does not exist and for one the caller may not see. */
  @ResourceAccess()
  @Query(() => MeasureModel, { nullable: true })
  async measure(@Args('id', { type: () => ID }) id: string): Promise<Measure | null> {
    const measure = await this.measuresService.findVisible(id);
    if (!measure) return null;
    const allowed = await this.access.canAccessOrganization(
      this.actorContext.actor,
      measure.organizationId,
      AccessLevel.READ,
    );
    return allowed ? measure : null;
  }

  @OrganizationAccess('input.organizationId', AccessLevel.MANAGE)
  @Mutation(() => MeasureModel)
  createMeasure(@Args('input') input: CreateMeasureInput): Promise<Measure> {
    return this.measuresService.create(this.actorContext.actor, input);
  }

  @ResourceAccess()
  @Mutation(() => MeasureModel, {
    description: 'Status alone: CONTRIBUTE (members); any other field: MANAGE (leads)',
  })
  updateMeasure(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMeasureInput,
  ): Promise<Measure> {
    return this.measuresService.update(this.actorContext.actor, id, input);
  }

  @ResourceAccess()
  @Mutation(() => MeasureModel, {
    description:
      "A step's own due date (MANAGE; it gets reminders like a measure) and done mark (CONTRIBUTE); returns its measure",
  })
  updateMeasureStep(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMeasureStepInput,
  ): Promise<Measure> {
    return this.measuresService.updateStep(this.actorContext.actor, id, input);
  }

  @ResourceAccess()
  @Mutation(() => MeasureModel, {
    description: 'Sets COMPLETED, result, completedAt (from PLANNED or IN_PROGRESS)',
  })
  completeMeasure(
    @Args('id', { type: () => ID }) id: string,
    @Args('result') result: string,
  ): Promise<Measure> {
    return this.measuresService.complete(this.actorContext.actor, id, result);
  }

  @ResourceAccess()
  @Mutation(() => Boolean)
  deleteMeasure(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.measuresService.delete(this.actorContext.actor, id);
  }

  @ResourceAccess()
  @Mutation(() => MeasureModel)
  addMeasureEvidence(
    @Args('measureId', { type: () => ID }) measureId: string,
    @Args('input') input: AddMeasureEvidenceInput,
  ): Promise<Measure> {
    return this.measuresService.addEvidence(this.actorContext.actor, measureId, input);
  }

  @ResourceAccess()
  @Mutation(() => MeasureModel, { description: 'Returns the measure the evidence belonged to' })
  removeMeasureEvidence(@Args('id', { type: () => ID }) id: string): Promise<Measure> {
    return this.measuresService.removeEvidence(this.actorContext.actor, id);
  }

  @ResourceAccess()
  @Mutation(() => MeasureModel, {
    description:
      'ITA leads: a member of the organization follows the measure up and receives its reminders (again: no change)',
  })
  assignMeasure(
    @Args('measureId', { type: () => ID }) measureId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<Measure> {
    return this.assigneesService.assign(this.actorContext.actor, measureId, userId);
  }

  @ResourceAccess()
  @Mutation(() => MeasureModel, { description: 'ITA leads (someone not assigned: no change)' })
  unassignMeasure(
    @Args('measureId', { type: () => ID }) measureId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<Measure> {
    return this.assigneesService.unassign(this.actorContext.actor, measureId, userId);
  }

  @ProvinceAccess('input.provinceCode')
  @Mutation(() => ProvinceMeasureResultModel, {
    description:
      'Province supervisors: one copy of the measure for each LAO of the province (or those listed)',
  })
  createProvinceMeasure(@Args('input') input: CreateProvinceMeasureInput): Promise<ProvinceMeasureResult> {
    return this.provinceMeasures.create(this.actorContext.actor, input);
  }

  @ResolveField(() => OrganizationModel)
  async organization(@Parent() m: Measure, @Context() ctx: GqlContext): Promise<Organization> {
    const org = await ctx.loaders.organization.load(m.organizationId);
    if (!org) throw new NotFoundError(ErrorReason.ORGANIZATION_NOT_FOUND, 'Organization');
    return org;
  }

  @ResolveField(() => [MeasureStepModel])
  async steps(@Parent() m: Measure, @Context() ctx: GqlContext): Promise<MeasureStepModel[]> {
    const today = bangkokToday();
    return (await ctx.loaders.measureSteps.load(m.id)).map((s) => ({
      id: s.id,
      order: s.position,
      description: s.description,
      dueDate: s.dueDate,
      completedAt: s.completedAt,
      isOverdue: isStepOverdue(s, m.status, today),
    }));
  }

  @ResolveField(() => [MeasureEvidenceModel])
  evidence(@Parent() m: Measure, @Context() ctx: GqlContext): Promise<MeasureEvidenceModel[]> {
    return ctx.loaders.measureEvidence.load(m.id);
  }

  @ResolveField(() => [MeasureAssigneeModel])
  assignees(@Parent() m: Measure, @Context() ctx: GqlContext): Promise<MeasureAssigneeModel[]> {
    return ctx.loaders.measureAssignees.load(m.id);
  }

  @ResolveField(() => Boolean)
  isOverdue(@Parent() m: Measure): boolean {
    return isMeasureOverdue(m, bangkokToday());
  }
}
