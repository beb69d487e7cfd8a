import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { SurveyTool } from '../../graphql/enums';

@ObjectType('GradeCount')
export class GradeCountModel {
  @Field() grade: string;
  @Field(() => Int) count: number;
}

@ObjectType('OitItemsRollup', {
  description: 'OIT items against what the year’s framework asks of every organization',
})
export class OitItemsRollupModel {
  @Field(() => Int, {
    nullable: true,
    description: 'Items in the year’s framework (43 in FY2566); null without a framework',
  })
  itemsPerOrganization: number | null;
  @Field(() => Int, { nullable: true, description: 'organizationCount × itemsPerOrganization' })
  itemsExpected: number | null;
  @Field(() => Int, { description: 'Items the organizations have PUBLISHED' }) published: number;
  @Field(() => Int, {
    description: 'Published and ACCEPTED by a supervisor: what the estimate counts as met',
  })
  accepted: number;
  @Field(() => Float, { nullable: true, description: 'published / itemsExpected in %, 2 decimals' })
  publishedPercent: number | null;
  @Field(() => Float, { nullable: true, description: 'accepted / itemsExpected in %, 2 decimals' })
  acceptedPercent: number | null;
}

@ObjectType('SurveyRollup', {
  description: 'Survey responses against the ITAS minimum, over the organizations whose target has a minimum',
})
export class SurveyRollupModel {
  @Field(() => SurveyTool) tool: SurveyTool;
  @Field(() => Int) organizationsWithMinimum: number;
  @Field(() => Int, { description: 'Sum of the minimums' }) minimumResponses: number;
  @Field(() => Int, { description: 'Sum of the responses so far' }) responses: number;
  @Field(() => Int) organizationsMeetingMinimum: number;
}

@ObjectType('RollupFigures', { description: 'The figures of a group of organizations in one fiscal year' })
export class RollupFiguresModel {
  @Field(() => Int) fiscalYear: number;
  @Field(() => Int) organizationCount: number;
  @Field(() => Int, {
    description: 'Organizations with an estimated score (the others lack data for a tool)',
  })
  estimatedCount: number;
  @Field(() => Int) passingCount: number;
  @Field(() => Float, { nullable: true, description: 'passingCount / organizationCount in %, 2 decimals' })
  passingPercent: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Mean estimated score of those that have one, 2 decimals',
  })
  averageScore: number | null;
  @Field(() => Int, { description: 'Measures of the year that are not CANCELLED' }) measuresTotal: number;
  @Field(() => Int) measuresCompleted: number;
  @Field(() => Int, { description: 'Open and due before today (Asia/Bangkok), counted when read' })
  measuresOverdue: number;
  @Field(() => OitItemsRollupModel) oitItems: OitItemsRollupModel;
  @Field(() => [SurveyRollupModel], { description: 'IIT, then EIT' }) surveys: SurveyRollupModel[];
}

@ObjectType('ProvinceRollupFigures', { description: 'Roll-up figures with the grade distribution' })
export class ProvinceRollupFiguresModel extends RollupFiguresModel {
  @Field(() => [GradeCountModel], {
    description: 'Every grade of the year’s framework, best first, zeros included',
  })
  gradeDistribution: GradeCountModel[];
}
