import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt } from 'class-validator';
import { SurveyWindowPhase } from '@prongsai/surveys';
import { DateScalarType } from '../graphql/date.scalar';
import { SurveyTool } from '../graphql/enums';

export const SurveyWindowPhaseEnum = { NOT_OPEN: 'NOT_OPEN', OPEN: 'OPEN', CLOSED: 'CLOSED' } as const;
registerEnumType(SurveyWindowPhaseEnum, {
  name: 'SurveyWindowPhase',
  description: 'Where today (Bangkok) stands in a survey window',
});

@ObjectType('SurveyWindow', {
  description: "When ITAS takes answers to one survey of a fiscal year (the NACC's dates, set by an admin)",
})
export class SurveyWindowModel {
  @Field(() => Int) fiscalYear: number;
  @Field(() => SurveyTool) tool: SurveyTool;
  @Field(() => DateScalarType, { description: 'The first day answers are taken' }) opensOn: string;
  @Field(() => DateScalarType, { description: 'The last day answers are taken (inclusive)' })
  closesOn: string;
  @Field(() => SurveyWindowPhaseEnum) phase: SurveyWindowPhase;
  @Field(() => Int, { nullable: true, description: 'NOT_OPEN: days until it opens (1 = tomorrow)' })
  daysUntilOpen: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'OPEN: days answers are still taken, today included (1 = today is the last day)',
  })
  daysLeft: number | null;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@InputType()
export class SetSurveyWindowInput {
  @Field(() => Int) @IsInt() fiscalYear: number;
  @Field(() => SurveyTool) @IsEnum(SurveyTool) tool: SurveyTool;
  @Field(() => DateScalarType, { description: 'Inside the fiscal year' }) opensOn: string;
  @Field(() => DateScalarType, { description: 'Not before opensOn, inside the fiscal year' })
  closesOn: string;
}

@ObjectType('SurveyShortfall', {
  description: 'An LAO whose responses to a survey are below the minimum its target sets',
})
export class SurveyShortfallModel {
  @Field(() => ID) organizationId: string;
  @Field() organizationCode: string;
  @Field() organizationName: string;
  @Field() districtName: string;
  @Field(() => SurveyTool) tool: SurveyTool;
  @Field(() => Int) minimumResponses: number;
  @Field(() => Int) responsesSoFar: number;
  @Field(() => Int, { description: 'minimumResponses - responsesSoFar' }) missing: number;
}
