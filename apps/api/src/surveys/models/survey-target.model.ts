import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { SurveyTool } from '../../graphql/enums';

@ObjectType('SurveyTarget')
export class SurveyTargetModel {
  @Field(() => ID) id: string;
  @Field(() => Int) fiscalYear: number;
  @Field(() => SurveyTool) tool: SurveyTool;
  @Field(() => String, { nullable: true, description: '6 characters, e.g. "15596d"' }) accessCode:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'https://itas.nacc.go.th/go/iit/<code> or /go/eit/<code>',
  })
  surveyUrl: string | null;
  @Field(() => Int, { nullable: true, description: 'IIT: staff with at least one year of service' })
  eligibleStaffCount: number | null;
  @Field(() => Int, { nullable: true }) minimumResponses: number | null;
  @Field(() => Int) responsesSoFar: number;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}
