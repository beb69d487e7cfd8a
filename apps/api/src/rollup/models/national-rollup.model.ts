import { Field, ObjectType } from '@nestjs/graphql';
import { OrganizationTypeRollupModel } from './organization-type-rollup.model';
import { ProvinceRollupModel } from './province-rollup.model';
import { ProvinceRollupFiguresModel } from './rollup-figures.model';

@ObjectType('NationalRollup', { description: 'Every province, and the country as a whole' })
export class NationalRollupModel extends ProvinceRollupFiguresModel {
  @Field(() => [OrganizationTypeRollupModel], { description: 'Every organization type, zeros included' })
  byType: OrganizationTypeRollupModel[];
  @Field(() => ProvinceRollupFiguresModel, {
    description: 'The same figures for fiscalYear - 1 (year over year)',
  })
  previousYear: ProvinceRollupFiguresModel;
  @Field(() => [ProvinceRollupModel], { description: 'By province code' }) provinces: ProvinceRollupModel[];
}
