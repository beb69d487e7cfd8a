import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { BadInputError, ErrorReason } from '@prongsai/common';
import {
  PROVINCE_OVERDUE_MAX,
  ProvinceMeasureProgress,
  ProvinceMeasureProgressService,
  ProvinceOverdueMeasures,
  ProvinceOverdueService,
} from '@prongsai/measures';
import { bangkokToday } from '@prongsai/thai';
import { ProvinceAccess } from '../auth/access-policy.decorator';
import { OrganizationType } from '../graphql/enums';
import { ProvinceMeasureProgressModel, ProvinceOverdueMeasuresModel } from './province-overdue.model';

@Resolver()
export class ProvinceMeasuresResolver {
  constructor(
    private readonly overdue: ProvinceOverdueService,
    private readonly progress: ProvinceMeasureProgressService,
  ) {}

  @ProvinceAccess('provinceCode')
  @Query(() => [ProvinceMeasureProgressModel], {
    description:
      "The province-wide measures (createProvinceMeasure) of the year, newest first, with their LAOs' copies counted by status (supervisors of the province, ADMIN)",
  })
  provinceMeasures(
    @Args('provinceCode') provinceCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<ProvinceMeasureProgress[]> {
    return this.progress.list(provinceCode, fiscalYear, bangkokToday());
  }

  @ProvinceAccess('provinceCode')
  @Query(() => ProvinceOverdueMeasuresModel, {
    description:
      "The open measures of the province's LAOs past their due date, most overdue first (supervisors of the province, ADMIN)",
  })
  provinceOverdueMeasures(
    @Args('provinceCode') provinceCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('districtCode', { type: () => String, nullable: true }) districtCode?: string | null,
    @Args('organizationType', { type: () => OrganizationType, nullable: true })
    organizationType?: OrganizationType | null,
    @Args('first', { type: () => Int, defaultValue: 50, description: `At most ${PROVINCE_OVERDUE_MAX}` })
    first = 50,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
  ): Promise<ProvinceOverdueMeasures> {
    if (first < 1 || first > PROVINCE_OVERDUE_MAX)
      throw new BadInputError('first', ErrorReason.OUT_OF_RANGE, `must be 1 to ${PROVINCE_OVERDUE_MAX}`);
    if (offset < 0) throw new BadInputError('offset', ErrorReason.OUT_OF_RANGE, 'must be 0 or more');
    return this.overdue.list(
      provinceCode,
      fiscalYear,
      bangkokToday(),
      { districtCode, organizationType },
      first,
      offset,
    );
  }
}
