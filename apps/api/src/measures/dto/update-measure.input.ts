import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { MEASURE_LIMITS } from '@prongsai/measures';
import { DateScalarType } from '../../graphql/date.scalar';
import { MeasureStatus } from '../../graphql/enums';
import { Trim } from './trim.transform';

/**
 * Absent fields stay as they are. Changing only `status` needs CONTRIBUTE (members report progress);
 * any other field needs MANAGE. COMPLETED is reached with `completeMeasure` (with its result) or from
 * IN_PROGRESS here.
 */
@InputType()
export class UpdateMeasureInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty()
  @MaxLength(MEASURE_LIMITS.title)
  title?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'The whole list, in order; a step whose text is unchanged keeps its id, due date and done mark',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MEASURE_LIMITS.steps)
  @IsString({ each: true })
  steps?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty()
  @MaxLength(MEASURE_LIMITS.responsible)
  responsible?: string | null;

  @Field(() => DateScalarType, { nullable: true }) dueDate?: string | null;

  @Field(() => MeasureStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MeasureStatus)
  status?: MeasureStatus | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MEASURE_LIMITS.indicatorCodes)
  @IsString({ each: true })
  indicatorCodes?: string[] | null;
}
