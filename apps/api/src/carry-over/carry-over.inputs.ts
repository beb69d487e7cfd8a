import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize } from 'class-validator';
import { MEASURE_LIMITS } from '@prongsai/measures';
import { MeasureModel } from '../measures/models/measure.model';

@InputType()
export class CarryOverMeasuresInput {
  @Field(() => ID) organizationId: string;
  @Field(() => Int, { description: 'The new fiscal year; the measures must be of the year before' })
  fiscalYear: number;
  @Field(() => [ID], { description: 'Unfinished measures of the previous year (carryOverCandidates)' })
  @ArrayMaxSize(MEASURE_LIMITS.carryOver)
  measureIds: string[];
}

@ObjectType('CarryOverResult')
export class CarryOverResultModel {
  @Field(() => [MeasureModel], { description: 'Copies made now, in the new year' })
  carried: MeasureModel[];
  @Field(() => [MeasureModel], { description: 'Copies made before (asked again: nothing is copied twice)' })
  alreadyCarried: MeasureModel[];
}
