import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MEASURE_LIMITS } from '@prongsai/measures';
import { DateScalarType } from '../../graphql/date.scalar';
import { Trim } from './trim.transform';

/** Shape only; the measures service checks steps one by one (`steps.2`), indicator codes and the due date. */
@InputType()
export class CreateMeasureInput {
  @Field(() => ID) organizationId: string;

  @Field(() => Int) @IsInt() fiscalYear: number;

  @Field({ description: '1..500 characters after trimming' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(MEASURE_LIMITS.title)
  title: string;

  @Field(() => [String], { description: 'Each 1..2000 characters; order as given' })
  @IsArray()
  @ArrayMaxSize(MEASURE_LIMITS.steps)
  @IsString({ each: true })
  steps: string[];

  @Field() @Trim() @IsNotEmpty() @MaxLength(MEASURE_LIMITS.responsible) responsible: string;

  @Field(() => DateScalarType) dueDate: string;

  @Field(() => [String], { description: "Each must exist in that fiscal year's framework" })
  @IsArray()
  @ArrayMaxSize(MEASURE_LIMITS.indicatorCodes)
  @IsString({ each: true })
  indicatorCodes: string[];
}
