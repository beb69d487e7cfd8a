import { Field, Float, InputType } from '@nestjs/graphql';
import { IsNumber, IsString } from 'class-validator';

/** Range and code are checked by the progress service, which names the element (`indicatorScores.1.score`). */
@InputType()
export class IndicatorScoreChangeInput {
  @Field() @IsString() indicatorCode: string;
  @Field(() => Float, { description: '0..100' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score: number;
}
