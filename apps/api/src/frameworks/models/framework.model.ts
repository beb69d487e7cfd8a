import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FrameworkFileFormat, FrameworkSource, FrameworkStatus } from '@prongsai/frameworks';

registerEnumType(FrameworkStatus, {
  name: 'FrameworkStatus',
  description:
    'DRAFT: being edited by an admin, never used for scoring. PUBLISHED: usable, never changed again',
});
registerEnumType(FrameworkSource, {
  name: 'FrameworkSource',
  description: 'Where a framework version came from',
});
registerEnumType(FrameworkFileFormat, {
  name: 'FrameworkFileFormat',
  description: 'JSON (framework.schema.json) as text, or its XLSX layout as base64',
});

@ObjectType('Indicator')
export class IndicatorModel {
  @Field({ description: '"1".."10" in FY2566; stable across years' }) code: string;
  @Field() nameTh: string;
  @Field({ description: '"IIT" | "EIT" | "OIT"' }) tool: string;
  @Field(() => Float, {
    nullable: true,
    description: "Share within its tool, 0..1; null when the tool's indicators count equally (plain mean)",
  })
  weight?: number | null;
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
  @Field(() => Float, {
    description: 'Inclusive upper bound: 100 for the highest band, else 0.01 below the next band (A: 94.99)',
  })
  max: number;
}

@ObjectType('OitSubIndicator')
export class OitSubIndicatorModel {
  @Field({ description: 'e.g. "9.1"' }) code: string;
  @Field() indicatorCode: string;
  @Field() nameTh: string;
  @Field(() => Float, {
    nullable: true,
    description: "Share within its indicator, 0..1; null when the indicator's sub-indicators count equally",
  })
  weight?: number | null;
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
  @Field(() => ID, { description: 'The framework version this is' }) versionId: string;
  @Field(() => Int, { description: "The version's revision within its fiscal year, from 1" })
  revision: number;
  @Field(() => FrameworkStatus) status: FrameworkStatus;
  @Field(() => FrameworkSource) source: FrameworkSource;
  @Field({
    description:
      "Whether an admin has checked it against the NACC's published framework of the year. When false, show noticeTh",
  })
  confirmedByNacc: boolean;
  @Field(() => String, {
    nullable: true,
    description: '"ยังไม่ยืนยันเกณฑ์ของปีนี้" when confirmedByNacc is false, else null: show it beside the year',
  })
  noticeTh: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Thai note from the admin or the seed: where it comes from',
  })
  note: string | null;
}

@ObjectType('FrameworkVersion', { description: 'One revision of a fiscal year’s framework (ADMIN)' })
export class FrameworkVersionModel {
  @Field(() => ID) id: string;
  @Field(() => Int) fiscalYear: number;
  @Field(() => Int) revision: number;
  @Field(() => FrameworkStatus) status: FrameworkStatus;
  @Field(() => FrameworkSource) source: FrameworkSource;
  @Field() confirmedByNacc: boolean;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => ID, { nullable: true, description: 'The version it was copied from' }) copiedFromId:
    string | null;
  @Field(() => ID, { nullable: true }) createdBy: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
  @Field(() => ID, { nullable: true }) publishedBy: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt: Date | null;
}

@ObjectType('FrameworkProblem', { description: 'One thing wrong with a framework file or draft' })
export class FrameworkProblemModel {
  @Field({ description: 'Dotted path inside the framework, e.g. "tools.1.weight" ("" = the file itself)' })
  path: string;
  @Field({ description: 'An ErrorReason, e.g. FRAMEWORK_WEIGHTS_NOT_100' }) reason: string;
  @Field() message: string;
}
