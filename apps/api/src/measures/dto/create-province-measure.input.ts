import { Field, ID, InputType, OmitType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString } from 'class-validator';
import { CreateMeasureInput } from './create-measure.input';

/** A measure for many LAOs of one province at once; each LAO gets its own copy to report on. */
@InputType()
export class CreateProvinceMeasureInput extends OmitType(
  CreateMeasureInput,
  ['organizationId'] as const,
  InputType,
) {
  @Field({ description: '2-digit province code, e.g. "14"' }) provinceCode: string;

  @Field(() => [ID], { nullable: true, description: 'A subset of the province; omitted = every LAO of it' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @IsString({ each: true })
  organizationIds?: string[] | null;
}
