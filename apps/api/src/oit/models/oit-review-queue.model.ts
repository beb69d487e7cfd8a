import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PendingOitReviewModel } from './pending-oit-review.model';

@ObjectType('OitReviewQueue', {
  description: "A province's OIT items waiting for a supervisor's review, oldest first",
})
export class OitReviewQueueModel {
  @Field(() => Int, { description: 'Every pending item that matches the filter (items may hold fewer)' })
  total: number;
  @Field(() => [PendingOitReviewModel]) items: PendingOitReviewModel[];
}
