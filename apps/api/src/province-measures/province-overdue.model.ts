import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ProvinceOverdueMeasure')
export class ProvinceOverdueMeasureModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() responsible: string;
  @Field({ description: "'YYYY-MM-DD'" }) dueDate: string;
  @Field(() => Int, { description: 'Days since the due date (Bangkok), at least 1' })
  daysOverdue: number;
  @Field(() => ID) organizationId: string;
  @Field() organizationCode: string;
  @Field() organizationName: string;
}

@ObjectType('ProvinceOverdueMeasures')
export class ProvinceOverdueMeasuresModel {
  @Field(() => Int, { description: 'Every overdue measure matching the filters, not only those listed' })
  totalCount: number;
  @Field(() => [ProvinceOverdueMeasureModel], { description: 'Most overdue first' })
  items: ProvinceOverdueMeasureModel[];
}
