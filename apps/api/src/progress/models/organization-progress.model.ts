import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { ScoreBasis } from '../../graphql/enums';
import { OrganizationModel } from '../../organizations/models/organization.model';

@ObjectType('ToolScore')
export class ToolScoreModel {
  @Field({ description: '"IIT" | "EIT" | "OIT"' }) tool: string;
  @Field() nameTh: string;
  @Field(() => Float, { description: 'Share of the total, 0..1' }) weight: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Rounded to 2 decimals; null while an indicator lacks data',
  })
  score: number | null;
}

@ObjectType('IndicatorProgress', { description: 'The score an estimate used for one indicator, and why' })
export class IndicatorProgressModel {
  @Field() indicatorCode: string;
  @Field() nameTh: string;
  @Field() tool: string;
  @Field(() => Float, { nullable: true, description: 'Rounded to 2 decimals' }) score: number | null;
  @Field(() => ScoreBasis, { nullable: true }) basis: ScoreBasis | null;
  @Field(() => Int, { nullable: true, description: 'The fiscal year the score was recorded for' })
  fiscalYear: number | null;
}

@ObjectType('OrganizationProgress')
export class OrganizationProgressModel {
  @Field(() => OrganizationModel) organization: OrganizationModel;
  @Field(() => Int) fiscalYear: number;
  @Field(() => Float, { nullable: true, description: 'Null until every tool has data' }) estimatedScore:
    number | null;
  @Field(() => Float) passThreshold: number;
  @Field(() => Float, { nullable: true, description: 'max(0, passThreshold - estimatedScore)' }) gapToPass:
    number | null;
  @Field(() => Boolean, { nullable: true }) passing: boolean | null;
  @Field(() => String, { nullable: true, description: 'AA A B C D E F' }) grade: string | null;
  @Field(() => Int, { description: 'Measures of the year that are not CANCELLED' }) measuresTotal: number;
  @Field(() => Int) measuresCompleted: number;
  @Field(() => Int, { description: 'As of today in Asia/Bangkok' }) measuresOverdue: number;
  @Field(() => GraphQLISODateTime) computedAt: Date;
  @Field(() => Int, {
    description:
      "The revision of the year's framework this estimate was computed with (framework(fiscalYear).revision when current)",
  })
  frameworkRevision: number;
  @Field(() => [ToolScoreModel]) toolScores: ToolScoreModel[];
  @Field(() => [IndicatorProgressModel]) indicators: IndicatorProgressModel[];
  organizationId: string;
}
