import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { MAX_URL_LENGTH } from '@prongsai/common';
import { MEASURE_LIMITS } from '@prongsai/measures';
import { Trim } from './trim.transform';

@InputType()
export class AddMeasureEvidenceInput {
  @Field({ description: 'http(s) only' }) @Trim() @IsNotEmpty() @MaxLength(MAX_URL_LENGTH) url: string;
  @Field() @Trim() @IsNotEmpty() @MaxLength(MEASURE_LIMITS.evidenceLabel) label: string;
}
