import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType('AuditEntry', { description: 'Who changed what, when, with the row before and after' })
export class AuditEntryModel {
  @Field(() => ID, { description: 'Increasing: pass the last one as `before` for the next page' }) id: string;
  @Field({ description: 'e.g. "measure.create", "score.record", "oit-item.review"' }) action: string;
  @Field() entityType: string;
  @Field() entityId: string;
  @Field(() => ID, { nullable: true, description: 'Null for system actions' }) actorUserId: string | null;
  @Field(() => GraphQLJSON, { nullable: true }) before: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after: unknown;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
