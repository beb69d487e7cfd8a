import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsString, Max, Min } from 'class-validator';
import { ErrorReason } from '@prongsai/common';
import { ScoreSource } from '../../graphql/enums';

// The same reason the scores service gives, whichever layer refuses the score first.
const scoreRange = { context: { reason: ErrorReason.SCORE_OUT_OF_RANGE } };

@InputType()
export class RecordIndicatorScoreInput {
  @Field(() => ID) organizationId: string;
  @Field(() => Int) @IsInt() fiscalYear: number;
  @Field({ description: 'An indicator of that fiscal year\'s framework, e.g. "9"' })
  @IsString()
  indicatorCode: string;
  @Field(() => Float, { description: '0..100' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, scoreRange)
  @Max(100, scoreRange)
  score: number;
  @Field(() => ScoreSource) @IsEnum(ScoreSource) source: ScoreSource;
}
