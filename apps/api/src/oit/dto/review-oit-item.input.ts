import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { OIT_LIMITS } from '@prongsai/oit';
import { OitReview } from '../../graphql/enums';

@InputType()
export class ReviewOitItemInput {
  @Field(() => ID) organizationId: string;
  @Field(() => Int) @IsInt() fiscalYear: number;
  @Field() @IsString() itemCode: string;
  @Field(() => OitReview) @IsEnum(OitReview) decision: OitReview;

  @Field(() => String, { nullable: true, description: 'Required when RETURNED: what to fix' })
  @IsOptional()
  @IsString()
  @MaxLength(OIT_LIMITS.reviewComment)
  comment?: string | null;
}
