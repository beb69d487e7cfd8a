import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { MAX_SURVEY_COUNT } from '@prongsai/surveys';
import { SurveyTool } from '../../graphql/enums';

/** Absent fields stay as they are; null clears one. */
@InputType()
export class SetSurveyTargetInput {
  @Field(() => ID) organizationId: string;
  @Field(() => Int) @IsInt() fiscalYear: number;
  @Field(() => SurveyTool) @IsEnum(SurveyTool) tool: SurveyTool;
  @Field(() => String, { nullable: true, description: 'Exactly 6 characters [0-9a-z]' })
  @IsOptional()
  @IsString()
  accessCode?: string | null;
  @Field(() => Int, { nullable: true, description: 'IIT only' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SURVEY_COUNT)
  eligibleStaffCount?: number | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SURVEY_COUNT)
  minimumResponses?: number | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SURVEY_COUNT)
  responsesSoFar?: number | null;
}
