import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ScoreSource } from '../../graphql/enums';

@ObjectType('IndicatorScore', { description: 'One recorded score of an indicator (history is kept)' })
export class IndicatorScoreModel {
  @Field(() => ID) id: string;
  @Field() indicatorCode: string;
  @Field(() => Float, { description: '0..100, 2 decimals' }) score: number;
  @Field(() => ScoreSource) source: ScoreSource;
  @Field(() => Int) fiscalYear: number;
  @Field(() => GraphQLISODateTime) recordedAt: Date;
}
