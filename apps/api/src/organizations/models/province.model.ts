import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Province')
export class ProvinceModel {
  @Field() code: string;
  @Field() nameTh: string;
}
