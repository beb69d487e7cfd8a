import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Indicator')
export class IndicatorModel {
  @Field({ description: '"1".."10" in FY2566; stable across years' }) code: string;
  @Field() nameTh: string;
  @Field({ description: '"IIT" | "EIT" | "OIT"' }) tool: string;
}

@ObjectType('FrameworkTool')
export class FrameworkToolModel {
  @Field({ description: '"IIT" | "EIT" | "OIT"' }) code: string;
  @Field() nameTh: string;
  @Field(() => Float, { description: 'Share of the total, 0..1 (FY2566: 0.3, 0.3, 0.4)' }) weight: number;
}

@ObjectType('GradeBand')
export class GradeBandModel {
  @Field() grade: string;
  @Field(() => Float, { description: 'Inclusive lower bound on the total rounded to 2 decimals' })
  min: number;
}

@ObjectType('OitSubIndicator')
export class OitSubIndicatorModel {
  @Field({ description: 'e.g. "9.1"' }) code: string;
  @Field() indicatorCode: string;
  @Field() nameTh: string;
}

@ObjectType('OitItemDefinition')
export class OitItemDefinitionModel {
  @Field({ description: 'e.g. "O42"; renumbered between years, never a cross-year key' }) code: string;
  @Field(() => Int) order: number;
  @Field() nameTh: string;
  @Field() subIndicatorCode: string;
}

@ObjectType('Framework', { description: "One fiscal year's ITA framework, as data" })
export class FrameworkModel {
  @Field(() => Int) fiscalYear: number;
  @Field(() => Float) passThreshold: number;
  @Field(() => [IndicatorModel]) indicators: IndicatorModel[];
  @Field(() => [FrameworkToolModel]) tools: FrameworkToolModel[];
  @Field(() => [GradeBandModel], { description: 'Highest first; the last starts at 0' })
  gradeBands: GradeBandModel[];
  @Field(() => [OitSubIndicatorModel]) oitSubIndicators: OitSubIndicatorModel[];
  @Field(() => [OitItemDefinitionModel]) oitItems: OitItemDefinitionModel[];
  @Field(() => [String], { description: 'Which parts are confirmed, derived or assumed' })
  assumptions: string[];
}
