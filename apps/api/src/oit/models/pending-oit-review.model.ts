import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { OitItemModel } from './oit-item.model';

@ObjectType('PendingOitReview', {
  description: 'A PUBLISHED OIT item of an LAO not reviewed since its answer last changed',
})
export class PendingOitReviewModel {
  organizationId: string;
  @Field(() => Int) fiscalYear: number;
  @Field(() => GraphQLISODateTime, { description: 'When the answer last changed' }) submittedAt: Date;
  @Field(() => OitItemModel) item: OitItemModel;
}
