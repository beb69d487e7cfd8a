import { Field, ObjectType } from '@nestjs/graphql';
import { OrganizationType } from '../../graphql/enums';
import { RollupFiguresModel } from './rollup-figures.model';

@ObjectType('OrganizationTypeRollup')
export class OrganizationTypeRollupModel extends RollupFiguresModel {
  @Field(() => OrganizationType) type: OrganizationType;
  @Field(() => RollupFiguresModel, { description: 'The same figures for fiscalYear - 1' })
  previousYear: RollupFiguresModel;
}
