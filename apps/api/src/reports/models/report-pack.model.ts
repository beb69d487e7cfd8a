import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportPackRecord, ReportPackStatus } from '@prongsai/reports';

registerEnumType(ReportPackStatus, { name: 'ReportPackStatus' });

@ObjectType('ReportPack', {
  description:
    "A province's report pack: a DOCX of the measures report per LAO and the roll-up workbook, zipped",
})
export class ReportPackModel {
  @Field(() => ID) id: string;
  @Field() provinceCode: string;
  @Field(() => Int) fiscalYear: number;
  @Field(() => ReportPackStatus) status: ReportPackStatus;
  @Field(() => Int, { description: 'Documents in the pack (every LAO and the workbook)' }) total: number;
  @Field(() => Int, { description: 'Documents written so far' }) done: number;
  @Field(() => Int, { nullable: true }) sizeBytes: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'GET it with the bearer token while DONE, until expiresAt',
  })
  downloadUrl: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) expiresAt: Date | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;

  static from(pack: ReportPackRecord): ReportPackModel {
    return Object.assign(new ReportPackModel(), {
      ...pack,
      downloadUrl: pack.status === ReportPackStatus.DONE ? `/reports/packs/${pack.id}.zip` : null,
    });
  }
}
