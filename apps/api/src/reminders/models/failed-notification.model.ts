import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalarType } from '../../graphql/date.scalar';
import { NotificationKind } from './notification-kind.enum';

@ObjectType('FailedNotification', { description: 'An email that could not be sent, after its last attempt' })
export class FailedNotificationModel {
  @Field(() => ID) id: string;
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field() recipientEmail: string;
  @Field(() => ID, { nullable: true }) organizationId: string | null;
  @Field(() => ID, { nullable: true }) measureId: string | null;
  @Field(() => ID, { nullable: true, description: "For a reminder about a step's own due date" })
  stepId: string | null;
  @Field(() => String, { nullable: true, description: 'For digests' }) provinceCode: string | null;
  @Field(() => DateScalarType, { nullable: true }) dueDate: string | null;
  @Field(() => DateScalarType) asOf: string;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true, description: 'The last SMTP or processing error' })
  lastError: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) failedAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
