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

@ObjectType('ProvinceMeasureProgress')
export class ProvinceMeasureProgressModel {
  @Field(() => ID, { description: 'Measure.provinceMeasureId of every copy' }) provinceMeasureId: string;
  @Field({ description: "The title it was created with (an LAO's own copy may be retitled)" }) title: string;
  @Field() responsible: string;
  @Field({ description: "'YYYY-MM-DD', the earliest copy's" }) dueDate: string;
  @Field() createdAt: Date;
  @Field(() => Int, { description: 'LAOs that got a copy' }) reached: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) inProgress: number;
  @Field(() => Int) planned: number;
  @Field(() => Int) cancelled: number;
  @Field(() => Int) carriedOver: number;
  @Field(() => Int, { description: 'Open copies past their due date (Bangkok today)' }) overdue: number;
}
