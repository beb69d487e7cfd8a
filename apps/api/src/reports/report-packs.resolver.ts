import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ReportPackService } from '@prongsai/reports';
import { ProvinceAccess, ResourceAccess } from '../auth/access-policy.decorator';
import { ActorContext } from '../auth/actor-context';
import { ReportPackModel } from './models/report-pack.model';

@Resolver(() => ReportPackModel)
export class ReportPacksResolver {
  constructor(
    private readonly packs: ReportPackService,
    private readonly actorContext: ActorContext,
  ) {}

  @ProvinceAccess('provinceCode')
  @Mutation(() => ReportPackModel, {
    description:
      'Build the province report pack in the worker; poll reportPack(id). One in flight per province and year.',
  })
  async requestReportPack(
    @Args('provinceCode') provinceCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<ReportPackModel> {
    return ReportPackModel.from(await this.packs.request(this.actorContext.actor, provinceCode, fiscalYear));
  }

  @ResourceAccess()
  @Query(() => ReportPackModel, {
    nullable: true,
    description: 'A report pack and its progress (null when not visible)',
  })
  async reportPack(@Args('id', { type: () => ID }) id: string): Promise<ReportPackModel | null> {
    const pack = await this.packs.get(id);
    return pack ? ReportPackModel.from(pack) : null;
  }
}
