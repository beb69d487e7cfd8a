import { Field, ObjectType } from '@nestjs/graphql';
import { DistrictModel } from '../../organizations/models/district.model';
import { RollupFiguresModel } from './rollup-figures.model';

@ObjectType('DistrictRollup')
export class DistrictRollupModel extends RollupFiguresModel {
  @Field(() => DistrictModel) district: DistrictModel;
  @Field(() => RollupFiguresModel, { description: 'The same figures for fiscalYear - 1' })
  previousYear: RollupFiguresModel;
}
