import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganizationType } from '../../graphql/enums';
import { DistrictModel } from './district.model';
import { ProvinceModel } from './province.model';

@ObjectType('Organization', { description: 'A local administrative organization (LAO)' })
export class OrganizationModel {
  @Field(() => ID) id: string;
  @Field({ description: 'The DLA 7-digit code, e.g. "2140101"' }) code: string;
  @Field() nameTh: string;
  @Field(() => OrganizationType) type: OrganizationType;
  @Field(() => ProvinceModel) province: ProvinceModel;
  @Field(() => DistrictModel) district: DistrictModel;
  provinceCode: string;
  districtCode: string;
}
