import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { OIT_LIMITS } from '@prongsai/oit';
import { OitItemStatus } from '../../graphql/enums';

/** Absent fields stay as they are; changing the status or the links resets a supervisor's review. */
@InputType()
export class UpdateOitItemInput {
  @Field(() => ID) organizationId: string;
  @Field(() => Int) @IsInt() fiscalYear: number;
  @Field() @IsString() itemCode: string;
  @Field(() => OitItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OitItemStatus)
  status?: OitItemStatus | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Replaces the list; http(s) pages of the LAO website',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(OIT_LIMITS.evidenceUrls)
  @IsString({ each: true })
  evidenceUrls?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Blank clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(OIT_LIMITS.note)
  note?: string | null;
}
