import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('District')
export class DistrictModel {
  @Field() code: string;
  @Field() nameTh: string;
}
