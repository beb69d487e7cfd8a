import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessLevel } from '@prongsai/auth';
import { JobName, JobQueue } from '@prongsai/jobs';
import { EvidenceLink, LinkCheckService } from '@prongsai/link-check';
import { OrganizationAccess } from '../auth/access-policy.decorator';
import { EvidenceLinkModel } from './models/evidence-link.model';

@Resolver()
export class LinkCheckResolver {
  constructor(
    private readonly links: LinkCheckService,
    private readonly jobs: JobQueue,
  ) {}

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Query(() => [EvidenceLinkModel], {
    description: "The LAO's evidence links of the year (OIT items, then measures) with their latest check",
  })
  evidenceLinks(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<EvidenceLink[]> {
    return this.links.links(organizationId, fiscalYear);
  }

  @OrganizationAccess('organizationId', AccessLevel.CONTRIBUTE)
  @Mutation(() => Boolean, {
    description: "Check the LAO's evidence links now (the worker also checks every night); true when queued",
  })
  async checkEvidenceLinks(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('fiscalYear', { type: () => Int, nullable: true, description: 'Default: the current fiscal year' })
    fiscalYear?: number | null,
  ): Promise<boolean> {
    await this.jobs.enqueue(JobName.CheckEvidenceLinks, {
      organizationId,
      ...(fiscalYear ? { fiscalYear } : {}),
    });
    return true;
  }
}
