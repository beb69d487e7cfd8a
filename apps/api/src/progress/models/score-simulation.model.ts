import { Field, Float, ObjectType } from '@nestjs/graphql';
import { ToolScoreModel } from './organization-progress.model';

@ObjectType('ScoreEstimate')
export class ScoreEstimateModel {
  @Field(() => Float, { nullable: true }) totalScore: number | null;
  @Field(() => String, { nullable: true }) grade: string | null;
  @Field(() => Boolean, { nullable: true }) passing: boolean | null;
  @Field(() => Float, { nullable: true }) gapToPass: number | null;
  @Field(() => [ToolScoreModel]) toolScores: ToolScoreModel[];
}

@ObjectType('ScoreSimulation', { description: 'What-if: the estimate now and after the change' })
export class ScoreSimulationModel {
  @Field(() => ScoreEstimateModel) before: ScoreEstimateModel;
  @Field(() => ScoreEstimateModel) after: ScoreEstimateModel;
  @Field(() => Float, { nullable: true, description: 'after - before, null if either is unknown' }) delta:
    number | null;
}
