import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { FailedEmail } from '@prongsai/outbox';
import { bangkokToday } from '@prongsai/thai';
import { DateScalarType } from '../../graphql/date.scalar';

@ObjectType('FailedNotification', { description: 'An email that could not be sent, after its last attempt' })
export class FailedNotificationModel {
  @Field(() => ID) id: string;
  @Field({
    description:
      'The kind of email: a NotificationKind (DUE_IN_7_DAYS, SUPERVISOR_DIGEST …) or another kind of the outbox',
  })
  kind: string;
  @Field() recipientEmail: string;
  @Field(() => ID, { nullable: true }) organizationId: string | null;
  @Field(() => ID, { nullable: true, description: 'For reminders' }) measureId: string | null;
  @Field(() => ID, { nullable: true, description: "For a reminder about a step's own due date" })
  stepId: string | null;
  @Field(() => String, { nullable: true, description: 'For digests' }) provinceCode: string | null;
  @Field(() => DateScalarType, { nullable: true, description: 'For reminders' }) dueDate: string | null;
  @Field(() => DateScalarType, {
    description: 'The date it was produced as of (a scan date), else the Bangkok date it was created',
  })
  asOf: string;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true, description: 'The last SMTP or processing error' })
  lastError: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) failedAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  /** The outbox row seen through the reminder payloads' fields, where it has them. */
  static from(row: FailedEmail): FailedNotificationModel {
    const p = row.payload;
    const text = (key: string) => (typeof p[key] === 'string' ? p[key] : null);
    return Object.assign(new FailedNotificationModel(), {
      id: row.id,
      kind: row.kind,
      recipientEmail: row.recipientAddress,
      organizationId: row.organizationId,
      measureId: text('measureId'),
      stepId: text('stepId'),
      provinceCode: row.provinceCode,
      dueDate: text('dueDate'),
      asOf: text('asOf') ?? bangkokToday(row.createdAt),
      attempts: row.attempts,
      lastError: row.lastError,
      failedAt: row.failedAt,
      createdAt: row.createdAt,
    });
  }
}
