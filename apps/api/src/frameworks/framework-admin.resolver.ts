import { Logger } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@prongsai/common';
import {
  FrameworkAdminService,
  FrameworkFileFormat,
  FrameworkStatus,
  FrameworkVersion,
  frameworkToJson,
  frameworkToXlsx,
} from '@prongsai/frameworks';
import { JobName, JobQueue } from '@prongsai/jobs';
import { ActorContext } from '../auth/actor-context';
import { RequireRoles } from '../auth/access-policy.decorator';
import {
  CreateFrameworkDraftInput,
  FrameworkFileInput,
  ImportFrameworkDraftInput,
  UpdateFrameworkDraftInput,
} from './dto/framework-admin.inputs';
import { versionView } from './framework-view';
import { FrameworkModel, FrameworkProblemModel, FrameworkVersionModel } from './models/framework.model';

/** GraphQL inputs send absent optional fields as null; a framework file simply leaves them out. */
function withoutNulls(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (v === null ? undefined : v)));
}

/**
 * ADMIN only: framework versions as data — copy a year into a draft, edit it, import a file, check a file,
 * publish, discard. Publishing enqueues a recompute of the year's estimates (each estimate also recomputes
 * itself on its next read when its revision is not the current one).
 */
@Resolver(() => FrameworkVersionModel)
export class FrameworkAdminResolver {
  private readonly logger = new Logger(FrameworkAdminResolver.name);

  constructor(
    private readonly admin: FrameworkAdminService,
    private readonly actorContext: ActorContext,
    private readonly jobs: JobQueue,
  ) {}

  @RequireRoles(Role.ADMIN)
  @Query(() => [FrameworkVersionModel], {
    description: 'ADMIN: every framework version (drafts and published), newest first; of one year if given',
  })
  frameworkVersions(
    @Args('fiscalYear', { type: () => Int, nullable: true }) fiscalYear?: number | null,
  ): Promise<FrameworkVersion[]> {
    return this.admin.list(fiscalYear);
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => FrameworkVersionModel, { description: 'ADMIN: one version; unknown id NOT_FOUND' })
  frameworkVersion(@Args('id', { type: () => ID }) id: string): Promise<FrameworkVersion> {
    return this.admin.get(id);
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => [FrameworkProblemModel], {
    description: 'ADMIN: every problem of a framework file, storing nothing (empty = it would import)',
  })
  validateFrameworkFile(@Args('input') input: FrameworkFileInput): Promise<readonly FrameworkProblemModel[]> {
    return this.admin.validateFile(input.format, input.content);
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => String, {
    description: 'ADMIN: a version as a file to edit and import again: JSON text, or XLSX as base64',
  })
  async frameworkFile(
    @Args('id', { type: () => ID }) id: string,
    @Args('format', { type: () => FrameworkFileFormat }) format: FrameworkFileFormat,
  ): Promise<string> {
    const version = await this.admin.get(id);
    switch (format) {
      case FrameworkFileFormat.JSON:
        return frameworkToJson(version.definition);
      case FrameworkFileFormat.XLSX:
        return (await frameworkToXlsx(version.definition)).toString('base64');
    }
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => FrameworkVersionModel, {
    description:
      "ADMIN: a DRAFT of a year copied from a published framework (default: the year's own, else the year before)",
  })
  createFrameworkDraft(@Args('input') input: CreateFrameworkDraftInput): Promise<FrameworkVersion> {
    return this.admin.createDraft(this.actorContext.actor, input);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => FrameworkVersionModel, {
    description:
      'ADMIN: edit a DRAFT (the whole definition, validated fully; errors name input.definition.<path>)',
  })
  updateFrameworkDraft(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateFrameworkDraftInput,
  ): Promise<FrameworkVersion> {
    return this.admin.updateDraft(this.actorContext.actor, id, {
      ...input,
      definition: input.definition == null ? undefined : withoutNulls(input.definition),
    });
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => FrameworkVersionModel, {
    description:
      "ADMIN: a file becomes its year's DRAFT (replacing that draft's content); errors name the path in the file",
  })
  importFrameworkDraft(@Args('input') input: ImportFrameworkDraftInput): Promise<FrameworkVersion> {
    return this.admin.importFile(this.actorContext.actor, input);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => FrameworkVersionModel, {
    description: "ADMIN: the DRAFT becomes its year's current framework, as the next revision",
  })
  async publishFrameworkDraft(
    @Args('id', { type: () => ID }) id: string,
    @Args('confirmedByNacc', { type: () => Boolean, nullable: true }) confirmedByNacc?: boolean | null,
  ): Promise<FrameworkVersion> {
    const published = await this.admin.publish(this.actorContext.actor, id, confirmedByNacc);
    try {
      await this.jobs.enqueue(JobName.RecomputeAllProgress, { fiscalYear: published.fiscalYear });
    } catch (err) {
      // Estimates recompute on their next read anyway, and the nightly job covers the roll-ups.
      this.logger.warn(
        { err: (err as Error).message },
        'could not enqueue the recompute of a published year',
      );
    }
    return published;
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'ADMIN: delete a DRAFT' })
  discardFrameworkDraft(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.admin.discardDraft(this.actorContext.actor, id);
  }

  @ResolveField(() => FrameworkModel, { description: "The version's content" })
  framework(@Parent() version: FrameworkVersion): FrameworkModel {
    return versionView(version);
  }

  @ResolveField(() => Boolean, { description: "Whether this is its year's current published framework" })
  async current(@Parent() version: FrameworkVersion): Promise<boolean> {
    return (
      version.status === FrameworkStatus.PUBLISHED &&
      (await this.admin.currentVersionId(version.fiscalYear)) === version.id
    );
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether scores, measures or OIT answers exist for its year: a change is then a new revision',
  })
  inUse(@Parent() version: FrameworkVersion): Promise<boolean> {
    return this.admin.inUse(version.fiscalYear);
  }
}
