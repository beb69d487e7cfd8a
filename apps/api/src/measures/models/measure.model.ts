import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { MeasureStatus } from '../../graphql/enums';
import { DateScalarType } from '../../graphql/date.scalar';
import { OrganizationModel } from '../../organizations/models/organization.model';

@ObjectType('MeasureStep', { description: 'ขั้นตอนหรือวิธีการปฏิบัติ' })
export class MeasureStepModel {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '1-based' }) order: number;
  @Field() description: string;
  @Field(() => DateScalarType, { nullable: true, description: 'Its own deadline, if it has one' })
  dueDate: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was marked done' })
  completedAt: Date | null;
  @Field({
    description: 'Has a deadline, not done, the measure still open, and due before today (Asia/Bangkok)',
  })
  isOverdue: boolean;
}

@ObjectType('MeasureEvidence', { description: 'A link proving the measure was carried out' })
export class MeasureEvidenceModel {
  @Field(() => ID) id: string;
  @Field() url: string;
  @Field() label: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType('MeasureAssignee', {
  description: 'A member of the organization who follows the measure up and receives its reminders',
})
export class MeasureAssigneeModel {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field() email: string;
  @Field(() => GraphQLISODateTime) assignedAt: Date;
}

@ObjectType('Measure', { description: 'มาตรการ: one row of the measures report (OIT items O42/O43)' })
export class MeasureModel {
  @Field(() => ID) id: string;
  @Field(() => OrganizationModel) organization: OrganizationModel;
  @Field(() => Int) fiscalYear: number;
  @Field({ description: 'มาตรการ' }) title: string;
  @Field(() => [MeasureStepModel], { description: 'ขั้นตอนหรือวิธีการปฏิบัติ, in order' }) steps: MeasureStepModel[];
  @Field({ description: 'ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง' }) responsible: string;
  @Field(() => DateScalarType, { description: 'กำหนดแล้วเสร็จ' }) dueDate: string;
  @Field(() => MeasureStatus) status: MeasureStatus;
  @Field({ description: 'Not COMPLETED/CANCELLED and due before today (Asia/Bangkok)' }) isOverdue: boolean;
  @Field(() => String, { nullable: true, description: 'ผลการดำเนินการ' }) result: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) completedAt: Date | null;
  @Field(() => [String], { description: 'Indicators this measure targets' }) indicatorCodes: string[];
  @Field(() => [MeasureEvidenceModel]) evidence: MeasureEvidenceModel[];
  @Field(() => [MeasureAssigneeModel], {
    description: 'Who follows it up (reminders go to them and the ITA leads), in the order assigned',
  })
  assignees: MeasureAssigneeModel[];
  @Field(() => ID, { nullable: true, description: 'Shared by the copies of one province-wide measure' })
  provinceMeasureId: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "The previous year's measure this one continues (carry-over); that one is CARRIED_OVER",
  })
  carriedOverFromId: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
  organizationId: string;
}

@ObjectType('ProvinceMeasureResult')
export class ProvinceMeasureResultModel {
  @Field(() => ID, { description: 'Links the copies (Measure.provinceMeasureId)' }) provinceMeasureId: string;
  @Field(() => Int, { description: 'How many LAOs received a copy' }) measureCount: number;
}
