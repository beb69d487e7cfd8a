import { Field, ObjectType } from '@nestjs/graphql';
import type { AtRiskOrganization } from '@prongsai/rollup';
import { ProvinceModel } from '../../organizations/models/province.model';
import { DistrictRollupModel } from './district-rollup.model';
import { OrganizationTypeRollupModel } from './organization-type-rollup.model';
import { ProvinceRollupFiguresModel } from './rollup-figures.model';

/** `atRisk(first)` is resolved by RollupResolver from the list the roll-up statement already returned. */
@ObjectType('ProvinceRollup')
export class ProvinceRollupModel extends ProvinceRollupFiguresModel {
  @Field(() => ProvinceModel) province: ProvinceModel;
  @Field(() => [DistrictRollupModel], { description: 'Districts that have organizations, by code' })
  byDistrict: DistrictRollupModel[];
  @Field(() => [OrganizationTypeRollupModel], { description: 'Every organization type, zeros included' })
  byType: OrganizationTypeRollupModel[];
  @Field(() => ProvinceRollupFiguresModel, {
    description: 'The same figures for fiscalYear - 1 (year over year)',
  })
  previousYear: ProvinceRollupFiguresModel;
  atRisk: readonly AtRiskOrganization[];
}
