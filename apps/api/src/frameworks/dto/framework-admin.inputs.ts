import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { FrameworkFileFormat } from '@prongsai/frameworks';

@InputType()
export class CreateFrameworkDraftInput {
  @Field(() => Int, { description: 'Buddhist era, e.g. 2571' }) fiscalYear: number;
  @Field(() => Int, {
    nullable: true,
    description: "Whose published framework to copy; default the year's own, else the year before",
  })
  copyFromFiscalYear?: number | null;
}

@InputType()
export class FrameworkToolInput {
  @Field() code: string;
  @Field() nameTh: string;
  @Field(() => Float, { description: 'Share of the total, 0..1; the tools sum to 1' }) weight: number;
  @Field({ defaultValue: 'MEAN_OF_INDICATORS' }) aggregation: string;
}

@InputType()
export class FrameworkIndicatorInput {
  @Field() code: string;
  @Field() nameTh: string;
  @Field() tool: string;
  @Field(() => Float, { nullable: true, description: 'Share within the tool; all of a tool or none' })
  weight?: number | null;
}

@InputType()
export class GradeBandInput {
  @Field() grade: string;
  @Field(() => Float) min: number;
  @Field(() => Float, { nullable: true }) max?: number | null;
}

@InputType()
export class OitSubIndicatorInput {
  @Field() code: string;
  @Field() indicatorCode: string;
  @Field() nameTh: string;
  @Field(() => Float, { nullable: true, description: 'Share within the indicator; all or none' })
  weight?: number | null;
}

@InputType()
export class OitItemDefinitionInput {
  @Field() code: string;
  @Field(() => Int) order: number;
  @Field() nameTh: string;
  @Field() subIndicatorCode: string;
}

@InputType({ description: 'A complete framework, as Framework reads it; validated like an imported file' })
export class FrameworkDefinitionInput {
  @Field(() => Int) fiscalYear: number;
  @Field(() => Float) passThreshold: number;
  @Field(() => [String]) assumptions: string[];
  @Field(() => [FrameworkToolInput]) tools: FrameworkToolInput[];
  @Field(() => [FrameworkIndicatorInput]) indicators: FrameworkIndicatorInput[];
  @Field(() => [GradeBandInput]) gradeBands: GradeBandInput[];
  @Field(() => [OitSubIndicatorInput]) oitSubIndicators: OitSubIndicatorInput[];
  @Field(() => [OitItemDefinitionInput]) oitItems: OitItemDefinitionInput[];
}

@InputType()
export class UpdateFrameworkDraftInput {
  @Field(() => FrameworkDefinitionInput, { nullable: true, description: 'The whole edited framework' })
  definition?: FrameworkDefinitionInput | null;
  @Field(() => String, { nullable: true, description: 'Thai note shown beside the framework; "" clears it' })
  note?: string | null;
  @Field(() => Boolean, { nullable: true }) confirmedByNacc?: boolean | null;
}

@InputType()
export class FrameworkFileInput {
  @Field(() => FrameworkFileFormat) format: FrameworkFileFormat;
  @Field({ description: 'JSON text, or the XLSX workbook as base64 (at most 2 MB)' }) content: string;
}

@InputType()
export class ImportFrameworkDraftInput extends FrameworkFileInput {
  @Field(() => Int, { nullable: true, description: 'When given, the file must be of this fiscal year' })
  fiscalYear?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Boolean, { nullable: true }) confirmedByNacc?: boolean | null;
}
